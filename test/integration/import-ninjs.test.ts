import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * The importer reads ninjs (a JSON array, or one object a line), detected by content: the
 * ninjs route's own answer for the seeded UNIAN story, imported under another externalId,
 * gives the same story (headline, lead, body, tags, byline, section, source, date, and its
 * "Read also" links to the same stories).
 */
const POPULATE =
  'populate[tags]=true&populate[authors]=true&populate[relatedNews][populate][target]=true';

type Story = {
  documentId: string;
  title: string;
  lead: string;
  body: unknown;
  section: string;
  source: string;
  datePublished: string;
  tags: Array<{ name: string }>;
  authors: Array<{ name: string }>;
  relatedNews: Array<{ kind: string; target: { documentId: string } | null }>;
};

describe('Importing ninjs', () => {
  let app: TestApp;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ninjs-'));
  const importer = () => app.strapi.plugin('newsroom').service('importer');
  const byExternalId = async (externalId: string) =>
    (
      await http(app.url).get(
        `/api/newsroom/articles?filters[externalId][$eq]=${encodeURIComponent(externalId)}&${POPULATE}`
      )
    ).body.data[0] as Story | undefined;
  const shape = (story: Story) => ({
    title: story.title,
    lead: story.lead,
    body: story.body,
    section: story.section,
    source: story.source,
    datePublished: story.datePublished,
    tags: story.tags.map((t) => t.name).sort(),
    authors: story.authors.map((a) => a.name),
    readAlso: story.relatedNews
      .filter((link) => link.kind === 'read-also')
      .map((link) => link.target?.documentId),
  });

  let original: Story;
  let ninjs: Record<string, unknown> & { altIds: Array<{ role: string; value: string }> };

  beforeAll(async () => {
    app = await startApp();
    original = (await byExternalId('unian/all-allies-agree-ukraine-will-become-nato-member'))!;
    const reply = await http(app.url).get(P.ninjs(original.documentId));
    expect(reply.status).toBe(200);
    ninjs = reply.body;
  });
  afterAll(() => app?.stop());

  const withId = (externalId: string) => ({
    ...ninjs,
    altIds: ninjs.altIds.map((id) =>
      id.role === 'externalId' ? { ...id, value: externalId } : id
    ),
  });

  it('imports a JSON array of the route’s output as the same story', async () => {
    const file = path.join(dir, 'stories.json');
    writeFileSync(file, JSON.stringify([withId('copy/array')], null, 2));
    const report = await importer().importFile(file);
    expect({ format: report.format, created: report.created, errors: report.errors }).toEqual({
      format: 'ninjs',
      created: 1,
      errors: [],
    });
    const copy = (await byExternalId('copy/array'))!;
    expect(copy.documentId).not.toBe(original.documentId);
    expect(shape(copy)).toEqual(shape(original));
    expect(shape(original).readAlso.length).toBeGreaterThan(0);
    expect(shape(original).tags).toContain('Ukraine – NATO');
  });

  it('imports ninjs one object a line, and names the line of a bad one', async () => {
    const file = path.join(dir, 'stories.ndjson');
    const bad = { uri: 'urn:example:no-headline', headlines: [] };
    writeFileSync(file, `${JSON.stringify(withId('copy/lines'))}\n${JSON.stringify(bad)}\n`);
    const report = await importer().importFile(file);
    expect(report.format).toBe('ninjs');
    expect(report.created).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('headlines') }),
    ]);
    expect(shape((await byExternalId('copy/lines'))!)).toEqual(shape(original));
  });

  it('still reads the plugin’s own NDJSON as NDJSON', async () => {
    const file = path.join(dir, 'plain.ndjson');
    writeFileSync(file, `${JSON.stringify({ externalId: 'plain/1', title: 'Plain record' })}\n`);
    const report = await importer().importFile(file);
    expect({ format: report.format, created: report.created }).toEqual({
      format: 'ndjson',
      created: 1,
    });
  });
});
