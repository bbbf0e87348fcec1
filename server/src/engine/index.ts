export { analyzerFor, SUPPORTED_LANGUAGES } from './analysis';
export { RelatedIndex } from './related-index';
export * from './types';
