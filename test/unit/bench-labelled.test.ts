import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadLabelled } from '../../bench/labelled';

describe('labelled news sets for the multilingual benchmark', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a folder of tab-separated files as SIB-200 ships them, short rows included', () => {
    writeFileSync(
      path.join(folder, 'train.tsv'),
      'index_id\tcategory\ttext\n7\tsports\tЗбірна виграла матч.\n9\ttravel\tКиїв чекає туристів.\n'
    );
    writeFileSync(
      path.join(folder, 'dev.tsv'),
      'index_id\tcategory\ttext\n3\thealth\tЛікарі радять спати.\n'
    );
    const stories = loadLabelled(folder, 'uk', 10);
    expect(stories.map((s) => [s.id, s.label, s.title])).toEqual([
      ['uk-3', 'health', 'Лікарі радять спати.'],
      ['uk-7', 'sports', 'Збірна виграла матч.'],
      ['uk-9', 'travel', 'Київ чекає туристів.'],
    ]);
    expect(stories.every((s) => s.locale === 'uk')).toBe(true);
  });

  it('still drops JSON posts too short to be a story', () => {
    const long = 'Уряд ухвалив бюджет. '.repeat(8);
    writeFileSync(
      path.join(folder, 'posts.jsonl'),
      [
        { id: 1, category: 'politics', text: long },
        { id: 2, category: 'politics', text: 'Фото дня' },
      ]
        .map((post) => JSON.stringify(post))
        .join('\n')
    );
    expect(loadLabelled(folder, 'uk', 10).map((s) => s.id)).toEqual(['uk-1']);
  });
});
