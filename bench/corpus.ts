import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The BBC corpus as shipped with the playground: { id, category, title, paragraphs }. */
export type BbcStory = { id: string; category: string; title: string; paragraphs: string[] };

export const BBC_FILE = path.join(__dirname, '..', 'playground', 'data', 'bbc-news-2095.jsonl');

export const loadBbc = (file = BBC_FILE): BbcStory[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
