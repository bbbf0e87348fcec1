import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { UID } from '../../shared/contracts/uids';
import { getText, indexEntries } from '../helpers/publishing';
import { CALLERS, type SecurityApp, startSecurityApp } from './support/app';
import { DRAFT_WORD, EDIT_WORD, PUBLISHED_WORD, SECRET_EMAIL } from './support/fixtures';

/**
 * Feeds, sitemaps, JSON-LD and ninjs show published stories only, for every caller: a story never
 * published (DRAFT_WORD) and an unsaved edit of a published one (EDIT_WORD) appear nowhere,
 * nor does an author's e-mail, whatever the query asks. Read-only API tokens cover `find` and
 * `findOne` only: they get 403 on these routes (nothing leaks either way).
 */
describe('Security: feeds, sitemaps and JSON-LD show published content only', () => {
  let s: SecurityApp;
  const slugs: Record<string, string> = {};
  beforeAll(async () => {
    s = await startSecurityApp();
    const slugOf = async (uid: string, documentId: string) =>
      (
        (await s.app.strapi.db.query(uid as never).findOne({ where: { documentId } })) as {
          slug: string;
        }
      ).slug;
    slugs.tag = await slugOf(UID.tag, s.fixtures.tag);
    slugs.author = await slugOf(UID.author, s.fixtures.author);
  });
  afterAll(() => s?.app.stop());

  const expectNothingHidden = (text: string) => {
    expect(text).not.toMatch(new RegExp(DRAFT_WORD, 'i'));
    expect(text).not.toMatch(new RegExp(EDIT_WORD, 'i'));
    expect(text).not.toContain(SECRET_EMAIL);
  };

  describe.each(CALLERS)('as %s', (name) => {
    const get = (path: string) => getText(s.app.url, path, s.callers[name].bearer);
    const allowed = name !== 'read-only API token';
    const expectAnswer = (status: number) => expect(status).toBe(allowed ? 200 : 403);

    it.each([
      ['RSS', () => P.rss],
      ['Atom', () => P.atom],
      ['RSS of the tag both hidden stories carry', () => `${P.rss}?tag=${slugs.tag}`],
      ['Atom of their author', () => `${P.atom}?author=${slugs.author}&limit=100`],
      ['the news sitemap', () => P.newsSitemap],
      ['the sitemap index', () => P.sitemapIndex],
      ['the first article sitemap', () => P.articleSitemap(1)],
    ])('%s: published stories only', async (_, path) => {
      const reply = await get(path());
      expectAnswer(reply.status);
      expectNothingHidden(reply.text);
      if (allowed && path().includes('/feeds/')) expect(reply.text).toContain(PUBLISHED_WORD);
    });

    it('every article sitemap the index lists: published stories only', async () => {
      const index = await get(P.sitemapIndex);
      expectAnswer(index.status);
      if (!allowed) return;
      const pages = indexEntries(index.text);
      expect(pages.length).toBeGreaterThan(0);
      for (let n = 1; n <= pages.length; n += 1) {
        const page = await get(P.articleSitemap(n));
        expect(page.status).toBe(200);
        expectNothingHidden(page.text);
      }
    });

    it('JSON-LD: a draft is 404, an edited story shows its published text', async () => {
      const draft = await get(P.jsonLd(s.fixtures.draft));
      expect(draft.status).toBe(allowed ? 404 : 403);
      expectNothingHidden(draft.text);
      const edited = await get(P.jsonLd(s.fixtures.edited));
      expectAnswer(edited.status);
      expectNothingHidden(edited.text);
      if (allowed) expect(JSON.parse(edited.text).headline).toBe('Harbour works finish early');
    });

    it('ninjs: a draft is 404, an edited story shows its published text and credits', async () => {
      const draft = await get(P.ninjs(s.fixtures.draft));
      expect(draft.status).toBe(allowed ? 404 : 403);
      expectNothingHidden(draft.text);
      const edited = await get(P.ninjs(s.fixtures.edited));
      expectAnswer(edited.status);
      expectNothingHidden(edited.text);
      if (!allowed) return;
      const doc = JSON.parse(edited.text);
      expect(doc.headlines[0].value).toBe('Harbour works finish early');
      expect(doc.people).toEqual([expect.objectContaining({ rel: 'author' })]);
      const withContributor = await get(P.ninjs(s.fixtures.published));
      expectNothingHidden(withContributor.text);
      expect(JSON.parse(withContributor.text).people).toContainEqual(
        expect.objectContaining({ name: 'Security Probe Author', rel: 'editor' })
      );
    });

    it.each([
      [`${P.rss}?status=draft`],
      [`${P.atom}?publicationFilter=never-published`],
      [`${P.jsonLd(s?.fixtures?.draft ?? 'x')}?status=draft`],
      [`${P.ninjs(s?.fixtures?.edited ?? 'x')}?status=draft`],
      [`${P.newsSitemap}?status=draft`],
      [`${P.rss}?filters[title][$contains]=${DRAFT_WORD}`],
    ])('asking for drafts (%s) answers 400 or 403, never a draft', async (path) => {
      const reply = await get(path);
      expect(reply.status).toBe(allowed ? 400 : 403);
      expectNothingHidden(reply.text);
    });
  });
});
