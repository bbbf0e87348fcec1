import type { Core } from '@strapi/strapi';

import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'index-sync').stop();
  await getService(strapi, 'list-ranker').settle({ stop: true });
  getService(strapi, 'index-cleanup').stop();
};

export default destroy;
