import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { createTestDatabase } from '../helpers/database';

describe('npm run reindex (the playground CLI)', () => {
  it('rebuilds the related-story index with progress and reports the stories indexed', async () => {
    const database = await createTestDatabase();
    try {
      const script = path.join(__dirname, '..', '..', 'playground', 'scripts', 'reindex.js');
      const run = async () => {
        const { stdout, stderr } = await promisify(execFile)('node', [script], {
          env: { ...process.env, ...database.env, NEWSROOM_DEMO_CONTENT: 'unian' },
        });
        return { status: JSON.parse(stdout.trim().split('\n').pop()!), stderr };
      };
      const { status, stderr } = await run();
      // the UNIAN story and its two "Read also" stories, in English and in Ukrainian, are
      // published by the demo seed
      expect(status).toMatchObject({ state: 'idle', stories: 6, source: 'built' });
      expect(stderr).toMatch(/analysing: 0\/6/);
      expect(stderr).toMatch(/saving: 6\/6/);
      // run again: the same stories, saved under a newer generation
      const again = await run();
      expect(again.status).toMatchObject({ state: 'idle', stories: 6 });
      expect(again.status.generation).toBeGreaterThan(status.generation);
    } finally {
      await database.drop();
    }
  });
});
