import type { Core } from '@strapi/strapi';

import { registerGraphQL } from './content-api/graphql';
import { registerDocumentMiddlewares } from './document-middlewares';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerDocumentMiddlewares(strapi);
  registerGraphQL(strapi);
};

export default register;
