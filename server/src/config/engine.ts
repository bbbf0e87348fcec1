import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, indexFingerprint } from '../engine';
import type { NewsroomConfig } from './index';

/** The engine's options, as configured for the plugin. */
export const engineOptions = (config: NewsroomConfig): EngineOptions =>
  Object.fromEntries(
    Object.keys(DEFAULT_ENGINE_OPTIONS).map((name) => [name, config[name as keyof EngineOptions]])
  ) as EngineOptions;

/** Length of the stored related lists: the default page and room for links and exclusions. */
export const storedListSize = (config: NewsroomConfig) =>
  Math.min(config.maxLimit, config.defaultLimit + 15);

/** What a saved index must have been built with to be loaded by this configuration. */
export const snapshotFingerprint = (config: NewsroomConfig) =>
  indexFingerprint(engineOptions(config), { listSize: storedListSize(config) });
