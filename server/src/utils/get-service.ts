import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/contracts/uids';

/**
 * The plugin's registered services by name. `services/index.ts` fills this interface in from
 * its own map (declaration merging), so the types follow the code and this file imports no
 * service: services reach each other through `getService` without an import circle.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NewsroomServices {}

type Instance<F> = F extends (...args: never[]) => infer S ? S : never;

/** One of the plugin's registered services, typed from the services map. */
export const getService = <TName extends keyof NewsroomServices>(
  strapi: Core.Strapi,
  name: TName
): Instance<NewsroomServices[TName]> =>
  strapi.plugin(PLUGIN_ID).service(name) as Instance<NewsroomServices[TName]>;
