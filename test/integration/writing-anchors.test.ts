import { adminClient, adminWithActions, SUPER_ADMIN } from '../helpers/admin';
import type { Client } from '../helpers/nato-stories';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const TAG = 'plugin::newsroom.tag';
const UNIAN = 'unian/all-allies-agree-ukraine-will-become-nato-member';

type Anchor = {
  text: string;
  block: number;
  start: number;
  end: number;
  target: { documentId: string; title: string; slug: string | null };
  score: number;
  kind: string;
};
type Block = { children?: Block[]; type?: string; text?: string };

/** A block's plain text: its text nodes joined in order (as the API's offsets count). */
const plain = (block: Block): string =>
  block.type === 'text' ? (block.text ?? '') : (block.children ?? []).map(plain).join('');

/**
 * Linking while writing: anchors in the UNIAN demo story toward the demo's stories and a few
 * more created here, and suggestions for a text not saved yet.
 */
describe('In-text anchors and draft suggestions', () => {
  let app: TestApp;
  let admin: Client;
  const ids: Record<string, string> = {};
  let body: Block[];

  beforeAll(async () => {
    app = await startApp();
    admin = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
    const documents = app.strapi.documents(ARTICLE);
    const find = async (externalId: string) =>
      (await app.strapi.db.query(ARTICLE).findOne({ where: { externalId } })) as {
        documentId: string;
        body: Block[];
      };
    const unian = await find(UNIAN);
    ids.unian = unian.documentId;
    body = unian.body;
    ids.zelensky = (await find('unian/zelensky-arrived-nato-headquarters-brussels')).documentId;
    // the demo's tag becomes a running story
    const tag = await app.strapi.db.query(TAG).findOne({ where: { name: 'Ukraine – NATO' } });
    await app.strapi
      .documents(TAG)
      .update({ documentId: tag.documentId, data: { runningStory: true } } as never);
    const story = async (title: string, lead: string, extra: Record<string, unknown> = {}) =>
      (
        (await documents.create({
          data: { title, lead, ...extra },
          status: 'published',
        } as never)) as { documentId: string }
      ).documentId;
    ids.summit = await story(
      'Vilnius summit: NATO allies debate Ukraine membership',
      'At the Vilnius summit the allies debated when Ukraine joins the Alliance.'
    );
    // the newest story of the running story
    ids.ministers = await story(
      'NATO defence ministers promise Ukraine more air defence',
      'Defence ministers of the allies promised Ukraine air defence systems.',
      { tags: [tag.documentId], datePublished: new Date() }
    );
    ids.grain = await story(
      'Grain corridor: ships leave Odesa ports',
      'Cargo ships with grain left the ports of Odesa through the Black Sea corridor.'
    );
  });
  afterAll(() => app?.stop());

  it('anchors the UNIAN story: key phrases and a running story, true phrases of its blocks', async () => {
    const reply = await admin.get(`/newsroom/anchors/${ids.unian}?limit=10`);
    expect(reply.status).toBe(200);
    expect(reply.body.meta).toEqual({ documentId: ids.unian, locale: 'en' });
    const anchors: Anchor[] = reply.body.data;
    for (const anchor of anchors) {
      expect(plain(body[anchor.block]).slice(anchor.start, anchor.end)).toBe(anchor.text);
    }
    // in the order of the text: the first two score close to each other (each is the key of
    // a strong candidate), so which of them ranks first is not what this test pins
    expect(
      anchors
        .map(({ text, block, start, end, target, kind }) => [
          text,
          block,
          start,
          end,
          target.documentId,
          kind,
        ])
        .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    ).toEqual([
      // a story it links to in "Read also": the key phrase of its headline
      ['NATO headquarters in Brussels', 0, 365, 394, ids.zelensky, 'headline'],
      // "Ukraine – NATO" is a running story: its newest story
      ['Ukraine-NATO', 4, 34, 46, ids.ministers, 'running-story'],
      // "Vilnius summit: NATO allies …": stems in another order
      ['Vilnius NATO summit', 8, 224, 243, ids.summit, 'headline'],
    ]);
    // served best first
    const scores = anchors.map((anchor) => anchor.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // never the story itself, nor a story off the topic
    expect(anchors.map((a) => a.target.documentId)).not.toContain(ids.grain);
    const one = (await admin.get(`/newsroom/anchors/${ids.unian}?limit=1`)).body.data;
    expect(one).toHaveLength(1);
    expect(anchors.slice(0, 2).map((a) => a.text)).toContain(one[0].text);
  });

  it('anchors a draft, never inside one of its links', async () => {
    const draft = (await app.strapi.documents(ARTICLE).create({
      data: {
        title: 'Ships and summits',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Ships leave the ' },
              {
                type: 'link',
                url: 'https://example.com/odesa',
                children: [{ type: 'text', text: 'Odesa ports' }],
              },
              { type: 'text', text: ' again; leaders met at the NATO summit in Vilnius.' },
            ],
          },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'The grain corridor through the Odesa ports stays open.' },
            ],
          },
        ],
      },
    } as never)) as { documentId: string };
    const reply = await admin.get(`/newsroom/anchors/${draft.documentId}`);
    expect(reply.status).toBe(200);
    const found = Object.fromEntries(
      (reply.body.data as Anchor[]).map((a) => [a.target.documentId, [a.text, a.block, a.start]])
    );
    expect(found[ids.summit]).toEqual(['NATO summit in Vilnius', 0, 54]);
    expect(found[ids.grain]).toEqual(['grain corridor through the Odesa ports', 1, 4]);
  });

  it('answers 404 for an unknown story, 400 for a bad parameter, 403 without the action', async () => {
    expect((await admin.get('/newsroom/anchors/nope')).status).toBe(404);
    const bad = await admin.get(`/newsroom/anchors/${ids.unian}?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^limit/);
    expect((await admin.get(`/newsroom/anchors/${ids.unian}?q=x`)).body.error.message).toMatch(
      /^q/
    );
    const reporter = await adminWithActions(app, 'Reporter', ['plugin::newsroom.reports.read']);
    expect((await reporter.get(`/newsroom/anchors/${ids.unian}`)).status).toBe(403);
    expect((await reporter.post('/newsroom/suggestions/draft', { title: 'x' })).status).toBe(403);
  });

  it('suggests stories for a text not saved yet, and anchors in its body', async () => {
    const reply = await admin.post('/newsroom/suggestions/draft', {
      title: 'Allies prepare the next NATO summit',
      lead: 'After Vilnius, NATO allies discuss membership for Ukraine.',
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Diplomats recalled the Vilnius summit and NATO’s promise.' },
          ],
        },
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'Air defence for Ukraine was on the agenda too.' }],
        },
      ],
      tags: ['Ukraine – NATO'],
    });
    expect(reply.status).toBe(200);
    expect(reply.body.meta).toEqual({ locale: 'en' });
    const { suggestions, anchors } = reply.body.data;

    const suggested = suggestions.map(
      (s: { article: { documentId: string } }) => s.article.documentId
    );
    // on the topic: the summit story and the UNIAN story, not the grain corridor
    expect(suggested).toEqual(expect.arrayContaining([ids.summit, ids.unian]));
    expect(
      suggestions.map((s: { article: { documentId: string } }) => s.article.documentId)
    ).not.toContain(ids.grain);
    expect(anchors.map((a: Anchor) => [a.text, a.block, a.start, a.target.documentId])).toEqual([
      ['Air defence for Ukraine', 1, 0, ids.ministers],
      ['Vilnius summit and NATO', 0, 23, ids.summit],
    ]);
    const two = await admin.post('/newsroom/suggestions/draft', { title: 'NATO summit', limit: 2 });
    expect(two.body.data.suggestions).toHaveLength(2);

    // the story being edited is left out of its own suggestions
    const own = await admin.post('/newsroom/suggestions/draft', {
      documentId: ids.summit,
      title: 'Vilnius summit: NATO allies debate Ukraine membership',
    });
    expect(own.status).toBe(200);
    expect(
      own.body.data.suggestions.map(
        (s: { article: { documentId: string } }) => s.article.documentId
      )
    ).not.toContain(ids.summit);
  });

  it('refuses oversized drafts with a 400 naming the field', async () => {
    const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
    const refused = async (input: Record<string, unknown>) => {
      const reply = await admin.post('/newsroom/suggestions/draft', input);
      expect(reply.status).toBe(400);
      return reply.body.error.message as string;
    };
    expect(await refused({ title: 'x'.repeat(301) })).toMatch(/^title/);
    expect(await refused({ lead: 'x'.repeat(1001) })).toMatch(/^lead/);
    expect(await refused({ body: Array.from({ length: 201 }, () => paragraph('x')) })).toMatch(
      /^body/
    );
    expect(await refused({ body: [paragraph('x'.repeat(100_001))] })).toMatch(/^body/);
    expect(await refused({ body: ['text'] })).toMatch(/^body/);
    expect(await refused({ title: 'x', extra: 1 })).toMatch(/^extra/);
    expect(await refused({ locale: 'xx' })).toMatch(/^locale/);
  });
});
