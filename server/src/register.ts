import type { Core } from '@strapi/strapi';

import { registerGraphQL } from './published-only/graphql';
import { registerDocumentMiddlewares } from './document-middlewares';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerDocumentMiddlewares(strapi);
  registerGraphQL(strapi);
};

export default register;
