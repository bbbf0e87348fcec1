import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';

import { SUPPORTED_LANGUAGES } from '../engine/analysis';
import { availableThreads } from '../engine/workers';
import { DEFAULT_ENGINE_OPTIONS } from '../engine/types';
import { DEFAULT_GRAPHQL_LIMITS, type GraphQLLimits } from './graphql-limits';
import { defaultSite, type SiteOptions, siteSchema } from './site';

/**
 * Plugin configuration (`config/plugins.ts` → `newsroom.config`). Checked at start-up: a bad
 * value stops Strapi with a message naming it.
 */
export const defaultConfig = {
  ...DEFAULT_ENGINE_OPTIONS,
  /** Items in GET /articles/:id/related when no limit is asked for, and the most it gives. */
  defaultLimit: 5,
  maxLimit: 50,
  /** How often each Strapi process picks up stories written by the others (ms). */
  syncIntervalMs: 2000,
  /**
   * Whether this process holds the related-story index (an indexer: ranks, keeps every stored
   * list current) or is a web instance that serves the stored lists from the database only.
   */
  indexer: true,
  /**
   * Worker threads of an indexer: a build runs in one, the ranking of every stored list in this
   * many at once (each holds a copy of the index). `'auto'`: the machine's
   * `os.availableParallelism()`; 0: build and rank on the main thread, between requests.
   */
  indexerWorkers: 'auto' as number | 'auto',
  /**
   * HTTP caching of the Content API reads (`Cache-Control` of a published answer, seconds).
   * `maxAge: 0` makes every reuse a revalidation (an `If-None-Match` that answers 304).
   */
  httpCache: { maxAge: 60, staleWhileRevalidate: 300 },
  /** The news site: its URL, page paths and publication (feeds, sitemaps, JSON-LD). */
  site: defaultSite as SiteOptions,
  /** Bounds of one GraphQL request (server/src/graphql/limits.ts), when the app has GraphQL. */
  graphqlLimits: DEFAULT_GRAPHQL_LIMITS as GraphQLLimits,
  importer: {
    /** The public name of an imported author known only by an e-mail address. */
    anonymousAuthorName: 'Staff',
    /**
     * How long an import waits, retrying with backoff, for a database another process holds
     * (SQLite's `database is locked`, a deadlock or lock timeout on PostgreSQL or MySQL), ms.
     */
    busyRetryMs: 30_000,
  },
};

export type NewsroomConfig = typeof defaultConfig;

/** The plugin's configuration, as validated at start-up. */
export const pluginConfig = (strapi: Core.Strapi) =>
  strapi.config.get('plugin::newsroom') as NewsroomConfig;

/** The importer's options, each defaulted. */
export const importerOptions = (strapi: Core.Strapi) => ({
  ...defaultConfig.importer,
  ...pluginConfig(strapi)?.importer,
});

/** Whether this process holds the related-story index (`indexer`, true unless set to false). */
export const isIndexer = (strapi: Core.Strapi) => pluginConfig(strapi).indexer !== false;

/** Worker threads for building and ranking (`indexerWorkers`; 0: none, on the main thread). */
export const indexerWorkers = (strapi: Core.Strapi) => {
  const { indexerWorkers: workers } = pluginConfig(strapi);
  return workers === 'auto' || workers === undefined ? availableThreads() : workers;
};

const weight = yup.number().min(0).max(100);

/** `languages`: Strapi locale code → analyser name, each name one the engine has. */
const languages = yup.object().test('languages', function check(value: unknown) {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return this.createError({ message: 'languages must be an object of locale: analyser' });
  for (const [locale, name] of Object.entries(value as Record<string, unknown>)) {
    if (typeof name !== 'string' || !SUPPORTED_LANGUAGES.includes(name))
      return this.createError({
        path: `languages.${locale}`,
        message: `languages.${locale}: unknown analyser ${JSON.stringify(name)} (one of ${SUPPORTED_LANGUAGES.join(', ')})`,
      });
  }
  return true;
});

const schema = yup
  .object({
    fieldWeights: yup
      .object({ title: weight.required(), lead: weight.required(), body: weight.required() })
      .noUnknown(),
    tagWeight: weight,
    authorWeight: weight,
    halfLifeDays: yup.number().min(0),
    recencyWeight: yup.number().min(0).max(1),
    lexicalWeight: yup.number().min(0).max(1),
    minScore: yup.number().min(0),
    nearDuplicateAt: yup.number().min(0).max(1),
    termsPerStory: yup.number().integer().min(8).max(1000),
    latentDimensions: yup.number().integer().min(0).max(300),
    candidates: yup.number().integer().min(10).max(5000),
    postingsPerTerm: yup.number().integer().min(256).max(100_000_000),
    feedbackStories: yup.number().integer().min(0).max(50),
    feedbackWeight: yup.number().min(0).max(10),
    defaultLimit: yup.number().integer().min(1).max(50),
    maxLimit: yup.number().integer().min(1).max(200),
    syncIntervalMs: yup.number().integer().min(250).max(60_000),
    indexer: yup
      .boolean()
      .typeError(
        'indexer must be true (this process holds the related index) or false (a web instance serving the stored related lists)'
      ),
    indexerWorkers: yup
      .mixed()
      .test(
        'indexerWorkers',
        "indexerWorkers must be 'auto' or a whole number from 0 to 256",
        (value) =>
          value === undefined ||
          value === 'auto' ||
          (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 256)
      ),
    httpCache: yup
      .object({
        maxAge: yup.number().integer().min(0).max(31_536_000),
        staleWhileRevalidate: yup.number().integer().min(0).max(31_536_000),
      })
      .noUnknown(true, 'httpCache has unknown option(s): ${unknown}'),
    languages,
    site: siteSchema,
    graphqlLimits: yup
      .object({
        maxAliases: yup.number().integer().min(0).max(10_000),
        maxCost: yup.number().integer().min(1).max(100_000_000),
        maxTokens: yup.number().integer().min(1).max(1_000_000),
        maxDirectives: yup.number().integer().min(0).max(10_000),
      })
      .noUnknown(true, 'graphqlLimits has unknown option(s): ${unknown}'),
    importer: yup
      .object({
        anonymousAuthorName: yup
          .string()
          .min(1)
          .max(200)
          .test(
            'no-email',
            'importer.anonymousAuthorName must not be an e-mail address',
            (value) => value === undefined || !value.includes('@')
          ),
        busyRetryMs: yup.number().integer().min(0).max(600_000),
      })
      .noUnknown(true, 'importer has unknown option(s): ${unknown}'),
  })
  .noUnknown(true, 'newsroom plugin config has unknown option(s): ${unknown}');

export default {
  default: defaultConfig,
  validator(config: unknown) {
    try {
      schema.validateSync(config, { strict: true });
    } catch (error) {
      throw new Error(`newsroom plugin config: ${(error as Error).message}`);
    }
  },
};
