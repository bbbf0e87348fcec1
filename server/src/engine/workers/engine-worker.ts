import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { BuildProgress } from '../types';
import type { WorkerAnswers, WorkerMessage, WorkerRequest } from './protocol';

/**
 * Where the worker's code is. Built, this module is part of `dist/server/index.js` and the
 * worker is its own bundle, `dist/engine-worker/index.js` (the `./engine-worker` export of
 * package.json). From the sources (jest, the benchmarks under tsx), `entry.ts` next to this
 * file, loaded through tsx's require hook.
 */
const startWorker = () => {
  const source = path.join(__dirname, 'entry.ts');
  if (existsSync(source)) {
    const code = `require('tsx/cjs'); require(${JSON.stringify(source)});`;
    return new Worker(code, { eval: true });
  }
  return new Worker(path.join(__dirname, '..', 'engine-worker', 'index.js'));
};

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: BuildProgress) => void;
};

/**
 * One engine worker thread (`entry.ts`) and its requests: each `call` posts a request and
 * resolves with its answer. The thread does not keep the process alive; a crash rejects every
 * pending request.
 */
export class EngineWorker {
  private readonly worker = startWorker();
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if ('progress' in message) return waiting.onProgress?.(message.progress);
      this.pending.delete(message.id);
      if (message.ok === true) waiting.resolve(message.value);
      else waiting.reject(new Error(message.error));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`engine worker stopped (exit code ${code})`)));
  }

  call<T extends WorkerRequest>(
    request: T,
    onProgress?: (progress: BuildProgress) => void
  ): Promise<WorkerAnswers[T['type']]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      this.worker.postMessage({ id, request });
    });
  }

  async terminate() {
    await this.worker.terminate();
  }
}
