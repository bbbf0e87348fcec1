import { creationValidator } from '../../server/src/services/importer/creation-validator';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';

type Data = Record<string, unknown>;
type Outcome = { ok: true; value: Data } | { ok: false; message: string; details: unknown };

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const story: Data = {
  title: 'Kyiv hosts energy summit',
  lead: 'KYIV (Newsroom Wire) - Ministers met.',
  body: [paragraph('One.'), paragraph('Two.')],
  section: 'business',
  source: 'Newsroom Wire',
  coverCaption: 'KYIV: the summit',
  coverCredit: null,
  externalId: 'wire-1',
  datePublished: new Date('2023-05-02T09:00:00Z'),
  embargoUntil: null,
  importHash: 'not writable: passed through',
};

/** Article data each valid or refused by one rule of Strapi's validator. */
const stories: Data[] = [
  story,
  {},
  { ...story, title: '' },
  { ...story, title: 'x'.repeat(300) },
  { ...story, title: 'x'.repeat(301) },
  { ...story, title: null },
  { ...story, title: 42 },
  { ...story, lead: 'x'.repeat(1001) },
  { ...story, section: 'x'.repeat(101), source: ['not', 'a', 'string'] },
  { ...story, canonicalUrl: 'ftp://example.com' },
  { ...story, canonicalUrl: 'https://example.com/a' },
  { ...story, canonicalUrl: '' },
  { ...story, dateline: 'KYIV', coverCredit: 'x'.repeat(256) },
  { ...story, datePublished: 'not a date', embargoUntil: 12 },
  { ...story, body: null },
  { ...story, body: [] },
  { ...story, body: 'text' },
  { ...story, body: [{ type: 'paragraph', children: [] }] },
  { ...story, body: [{ type: 'paragraph', children: [{ type: 'text' }] }] },
  { ...story, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'a', bold: 'x' }] }] },
  { ...story, body: [{ type: 'table', children: [] }] },
  { ...story, body: [{ type: 'paragraph', children: [{ type: 'image', text: 'a' }] }] },
  {
    ...story,
    body: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'H', italic: true }] },
      { type: 'heading', level: 7, children: [{ type: 'text', text: 'H' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Q' }] },
      { type: 'code', language: 'js', children: [{ type: 'text', text: 'x()' }] },
    ],
  },
  {
    ...story,
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.com', children: [{ type: 'text', text: 'ok' }] },
          { type: 'link', url: '/relative', children: [{ type: 'text', text: 'ok' }] },
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'no' }] },
        ],
      },
    ],
  },
  {
    ...story,
    body: [
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'two' }] }],
          },
        ],
      },
      { type: 'list', format: 'dotted', children: [] },
      { type: 'list', format: 'ordered', children: [{ type: 'paragraph', children: [] }] },
    ],
  },
  {
    ...story,
    body: [{ type: 'image', image: { name: 'a.png', url: '/a.png' }, children: [] }],
  },
];

/** Link data each valid or refused by one rule. */
const links: Data[] = [
  { kind: 'read-also', origin: 'import', position: 0, afterBlock: null, targetDocumentId: 'x' },
  {},
  { kind: 'related', origin: 'import' },
  { kind: 'read-also', origin: 'nowhere', position: 10001 },
  { kind: 'read-also', origin: 'import', position: -1, afterBlock: -2 },
  { kind: 'read-also', origin: 'import', position: 1.5, afterBlock: '3' },
  { kind: 'see-also', origin: 'editor', score: 101, title: 'x'.repeat(301) },
  { kind: 'see-also', origin: 'editor', score: Infinity, externalUrl: 'mailto:a@b.c' },
  { kind: null, origin: 'import', externalUrl: 'https://example.com/' },
];

describe("A content type's creation validator, built once, decides as Strapi's does", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  /** Output and errors, with the one value made at the time of the call (publishedAt). */
  const outcome = async (validate: () => Promise<unknown>): Promise<Outcome> => {
    try {
      const value = { ...((await validate()) as Data) };
      if (value.publishedAt instanceof Date) value.publishedAt = 'now';
      return { ok: true, value };
    } catch (error) {
      const { message, details } = error as { message: string; details: unknown };
      return { ok: false, message, details };
    }
  };

  const compare = async (uid: typeof ARTICLE | typeof LINK, cases: Data[]) => {
    const validator = creationValidator(app.strapi, uid);
    const model = app.strapi.contentType(uid);
    const strapiValidator = jest.spyOn(app.strapi.entityValidator, 'validateEntityCreation');
    const outcomes = { ok: 0, refused: 0 };
    try {
      for (const data of cases) {
        for (const isDraft of [false, true]) {
          const options = { isDraft, locale: 'en' };
          const expected = await outcome(() =>
            app.strapi.entityValidator.validateEntityCreation(model, structuredClone(data), options)
          );
          strapiValidator.mockClear();
          const actual = await outcome(() => validator.validate(structuredClone(data), options));
          // none of these cases needs Strapi's own validator: the compiled schema decided
          expect(strapiValidator).not.toHaveBeenCalled();
          expect({ data, isDraft, ...actual }).toEqual({ data, isDraft, ...expected });
          outcomes[actual.ok ? 'ok' : 'refused'] += 1;
        }
      }
    } finally {
      strapiValidator.mockRestore();
    }
    return outcomes;
  };

  it('accepts, casts and refuses article data as Strapi does, draft or not', async () => {
    const outcomes = await compare(ARTICLE, stories);
    expect(outcomes.ok).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('accepts, casts and refuses link data as Strapi does, draft or not', async () => {
    const outcomes = await compare(LINK, links);
    expect(outcomes.ok).toBeGreaterThan(3);
    expect(outcomes.refused).toBeGreaterThan(5);
  });

  it("leaves data it does not cover to Strapi's validator: relations, a slug, a unique check", async () => {
    const validator = creationValidator(app.strapi, ARTICLE);
    const spy = jest.spyOn(app.strapi.entityValidator, 'validateEntityCreation');
    try {
      for (const extra of [{ slug: 'a-slug' }, { authors: [1] }, { contributors: [] }]) {
        spy.mockClear();
        await validator.validate({ ...story, ...extra }, { isDraft: false, locale: 'en' });
        expect(spy).toHaveBeenCalledTimes(1);
      }
      // a relation to a story that does not exist is refused, as by the Document Service
      await expect(
        validator.validate({ ...story, authors: [987654] }, { isDraft: false, locale: 'en' })
      ).rejects.toThrow(/relation/);
    } finally {
      spy.mockRestore();
    }
  });
});
