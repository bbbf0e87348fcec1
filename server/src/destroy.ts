import type { Core } from '@strapi/strapi';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.plugin('newsroom').service('index-sync').stop();
};

export default destroy;
