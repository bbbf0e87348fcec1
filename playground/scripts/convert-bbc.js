#!/usr/bin/env node
/**
 * Converts the BBC News corpus ({ id, category, title, paragraphs }) to the plugin's import
 * format, one story a line:
 *
 *   node scripts/convert-bbc.js data/bbc-news-2095.jsonl > bbc.ndjson
 *
 * - externalId: "bbc/<id>"; title as is; lead: the first paragraph; body: the others,
 *   separated by blank lines; section: the category, capitalised; source: "BBC News".
 *   A first paragraph longer than a lead may be (1,000 characters) stays in the body and
 *   the story has no lead: nothing is cut.
 * - publishedAt: the corpus has no dates. Stories are spread two hours apart going back
 *   from --until (default: now), in an order mixed by a hash of the id so that sections
 *   interleave, as on a real front page. The dates are synthetic.
 * - HTML character references in the corpus ("&#163;1.8m") are decoded ("£1.8m").
 * - no tags, no authors (the corpus has none).
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { decodeHTML } = require('entities');

const HOURS_APART = 2;
const LEAD_MAX_LENGTH = 1000;

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const mix = (id) => createHash('sha1').update(id).digest('hex');

/** BBC corpus lines (strings) to import records, newest first. */
const convertBbc = (lines, { until = new Date() } = {}) => {
  const stories = lines
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .map((story) => ({
      ...story,
      title: decodeHTML(story.title),
      paragraphs: story.paragraphs.map((paragraph) => decodeHTML(paragraph)),
    }))
    .sort((a, b) => (mix(a.id) < mix(b.id) ? -1 : 1));
  return stories.map((story, index) => {
    const [first = null, ...rest] = story.paragraphs;
    const hasLead = first !== null && first.length <= LEAD_MAX_LENGTH;
    return {
      externalId: `bbc/${story.id}`,
      title: story.title,
      lead: hasLead ? first : null,
      body: (hasLead ? rest : story.paragraphs).join('\n\n'),
      section: capitalise(story.category),
      source: 'BBC News',
      publishedAt: new Date(until.getTime() - index * HOURS_APART * 3600 * 1000).toISOString(),
      locale: 'en',
    };
  });
};

module.exports = { convertBbc };

if (require.main === module) {
  const [input, ...flags] = process.argv.slice(2);
  if (!input) {
    console.error('usage: node scripts/convert-bbc.js <bbc-news.jsonl> [--until=ISO-date]');
    process.exit(2);
  }
  const untilFlag = flags.find((flag) => flag.startsWith('--until='));
  const until = untilFlag ? new Date(untilFlag.slice('--until='.length)) : new Date();
  const lines = fs.readFileSync(input, 'utf8').split('\n');
  for (const record of convertBbc(lines, { until })) {
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}
