import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

const ARTICLE = 'plugin::newsroom.article';

type Report = {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: unknown[];
};

/**
 * Seeds the demo newsroom on first start, through the plugin's own importer:
 * the UNIAN story with its "Read also" links, then the BBC corpus.
 * NEWSROOM_DEMO_CONTENT=all (default) | unian | none.
 */
export const seedDemoContent = async (strapi: Core.Strapi) => {
  const scope = process.env.NEWSROOM_DEMO_CONTENT || 'all';
  if (scope === 'none') return;
  const root = strapi.dirs.app.root;
  const data = (file: string) => path.join(root, 'data', file);
  const importer = strapi.plugin('newsroom').service('importer');
  const log = (report: Report, what: string) =>
    strapi.log.info(
      `[newsroom demo] ${what}: ${report.created} created, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.failed} failed`
    );

  log(await importer.importFile(data('unian-nato.ndjson')), 'UNIAN story');
  log(await importer.importFile(data('unian-nato.uk.ndjson')), 'UNIAN story (uk)');
  const extras = JSON.parse(fs.readFileSync(data('unian-nato.extras.json'), 'utf8'));
  for (const [externalId, fields] of Object.entries(extras)) {
    const story = await strapi.db.query(ARTICLE).findOne({
      where: { externalId, locale: 'en', publishedAt: null },
      select: ['documentId', 'coverCredit'],
    });
    if (story && !story.coverCredit) {
      await strapi.documents(ARTICLE).update({
        documentId: story.documentId,
        locale: 'en',
        data: fields,
        status: 'published',
      } as never);
    }
  }

  if (scope !== 'all') return;
  const bbcSeeded = await strapi.db
    .query(ARTICLE)
    .count({ where: { externalId: { $startsWith: 'bbc/' } } });
  if (bbcSeeded > 0) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { convertBbc } = require(path.join(root, 'scripts', 'convert-bbc.js'));
  const lines = fs.readFileSync(data('bbc-news-2095.jsonl'), 'utf8').split('\n');
  const records: unknown[] = convertBbc(lines, { until: new Date() });
  let shown = 0;
  const report = await importer.importLines(
    records.map((record) => JSON.stringify(record)),
    {
      totalLines: records.length,
      onProgress: (p: { line: number }) => {
        if (p.line - shown >= 250 || p.line === records.length) {
          shown = p.line;
          strapi.log.info(`[newsroom demo] importing BBC stories: ${p.line}/${records.length}`);
        }
      },
    }
  );
  log(report, 'BBC corpus');
};
