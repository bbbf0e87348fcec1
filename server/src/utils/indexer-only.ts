import { errors } from '@strapi/utils';

/**
 * What a web instance (`indexer: false`) answers when asked for something only the in-memory
 * related index can give (suggestions, anchors, a rebuild): a 503 naming the option. Strapi's
 * error middleware answers any `HttpError` (http-errors) with its status and message; the class
 * there is abstract (it cannot be constructed), so this error takes its prototype instead.
 */
export class IndexerOnlyError extends Error {
  readonly status = 503;
  readonly statusCode = 503;
  readonly expose = true;
  readonly details = { indexer: false };

  constructor(what = 'This') {
    super(
      `${what} needs the related-story index, which this Strapi process does not hold (newsroom plugin option indexer: false); ask an indexer process`
    );
    this.name = 'ServiceUnavailableError';
  }
}
Object.setPrototypeOf(IndexerOnlyError.prototype, errors.HttpError.prototype);

export const isIndexerOnlyError = (error: unknown): error is IndexerOnlyError =>
  error instanceof IndexerOnlyError;
