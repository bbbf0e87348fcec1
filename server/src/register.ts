import type { Core } from '@strapi/strapi';

import { registerGraphQL } from './published-only/graphql';
import { relatedArgsReader } from './controllers/content-api/related-args';
import { registerGraphQLRelated } from './published-only/graphql-related';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerGraphQLLimits } from './graphql/limits';
import { registerOpenAPI } from './openapi';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerDocumentMiddlewares(strapi);
  registerGraphQL(strapi);
  registerGraphQLRelated(strapi, relatedArgsReader(strapi));
  registerGraphQLLimits(strapi);
  registerOpenAPI(strapi);
};

export default register;
