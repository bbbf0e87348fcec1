import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const INDEX_STORY = 'plugin::newsroom.index-story';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

type StoryRow = { storyKey: string; related: string | null };

describe('Related lists stored with the saved index', () => {
  let app: TestApp;
  let readers: ReturnType<typeof http>;
  let unian: string;

  const generation = () =>
    app.strapi.plugin('newsroom').service('related-index').status().generation;
  const rows = async (where: Record<string, unknown> = {}): Promise<StoryRow[]> =>
    app.strapi.db.query(INDEX_STORY).findMany({ where: { generation: generation(), ...where } });
  const storedFor = async (documentId: string) => {
    const [row] = await rows({ storyKey: `${documentId}:en` });
    return row
      ? (JSON.parse(row.related ?? '[]') as Array<[string, number]>).map(([id]) => id)
      : null;
  };
  const listing = async (documentId: string) =>
    (await rows()).filter((row) => row.related?.includes(`"${documentId}"`)).map((r) => r.storyKey);
  const fillIns = async (query: string) =>
    (await readers.get(`/api/newsroom/articles/${unian}/related${query}`)).body.data
      .filter((item: { origin: string }) => item.origin === 'engine')
      .map((item: { documentId: string }) => item.documentId);

  beforeAll(async () => {
    app = await startApp();
    readers = http(app.url);
    unian = (await readers.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data.documentId;
    const api = http(app.url, app.token);
    for (const [title, lead] of [
      ['NATO summit: allies back Ukraine membership', 'Allies agreed Ukraine will join NATO.'],
      ['Stoltenberg: NATO will support Ukraine', 'Allies will support Ukraine in Brussels.'],
      ['Ukraine and NATO allies discuss air defence', 'NATO ministers met Ukraine in Brussels.'],
      ['Dynamo Kyiv win the cup final', 'Football fans celebrated the cup final win.'],
    ])
      await api.post('/api/newsroom/articles', { data: { title, lead } });
    await app.strapi.plugin('newsroom').service('related-index').ready();
  });
  afterAll(() => app?.stop());

  it('saves a row for every published story, and its related list once first read', async () => {
    const published = await app.strapi.db
      .query(ARTICLE)
      .count({ where: { publishedAt: { $notNull: true } } });
    expect(generation()).toEqual(expect.any(Number));
    expect(await rows()).toHaveLength(published);
    const served = await fillIns('?limit=20');
    const stored = await storedFor(unian);
    expect(stored).toEqual(expect.any(Array));
    expect(stored!.length).toBeGreaterThan(1);
    expect(stored).toEqual(expect.arrayContaining(served));
  });

  it('adds a published story to its neighbours’ lists, and drops it when unpublished or deleted', async () => {
    const documents = app.strapi.documents(ARTICLE);
    const story = await documents.create({
      data: {
        title: 'All NATO allies agree Ukraine will become a member of the Alliance',
        lead: 'NATO allies agree that Ukraine will become a member, Stoltenberg said in Brussels.',
      },
    } as never);
    expect(await listing(story.documentId)).toEqual([]);
    await documents.publish({ documentId: story.documentId } as never);
    expect(await storedFor(story.documentId)).toContain(unian);
    expect(await storedFor(unian)).toContain(story.documentId);
    await documents.unpublish({ documentId: story.documentId } as never);
    expect(await storedFor(story.documentId)).toBeNull();
    expect(await listing(story.documentId)).toEqual([]);
    await documents.publish({ documentId: story.documentId } as never);
    expect(await storedFor(unian)).toContain(story.documentId);
    await documents.delete({ documentId: story.documentId } as never);
    expect(await listing(story.documentId)).toEqual([]);
    expect(await fillIns('?limit=20')).not.toContain(story.documentId);
  });

  it('serves the fill-ins from the stored list, without the story’s linked targets', async () => {
    const stored = (await storedFor(unian))!;
    expect(stored.length).toBeGreaterThan(1);
    // reverse the stored order in the database: the route follows it
    const reversed = [...stored].reverse().map((id, i) => [id, 1 - i / 100]);
    await app.strapi.db.query(INDEX_STORY).updateMany({
      where: { generation: generation(), storyKey: `${unian}:en` },
      data: { related: JSON.stringify(reversed) },
    });
    const served = await fillIns('?limit=9');
    const links = await app.strapi.db
      .query('plugin::newsroom.related-news')
      .findMany({ where: { article: { documentId: unian } }, select: ['targetDocumentId'] });
    const targets = links.map((l: { targetDocumentId: string }) => l.targetDocumentId);
    expect(served).toEqual(
      reversed
        .map(([id]) => id)
        .filter((id) => !targets.includes(id as string))
        .slice(0, served.length)
    );
    expect(served.length).toBeGreaterThan(0);
  });
});
