export { analyzerFor, languageOf, SUPPORTED_LANGUAGES } from './analysis';
export { RelatedIndex } from './related-index';
export * from './snapshot';
export * from './types';
export { type ListChanges, type ListEntry, NeighbourLists } from './neighbour-lists';
export { timeSlices } from './time-slices';
