import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/contracts/uids';
import type { Services } from '../services';

/** One of the plugin's registered services, typed from the services map. */
export const getService = <TName extends keyof Services>(
  strapi: Core.Strapi,
  name: TName
): ReturnType<Services[TName]> =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[TName]>;
