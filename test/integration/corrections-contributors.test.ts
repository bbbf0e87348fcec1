import Parser from 'rss-parser';

import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { UID } from '../../shared/contracts/uids';
import { http } from '../helpers/http';
import { getText } from '../helpers/publishing';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * Corrections and contributors with roles over HTTP: REST and GraphQL answer them, JSON-LD
 * maps them (dateModified, CorrectionComment, editor/translator/contributor, the image's
 * creator), the feeds carry the update time. An unpublished edit of the story (a contributor
 * and a correction added without publishing) shows nowhere, nor any author's e-mail.
 */
const HOUR = 60 * 60 * 1000;

describe('Corrections and contributors', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const corrected = new Date(Date.now() + 2 * HOUR).toISOString();
  const docs = (uid: string) => app.strapi.documents(uid as never);
  const person = async (name: string) =>
    (
      (await docs(UID.author).create({
        data: { name, email: `${name.split(' ')[0].toLowerCase()}@private.test` },
      } as never)) as { documentId: string }
    ).documentId;

  beforeAll(async () => {
    app = await startApp();
    ids.byline = await person('Olena Byline');
    ids.editor = await person('Petro Editor');
    ids.photographer = await person('Iryna Photographer');
    ids.translator = await person('Taras Translator');
    ids.reporter = await person('Maria Reporter');
    ids.secret = await person('Hidden Draftonly');
    const cover = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'summit.jpg',
        hash: 'summit',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 10,
        url: '/uploads/summit.jpg',
        provider: 'local',
      },
    });
    const story = (await docs(UID.article).create({
      data: {
        title: 'Allies meet in Brussels',
        lead: 'Defence ministers met at NATO headquarters.',
        datePublished: new Date(Date.now() - HOUR).toISOString(),
        authors: [ids.byline],
        cover: cover.id,
        contributors: [
          { role: 'editor', author: ids.editor },
          { role: 'photographer', author: ids.photographer },
          { role: 'translator', author: ids.translator },
          { role: 'reporter', author: ids.reporter },
        ],
        corrections: [
          {
            date: new Date(Date.now() - HOUR / 2).toISOString(),
            kind: 'update',
            note: 'Adds the communiqué.',
          },
          { date: corrected, kind: 'correction', note: 'The meeting was on Thursday.' },
        ],
      },
      status: 'published',
    } as never)) as { documentId: string };
    ids.story = story.documentId;
    // an unpublished edit of the published story: nothing of it may reach a reader
    await docs(UID.article).update({
      documentId: ids.story,
      data: {
        contributors: [{ role: 'contributor', author: ids.secret }],
        corrections: [{ date: new Date().toISOString(), kind: 'clarification', note: 'SECRET' }],
      },
    } as never);
  });
  afterAll(() => app?.stop());

  const expectNoLeak = (text: string) => {
    expect(text).not.toContain('Hidden Draftonly');
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('@private.test');
  };

  it('REST answers the published corrections and contributors, no e-mail', async () => {
    const reply = await http(app.url).get(
      `/api/newsroom/articles/${ids.story}?populate[corrections]=true` +
        '&populate[contributors][populate][author]=true'
    );
    expect(reply.status).toBe(200);
    const { corrections, contributors } = reply.body.data;
    expect(corrections.map((c: { kind: string }) => c.kind)).toEqual(['update', 'correction']);
    expect(corrections[1].note).toBe('The meeting was on Thursday.');
    expect(
      contributors.map((c: { role: string; author: { name: string } }) => [c.role, c.author.name])
    ).toEqual([
      ['editor', 'Petro Editor'],
      ['photographer', 'Iryna Photographer'],
      ['translator', 'Taras Translator'],
      ['reporter', 'Maria Reporter'],
    ]);
    expectNoLeak(JSON.stringify(reply.body));
  });

  it('REST with status=draft and filters through the component stays on published content', async () => {
    const draft = await http(app.url).get(
      `/api/newsroom/articles/${ids.story}?status=draft&populate[contributors][populate][author]=true`
    );
    expectNoLeak(JSON.stringify(draft.body));
    const filtered = await http(app.url).get(
      '/api/newsroom/articles?filters[contributors][author][name][$eq]=Hidden%20Draftonly'
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.data).toEqual([]);
  });

  it('GraphQL answers them too, from the published story only', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ newsroomArticle(documentId: "${ids.story}", status: DRAFT) {
          corrections { date kind note } contributors { role author { name } } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { newsroomArticle: { corrections: unknown[]; contributors: unknown[] } };
    };
    expect(body.data.newsroomArticle.corrections).toHaveLength(2);
    expect(body.data.newsroomArticle.contributors).toContainEqual({
      role: 'editor',
      author: { name: 'Petro Editor' },
    });
    expectNoLeak(JSON.stringify(body));
  });

  it('JSON-LD: dateModified is the newest correction, roles map to schema.org', async () => {
    const reply = await getText(app.url, P.jsonLd(ids.story));
    expect(reply.status).toBe(200);
    expectNoLeak(reply.text);
    const doc = JSON.parse(reply.text);
    expect(doc.dateModified).toBe(corrected);
    expect(doc.correction).toEqual([
      expect.objectContaining({ '@type': 'CorrectionComment', text: 'Adds the communiqué.' }),
      {
        '@type': 'CorrectionComment',
        text: 'The meeting was on Thursday.',
        datePublished: corrected,
      },
    ]);
    expect(doc.editor).toMatchObject({ '@type': 'Person', name: 'Petro Editor' });
    expect(doc.translator).toMatchObject({ '@type': 'Person', name: 'Taras Translator' });
    expect(doc.contributor).toMatchObject({ '@type': 'Person', name: 'Maria Reporter' });
    expect(doc.image.creator).toMatchObject({ '@type': 'Person', name: 'Iryna Photographer' });
    expect(doc.author).toEqual([expect.objectContaining({ name: 'Olena Byline' })]);
  });

  it('RSS and Atom carry the update time', async () => {
    const parser = new Parser<object, { 'atom:updated'?: string; updated?: string }>({
      customFields: { item: ['atom:updated', 'updated'] },
    });
    const rss = await getText(app.url, P.rss);
    expectNoLeak(rss.text);
    const rssItem = (await parser.parseString(rss.text)).items.find(
      (i) => i.title === 'Allies meet in Brussels'
    );
    expect(rssItem?.['atom:updated']).toBe(corrected);
    const atom = await getText(app.url, P.atom);
    const entry = (await parser.parseString(atom.text)).items.find(
      (i) => i.title === 'Allies meet in Brussels'
    );
    expect(entry?.updated).toBe(corrected);
  });

  it('refuses a correction without a date or with an unknown kind, naming the field', async () => {
    const api = http(app.url, app.token);
    const noDate = await api.post('/api/newsroom/articles', {
      data: { title: 'Bad correction', corrections: [{ kind: 'update', note: 'x' }] },
    });
    expect(noDate.status).toBe(400);
    expect(JSON.stringify(noDate.body.error)).toContain('date');
    const badKind = await api.post('/api/newsroom/articles', {
      data: {
        title: 'Bad kind',
        corrections: [{ date: new Date().toISOString(), kind: 'retraction' }],
      },
    });
    expect(badKind.status).toBe(400);
    expect(JSON.stringify(badKind.body.error)).toContain('kind');
    const count = await app.strapi.db.query(UID.article).count({
      where: { title: { $in: ['Bad correction', 'Bad kind'] } },
    });
    expect(count).toBe(0);
  });
});
