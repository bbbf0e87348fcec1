import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../../utils/get-service';

/** The stories the request's admin user may read and change (Content Manager permissions). */
export const accessOf = (strapi: Core.Strapi, ctx: Context) =>
  getService(strapi, 'story-access').of(ctx.state.userAbility);
