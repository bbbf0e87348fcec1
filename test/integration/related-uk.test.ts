import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SEED_TITLE = 'Усі союзники погоджуються, що Україна стане членом НАТО';

type Item = { documentId: string; title: string; kind: string; origin: string; locale?: string };

/** The demo's Ukrainian edition: its stories, their related stories and anchors, all in uk. */
describe('Related stories in Ukrainian', () => {
  let app: TestApp;
  let readers: ReturnType<typeof http>;
  let seed: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    readers = http(app.url);
    const create = async (title: string, lead: string, locale = 'uk') =>
      (
        (await app.strapi
          .documents(ARTICLE)
          .create({ locale, data: { title, lead }, status: 'published' } as never)) as {
          documentId: string;
        }
      ).documentId;
    ids.summit = await create(
      'Саміт НАТО: союзники підтримали членство України',
      'Союзники на саміті НАТО погодилися, що Україна стане членом Альянсу, заявив Столтенберг.'
    );
    ids.football = await create(
      'Динамо Київ виграло фінал кубка',
      'Уболівальники святкували перемогу Динамо у фіналі кубка в Києві.'
    );
    ids.english = await create(
      'NATO summit: allies back Ukraine membership',
      'Allies at the NATO summit agreed that Ukraine will become a member, Stoltenberg said.',
      'en'
    );
    const list = await readers.get('/api/newsroom/articles?locale=uk&pagination[pageSize]=50');
    seed = list.body.data.find((a: Item) => a.title === SEED_TITLE)?.documentId;
  });
  afterAll(() => app?.stop());

  it('answers the demo stories in Ukrainian on ?locale=uk', async () => {
    const { status, body } = await readers.get('/api/newsroom/articles?locale=uk');
    expect(status).toBe(200);
    const titles = body.data.map((a: Item) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        SEED_TITLE,
        'Зеленський прибув до штаб-квартири НАТО в Брюсселі',
        'Росію не обрали постійним членом Ради ООН з прав людини',
      ])
    );
    expect(titles).not.toContain('All allies agree that Ukraine will become a member of NATO');
  });

  it('gives a Ukrainian story its Read also links and Ukrainian related stories only', async () => {
    expect(seed).toBeDefined();
    const { status, body } = await readers.get(
      `/api/newsroom/articles/${seed}/related?locale=uk&limit=5`
    );
    expect(status).toBe(200);
    const items: Item[] = body.data;
    expect(items.slice(0, 2).map((i) => [i.kind, i.title])).toEqual([
      ['read-also', 'Зеленський прибув до штаб-квартири НАТО в Брюсселі'],
      ['read-also', 'Росію не обрали постійним членом Ради ООН з прав людини'],
    ]);
    const fillIns = items.filter((i) => i.origin === 'engine');
    expect(fillIns.map((i) => i.documentId)).toContain(ids.summit);
    expect(fillIns[0].documentId).toBe(ids.summit);
    const all = items.map((i) => i.documentId);
    expect(all).not.toContain(ids.english);
    for (const item of items) expect(item.title).toMatch(/[\u0400-\u04ff]/u);
  });
});
