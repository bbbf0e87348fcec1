import fs from 'node:fs';
import path from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { UID } from '../../shared/contracts/uids';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * GET /articles/:documentId/ninjs over HTTP: the seeded UNIAN story as IPTC ninjs 3.1, valid
 * against IPTC's published JSON Schema (test/fixtures/ninjs), for anyone (the Public role is
 * granted the action). A draft, an unknown story and an unpublished edit give nothing away.
 */
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';
const schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'ninjs', 'ninjs-schema_3.1.json'), 'utf8')
) as Record<string, unknown>;

type Ninjs = Record<string, unknown> & {
  uri: string;
  headlines: Array<{ value: string }>;
  bodies: Array<{ contentType: string; value: string }>;
  descriptions: Array<{ value: string }>;
  associations: Array<{ rel: string; uri: string; headlines?: Array<{ value: string }> }>;
  subjects: Array<{ name: string }>;
  people: Array<{ name: string; rel: string }>;
};

describe('ninjs', () => {
  let app: TestApp;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The schema's one external reference: GeoJSON, for a place's `geometry`, which the newsroom
  // never writes (a test asserts it is absent). A stand-in keeps the test offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const validate = ajv.compile(schema);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    const story = (await http(app.url).get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body
      .data as { documentId: string };
    ids.unian = story.documentId;
    const docs = app.strapi.documents(UID.article as never);
    const draft = (await docs.create({ data: { title: 'Draft only story' } } as never)) as {
      documentId: string;
    };
    ids.draft = draft.documentId;
    const author = (await app.strapi.documents(UID.author as never).create({
      data: { name: 'Unpublished Helper', email: 'helper@private.test' },
    } as never)) as { documentId: string };
    const edited = (await docs.create({
      data: { title: 'Published headline', lead: 'Published lead.' },
      status: 'published',
    } as never)) as { documentId: string };
    ids.edited = edited.documentId;
    await docs.update({
      documentId: ids.edited,
      data: {
        title: 'SECRET draft headline',
        contributors: [{ role: 'editor', author: author.documentId }],
      },
    } as never);
  });
  afterAll(() => app?.stop());

  it('answers the UNIAN story as ninjs 3.1 that validates against the IPTC schema', async () => {
    const reply = await http(app.url).get(P.ninjs(ids.unian));
    expect(reply.status).toBe(200);
    const doc = reply.body as Ninjs;
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(doc.uri).toBe(`urn:newsroom:article:${ids.unian}:en`);
    expect(doc.headlines[0].value).toBe(
      'All allies agree that Ukraine will become a member of NATO'
    );
    expect(doc.descriptions[0].value).toBe(
      'NATO assures that they will be on Ukraine’s side as long as necessary.'
    );
    const html = doc.bodies.find((b) => b.contentType === 'text/html');
    const text = doc.bodies.find((b) => b.contentType === 'text/plain');
    expect(html?.value).toMatch(/^<p>All member countries of the North Atlantic/);
    expect(text?.value).toMatch(/^All member countries of the North Atlantic/);
    expect(doc.subjects).toContainEqual(
      expect.objectContaining({ name: 'Ukraine – NATO', rel: 'about' })
    );
    expect(doc.subjects).toContainEqual({ name: 'Politics', rel: 'section' });
    expect(doc.language).toBe('en');
    expect(doc.infoSources).toEqual([{ name: 'UNIAN', role: 'source' }]);
    expect(doc.located).toBe('Brussels');
    expect(doc.copyrightHolder).toBe('Newsroom Demo');
    expect(doc.firstCreated).toEqual(expect.any(String));
    expect(doc.versionCreated).toEqual(expect.any(String));
    expect(doc).not.toHaveProperty('embargoedUntil');
    expect(JSON.stringify(doc)).not.toContain('"geometry"');
  });

  it('lists the story links as associations, "Read also" first', async () => {
    const doc = (await http(app.url).get(P.ninjs(ids.unian))).body as Ninjs;
    expect(doc.associations.length).toBeGreaterThan(0);
    const kinds = doc.associations.map((a) => a.rel);
    const firstOther = kinds.findIndex((k) => k !== 'read-also');
    if (firstOther >= 0) expect(kinds.slice(firstOther)).not.toContain('read-also');
    expect(kinds[0]).toBe('read-also');
    for (const association of doc.associations) expect(association.uri).toMatch(/^(urn|https?):/);
  });

  it('answers 404 for a draft and an unknown story, and only the published version of an edit', async () => {
    const api = http(app.url);
    expect((await api.get(P.ninjs(ids.draft))).status).toBe(404);
    expect((await api.get(P.ninjs('nosuchdocument'))).status).toBe(404);
    expect((await api.get(`${P.ninjs(ids.unian)}?locale=uk`)).status).toBe(404);
    const asDraft = await api.get(`${P.ninjs(ids.edited)}?status=draft`);
    expect(asDraft.status).toBe(400);
    expect(JSON.stringify(asDraft.body)).not.toContain('SECRET');
    const edited = await api.get(P.ninjs(ids.edited));
    expect(edited.status).toBe(200);
    expect(validate(edited.body)).toBe(true);
    const text = JSON.stringify(edited.body);
    expect(edited.body.headlines[0].value).toBe('Published headline');
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('Unpublished Helper');
    expect(text).not.toContain('@private.test');
  });

  it('GraphQL answers the same document, and null for a draft', async () => {
    const ask = async (documentId: string) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!) { newsroomArticleNinjs(documentId: $id) }',
          variables: { id: documentId },
        }),
      });
      return (await response.json()) as { data?: { newsroomArticleNinjs: unknown } };
    };
    const rest = (await http(app.url).get(P.ninjs(ids.unian))).body;
    expect((await ask(ids.unian)).data?.newsroomArticleNinjs).toEqual(rest);
    expect((await ask(ids.draft)).data?.newsroomArticleNinjs).toBeNull();
    expect(JSON.stringify(await ask(ids.edited))).not.toContain('SECRET');
  });

  it('refuses an unknown query parameter, naming it', async () => {
    const reply = await http(app.url).get(`${P.ninjs(ids.unian)}?populate=*`);
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body.error)).toContain('populate');
  });
});
