import type { Core } from '@strapi/strapi';

import { registerComponents } from './components';
import { registerGraphQL } from './published-only/graphql';
import { relatedArgsReader } from './controllers/content-api/related-args';
import { registerGraphQLRelated } from './graphql/related';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerGraphQLLimits } from './graphql/limits';
import { registerGraphQLNinjs } from './graphql/ninjs';
import { registerOpenAPI } from './openapi';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // first: the article's schema names these components
  registerComponents(strapi);
  registerDocumentMiddlewares(strapi);
  registerGraphQL(strapi);
  registerGraphQLRelated(strapi, relatedArgsReader(strapi));
  registerGraphQLNinjs(strapi);
  registerGraphQLLimits(strapi);
  registerOpenAPI(strapi);
};

export default register;
