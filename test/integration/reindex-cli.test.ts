import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { createTestDatabase } from '../helpers/database';

describe('npm run reindex (the playground CLI)', () => {
  it('rebuilds the related-story index with progress and reports the stories indexed', async () => {
    const database = await createTestDatabase();
    try {
      const script = path.join(__dirname, '..', '..', 'playground', 'scripts', 'reindex.js');
      const { stdout, stderr } = await promisify(execFile)('node', [script], {
        env: { ...process.env, ...database.env, NEWSROOM_DEMO_CONTENT: 'unian' },
      });
      const status = JSON.parse(stdout.trim().split('\n').pop()!);
      // the UNIAN story and its two "Read also" stories are published by the demo seed
      expect(status).toMatchObject({ state: 'idle', stories: 3 });
      expect(stderr).toMatch(/analysing: 0\/3/);
    } finally {
      await database.drop();
    }
  });
});
