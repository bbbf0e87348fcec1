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
  let third: ChildProcess | undefined;
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
    third?.kill();
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

  it('starts another process from the saved index, without a rebuild, and it follows rebuilds', async () => {
    const documents = app.strapi.documents(ARTICLE);
    const story = await documents.create({
      data: {
        title: 'NATO allies agree on Ukraine membership path at the summit',
        lead: 'The Alliance agreed that Ukraine will become a member, allies said in Brussels.',
      },
    } as never);
    await documents.publish({ documentId: story.documentId } as never);
    const port = 20000 + Math.floor(Math.random() * 20000);
    third = await startSecondProcess(port);
    const late = http(`http://127.0.0.1:${port}`);
    const login = await late.post('/admin/login', {
      email: 'editor@newsroom.local',
      password: 'Newsroom-Demo-2026',
    });
    const admin = http(`http://127.0.0.1:${port}`, login.body.data.token);
    const status = async () => (await admin.get('/newsroom/index/status')).body.data;
    await within(30_000, async () => (await status()).state === 'idle');
    const published = await app.strapi.db
      .query(ARTICLE)
      .count({ where: { publishedAt: { $notNull: true } } });
    const first = app.strapi.plugin('newsroom').service('related-index').status();
    expect(await status()).toMatchObject({
      source: 'loaded',
      generation: first.generation,
      stories: published,
    });
    // served from the stored lists, and ranked by the loaded index in memory
    const related = await late.get(`/api/newsroom/articles/${unian}/related?limit=50`);
    expect(related.body.data.map((i: { documentId: string }) => i.documentId)).toContain(
      story.documentId
    );
    const suggestions = await admin.get(`/newsroom/suggestions/${unian}?limit=50`);
    expect(
      suggestions.body.data.map((s: { article: { documentId: string } }) => s.article.documentId)
    ).toContain(story.documentId);

    // a rebuild on the first process makes a new generation, which the late one loads
    const rebuilt = await app.strapi.plugin('newsroom').service('related-index').rebuild();
    expect(rebuilt.generation).toBeGreaterThan(first.generation);
    expect(
      await within(5000, async () => (await status()).generation === rebuilt.generation)
    ).toBeLessThan(5000);
    expect(await status()).toMatchObject({ state: 'idle', source: 'loaded', stories: published });
  });
});
