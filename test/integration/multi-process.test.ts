import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';
const appDir = path.join(__dirname, '..', '..', 'playground');

/** A second Strapi process on the same database, as a second instance behind a load balancer. */
const startSecondProcess = async (port: number): Promise<ChildProcess> => {
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, serveAdminPanel: false }).start()`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const reply = await fetch(
        `http://127.0.0.1:${port}/api/newsroom/articles/slug/${UNIAN_SLUG}`
      );
      if (reply.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error('the second Strapi process did not start');
};

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
const within = async (ms: number, check: () => Promise<boolean>) => {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${ms} ms`);
};

describe('Two Strapi processes on one database', () => {
  let app: TestApp;
  let second: ChildProcess | undefined;
  let other: ReturnType<typeof http>;
  let unian: string;

  beforeAll(async () => {
    app = await startApp();
    const port = 20000 + Math.floor(Math.random() * 20000);
    second = await startSecondProcess(port);
    other = http(`http://127.0.0.1:${port}`);
    unian = (await other.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data.documentId;
  });
  afterAll(async () => {
    second?.kill();
    await app?.stop();
  });

  const suggestedByOther = async (documentId: string) =>
    (await other.get(`/api/newsroom/articles/${unian}/related?limit=50`)).body.data.some(
      (item: { documentId: string }) => item.documentId === documentId
    );

  it('agree within 5 seconds when a story is published, then unpublished, on the other', async () => {
    const documents = app.strapi.documents(ARTICLE);
    const story = await documents.create({
      data: {
        title: 'Allies agree Ukraine will join NATO, Stoltenberg says',
        lead: 'All NATO allies agree that Ukraine will become a member of the Alliance.',
      },
    } as never);
    expect(await suggestedByOther(story.documentId)).toBe(false);
    await documents.publish({ documentId: story.documentId } as never);
    expect(await within(5000, () => suggestedByOther(story.documentId))).toBeLessThan(5000);
    await documents.unpublish({ documentId: story.documentId } as never);
    expect(
      await within(5000, async () => !(await suggestedByOther(story.documentId)))
    ).toBeLessThan(5000);
  });
});
