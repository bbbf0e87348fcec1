import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A story of a labelled news set, as the multilingual relevance benchmark reads it. */
export type LabelledStory = {
  id: string;
  locale: string;
  label: string;
  title: string;
  lead: string;
  body: string;
  publishedAt: number | null;
};

type Raw = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Headline: the first line (or sentence) of a post that has none; the rest is the body. */
const split = (text: string) => {
  const lines = text.split(/\n+/).filter((line) => line.trim() !== '');
  const [first = '', ...rest] = lines;
  return { title: first.slice(0, 200), lead: rest[0] ?? '', body: rest.slice(1).join('\n\n') };
};

/** Posts shorter than this are dropped (Telegram channels post photo captions and adverts). */
const MIN_POST = 120;

const toStory = (
  raw: Raw,
  locale: string,
  fallbackId: string,
  minLength: number
): LabelledStory | null => {
  const label = str(raw.category) || str(raw.label) || str(raw.topic);
  const text = str(raw.text) || str(raw.body) || str(raw.content);
  if (!label || text.length < minLength) return null;
  const parts = raw.title
    ? { title: str(raw.title), lead: '', body: text }
    : split(text.replace(/\*\*|__|\[|\]\([^)]*\)/g, ''));
  const date = Date.parse(str(raw.date) || str(raw.datetime) || str(raw.publishedAt));
  const id = String(raw.id ?? (raw.message_id ? `${raw.sender_id}-${raw.message_id}` : fallbackId));
  return { id: `${locale}-${id}`, locale, label, ...parts, publishedAt: date || null };
};

/** Rows of a tab-separated file under a header line; `index_id` (SIB-200's) names the id. */
const tsvRows = (text: string): Raw[] => {
  const [header = '', ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const names = header.split('\t').map((name) => (name === 'index_id' ? 'id' : name));
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
};

/** A file's records, and the shortest text kept: a TSV row is a curated item, kept whatever its length. */
const records = (name: string): Array<{ raw: Raw; minLength: number }> => {
  const text = readFileSync(name, 'utf8');
  if (name.endsWith('.tsv')) return tsvRows(text).map((raw) => ({ raw, minLength: 1 }));
  const raws = text.trimStart().startsWith('[')
    ? (JSON.parse(text) as Raw[])
    : text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Raw);
  return raws.map((raw) => ({ raw, minLength: MIN_POST }));
};

/**
 * A labelled news set: a JSON Lines file (`{ id?, title?, text, category | label | topic, date? }`
 * a line), a JSON file holding an array of such objects, a tab-separated file with a header
 * (`index_id`, `category`, `text`, as SIB-200 ships each language), or a folder of those (the
 * Telegram news posts set: one `<channel>_messages.json` a channel; SIB-200: `train.tsv`,
 * `dev.tsv`, `test.tsv`). `count` stories are taken at even steps through it, so every source is
 * represented.
 */
export const loadLabelled = (file: string, locale: string, count: number): LabelledStory[] => {
  const files = statSync(file).isDirectory()
    ? readdirSync(file)
        .filter((name) => /\.(jsonl?|tsv)$/.test(name))
        .sort()
        .map((name) => path.join(file, name))
    : [file];
  const stories = files
    .flatMap(records)
    .map(({ raw, minLength }, i) => toStory(raw, locale, String(i), minLength))
    .filter((story): story is LabelledStory => story !== null);
  const step = Math.max(1, stories.length / count);
  const seen = new Set<string>();
  const picked: LabelledStory[] = [];
  for (let i = 0; i < stories.length && picked.length < count; i += step) {
    const story = stories[Math.floor(i)];
    if (seen.has(story.id)) continue;
    seen.add(story.id);
    picked.push(story);
  }
  return picked;
};
