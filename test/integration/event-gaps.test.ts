import { within } from '../helpers/strapi-process';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const INDEX_EVENT = 'plugin::newsroom.index-event';

const concurrentWriters = ['postgres', 'mysql'].includes(process.env.DATABASE_CLIENT ?? '');

/**
 * Another process's write whose event commits after a later one's (PostgreSQL and MySQL take
 * an id at the insert and show it at the commit): the indexer's cursor passes it, and it must
 * still be read. SQLite has one writer at a time: its ids commit in order.
 */
(concurrentWriters ? describe : describe.skip)('An event committed after a later one', () => {
  let app: TestApp;
  const related = () => app.strapi.plugin('newsroom').service('related-index');

  beforeAll(async () => {
    app = await startApp();
    await related().ready();
  }, 120_000);
  afterAll(() => app?.stop());

  it('is read once it commits, and the story it names is indexed', async () => {
    const before = related().status().stories as number;
    // a story another process wrote (straight into the table: no event from this one)
    const documentId = `lateevent${Date.now()}`.slice(0, 24);
    const story = {
      documentId,
      locale: 'en',
      title: 'Ferry timetable changes after the storm',
      lead: 'Ferries to the islands run on a winter timetable after the storm.',
    };
    const now = new Date();
    await app.strapi.db.query(ARTICLE).create({ data: { ...story, publishedAt: null } });
    await app.strapi.db
      .query(ARTICLE)
      .create({ data: { ...story, publishedAt: now, datePublished: now } });

    // its event: inserted (an id taken), not committed until released
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldId = 0;
    const inserted = new Promise<void>((resolve, reject) => {
      app.strapi.db
        .transaction(async () => {
          const event = await app.strapi.db
            .query(INDEX_EVENT)
            .create({ data: { storyDocumentId: documentId, origin: 'another-process' } });
          heldId = event.id;
          resolve();
          await held;
        })
        .catch(reject);
    });
    await inserted;
    // a later event, committed at once; the indexer reads it and moves past the held id
    const later = await app.strapi.db
      .query(INDEX_EVENT)
      .create({ data: { storyDocumentId: 'nosuchstory', origin: 'another-process' } });
    expect(later.id).toBeGreaterThan(heldId);
    await within(30_000, async () => related().eventCursor() >= later.id);
    expect(related().status().stories).toBe(before);

    release();
    await within(30_000, async () => related().status().stories === before + 1);
  });
});
