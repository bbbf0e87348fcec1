import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A story of Reuters-21578 as a newsroom would import it: the headline, the first paragraph as
 * the lead, the rest as the body (paragraphs kept apart), the date, and the TOPICS labels.
 */
export type ReutersStory = {
  id: string;
  title: string;
  lead: string;
  paragraphs: string[];
  publishedAt: number | null;
  topics: string[];
  /** The story's side of the ModApte split (`LEWISSPLIT`): TRAIN, TEST or NOT-USED. */
  split: string;
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** SGML entities; the control characters (`&#2;`, `&#3;`, …) the wire service put in go. */
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) =>
      Number(code) < 32 ? '' : String.fromCharCode(+code)
    )
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]);

const element = (record: string, name: string) =>
  record.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';

/** "26-FEB-1987 15:01:01.79" → a timestamp. */
const dateOf = (value: string) => {
  const found = value.trim().match(/^(\d+)-([A-Z]{3})-(\d{4}) (\d\d:\d\d:\d\d)/i);
  const time = found ? Date.parse(`${found[1]} ${found[2]} ${found[3]} ${found[4]} UTC`) : NaN;
  return Number.isNaN(time) ? null : time;
};

/** Paragraphs start with an indented line; lines inside one are wrapped at ~70 columns. */
const paragraphsOf = (body: string) =>
  decode(body)
    .replace(/\s*\bReuter\s*$/, '')
    .split(/\n\s{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');

const toStory = (record: string): ReutersStory | null => {
  const id = record.match(/NEWID="(\d+)"/)?.[1];
  const topics = [...element(record, 'TOPICS').matchAll(/<D>([^<]*)<\/D>/g)].map((m) => m[1]);
  const paragraphs = paragraphsOf(element(record, 'BODY'));
  const title = decode(element(record, 'TITLE')).replace(/\s+/g, ' ').trim();
  if (!id || topics.length === 0 || paragraphs.length === 0 || !title) return null;
  const [lead, ...rest] = paragraphs;
  return {
    id: `reuters-${id}`,
    title,
    lead,
    paragraphs: rest,
    publishedAt: dateOf(element(record, 'DATE')),
    topics,
    split: record.match(/LEWISSPLIT="([^"]*)"/)?.[1] ?? '',
  };
};

/**
 * The stories of Reuters-21578 (the `reut2-0NN.sgm` files of `folder`) that have at least one
 * TOPICS label, a headline and a body: the stories the ModApte split keeps, train and test alike.
 */
export const loadReuters = (folder: string): ReutersStory[] =>
  readdirSync(folder)
    .filter((name) => /^reut2-\d{3}\.sgm$/.test(name))
    .sort()
    // one file has a byte that is not UTF-8; the collection is ASCII otherwise
    .flatMap((name) => readFileSync(path.join(folder, name), 'latin1').split('</REUTERS>'))
    .map(toStory)
    .filter((story): story is ReutersStory => story !== null);
