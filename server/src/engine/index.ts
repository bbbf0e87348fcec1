export { analyzerFor, SUPPORTED_LANGUAGES } from './analysis';
export { type BuildProgress, RelatedIndex } from './related-index';
export * from './types';
