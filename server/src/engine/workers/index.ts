export { buildInWorker, type WorkerBuildProgress } from './build-in-worker';
export type { WorkerMemory } from './protocol';
export { availableThreads, RankPool } from './rank-pool';
