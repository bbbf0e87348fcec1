/**
 * Seeds the topology benchmark's database with a generated archive (bench/generate.ts) of
 * `count` published stories, by direct inserts through Strapi's query layer (a draft row and a
 * published row per story, as the Document Service keeps them), without the Document Service:
 * no write rules run, which a seed of generated stories does not need, and the index is built
 * by the indexer started next. Run by bench/topology.ts in its own process:
 * `node --import tsx bench/topology-seed.ts <count>` with the database's environment.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { createStrapi } from '@strapi/strapi';

import { loadBbc } from './corpus';
import { generateStories } from './generate';

const ARTICLE = 'plugin::newsroom.article';
const BATCH = 500;
const appDir = path.join(__dirname, '..', 'playground');

const documentId = () =>
  Array.from(randomBytes(24), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
const blocks = (body: string) =>
  body.split('\n\n').map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const main = async () => {
  const count = Number(process.argv[2] ?? 20_000);
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const started = Date.now();
  const query = strapi.db.query(ARTICLE);
  let batch: Array<Record<string, unknown>> = [];
  const flush = async () => {
    if (batch.length > 0) await query.createMany({ data: batch });
    batch = [];
  };
  for (const story of generateStories(loadBbc(), count)) {
    const date = new Date(story.publishedAt);
    const row = {
      documentId: documentId(),
      title: story.title,
      slug: `${story.id}`,
      lead: story.lead,
      body: blocks(story.body),
      section: story.category,
      externalId: `bench/${story.id}`,
      datePublished: date,
      locale: 'en',
      createdAt: date,
      updatedAt: date,
    };
    batch.push({ ...row, publishedAt: null }, { ...row, publishedAt: date });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const seconds = (Date.now() - started) / 1000;
  await strapi.destroy();
  console.log(JSON.stringify({ stories: count, seconds }));
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
