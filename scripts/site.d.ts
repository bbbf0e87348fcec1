/** Types of scripts/site.js, for the end-to-end tests. */
import type { ChildProcess, StdioOptions } from 'node:child_process';

export const siteDir: string;

/** Installs (`npm ci`) and builds (`next build`) the site when needed; milliseconds each took. */
export function prepareSite(options?: {
  quiet?: boolean;
  log?: (message: string) => void;
}): Promise<{ install: number | null; build: number | null }>;

export function startSite(options?: {
  port?: number;
  host?: string;
  newsroomUrl?: string;
  env?: Record<string, string>;
  stdio?: StdioOptions;
}): ChildProcess;
