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

const toStory = (raw: Raw, locale: string, fallbackId: string): LabelledStory | null => {
  const label = str(raw.category) || str(raw.label) || str(raw.topic);
  const text = str(raw.text) || str(raw.body) || str(raw.content);
  if (!label || text.length < 120) return null;
  const parts = raw.title
    ? { title: str(raw.title), lead: '', body: text }
    : split(text.replace(/\*\*|__|\[|\]\([^)]*\)/g, ''));
  const date = Date.parse(str(raw.date) || str(raw.datetime) || str(raw.publishedAt));
  const id = String(raw.id ?? (raw.message_id ? `${raw.sender_id}-${raw.message_id}` : fallbackId));
  return { id: `${locale}-${id}`, locale, label, ...parts, publishedAt: date || null };
};

/**
 * A labelled news set: a JSON Lines file (`{ id?, title?, text, category | label | topic, date? }`
 * a line), a JSON file holding an array of such objects, or a folder of those (as the Telegram
 * news posts set ships: one `<channel>_messages.json` a channel). `count` stories are taken at
 * even steps through it, so every source is represented.
 */
export const loadLabelled = (file: string, locale: string, count: number): LabelledStory[] => {
  const files = statSync(file).isDirectory()
    ? readdirSync(file)
        .filter((name) => /\.jsonl?$/.test(name))
        .sort()
        .map((name) => path.join(file, name))
    : [file];
  const raws: Raw[] = files.flatMap((name) => {
    const text = readFileSync(name, 'utf8');
    return text.trimStart().startsWith('[')
      ? (JSON.parse(text) as Raw[])
      : text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Raw);
  });
  const stories = raws
    .map((raw, i) => toStory(raw, locale, String(i)))
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
