import { analyzerFor } from '../../server/src/engine/analysis';
import {
  findAnchors,
  LONE_WORD_SCORE,
  MIN_SCORE,
  NAME_ONLY_SCORE,
} from '../../server/src/engine/anchors';

const paragraphs = (...texts: string[]) => texts.map((text) => ({ text }));
const texts = (anchors: ReturnType<typeof findAnchors>) => anchors.map((a) => a.text);

/** Shares of stories per stem, as a locale of many stories would count them. */
const shares =
  (common: Record<string, number>) =>
  (stem: string): number =>
    common[stem] ?? 0.0005;

describe('anchors stay on topic', () => {
  const en = analyzerFor('en');
  const stem = (word: string) => en.stemOf(word.toLowerCase())!;

  it('refuses a phrase with a number in it, keeps the same words without one', () => {
    const target = [{ id: 'oil', title: 'Oil output to rise in pct terms', score: 1 }];
    expect(texts(findAnchors(paragraphs('Expect a rise of 18 pct.'), target, en))).toEqual([]);
    expect(texts(findAnchors(paragraphs('Expect oil output to rise.'), target, en))).toEqual([
      'oil output to rise',
    ]);
  });

  it('refuses a lone common word, keeps a lone rare one', () => {
    const target = [{ id: 't', title: 'Tariffs on steel', score: 1 }];
    const body = paragraphs('They talked about steel.');
    const common = shares({ [stem('steel')]: 0.04 });
    expect(texts(findAnchors(body, target, en, { share: common }))).toEqual([]);
    expect(texts(findAnchors(body, target, en, { share: shares({}) }))).toEqual(['steel']);
  });

  it('refuses a broad name unless the target is about it (its headline has it)', () => {
    const body = paragraphs('Officials of the United States met in Geneva.');
    const broad = shares({ [stem('United')]: 0.08, [stem('States')]: 0.1 });
    const mentions = [
      {
        id: 'wheat',
        title: 'Wheat prices fall',
        lead: 'The United States sold more wheat.',
        score: 1,
      },
    ];
    expect(texts(findAnchors(body, mentions, en, { share: broad }))).toEqual([]);
    expect(texts(findAnchors(body, mentions, en))).toEqual(['United States']);
    const about = [{ id: 'us', title: 'United States and the Geneva talks', score: 1 }];
    expect(texts(findAnchors(body, about, en, { share: broad }))).toEqual(['United States']);
  });

  it('anchors a story scored far below the best one only by a specific phrase', () => {
    const body = paragraphs('Coffee exports rose while the cocoa harvest ended in Bahia.');
    const coffee = { id: 'coffee', title: 'Coffee exports', score: 0.9 };
    const cocoa = { id: 'cocoa', title: 'Cocoa harvest', score: 0.8 };
    const common = shares({ [stem('cocoa')]: 0.01, [stem('harvest')]: 0.01 });
    expect(texts(findAnchors(body, [coffee, cocoa], en, { share: common }))).toEqual([
      'Coffee exports',
      'cocoa harvest',
    ]);
    const weak = { ...cocoa, score: 0.6 };
    expect(texts(findAnchors(body, [coffee, weak], en, { share: common }))).toEqual([
      'Coffee exports',
    ]);
    const specific = shares({ [stem('cocoa')]: 0.002, [stem('harvest')]: 0.002 });
    expect(texts(findAnchors(body, [coffee, weak], en, { share: specific }))).toEqual([
      'Coffee exports',
      'cocoa harvest',
    ]);
  });

  /** A locale of many stories: document shares given, so the score floors hold. */
  const many = { share: shares({}) };

  it('anchors no story the engine scores below MIN_SCORE, unless an editor tied it to the story', () => {
    const body = paragraphs('Ministers discussed the grain corridor on Monday.');
    const grain = { id: 'grain', title: 'Grain corridor reopens', score: MIN_SCORE - 0.05 };
    expect(texts(findAnchors(body, [grain], en, many))).toEqual([]);
    expect(texts(findAnchors(body, [{ ...grain, score: MIN_SCORE }], en, many))).toEqual([
      'grain corridor',
    ]);
    // a story the body links to ("Read also"), or a running story's newest story
    expect(texts(findAnchors(body, [{ ...grain, linked: true }], en, many))).toEqual([
      'grain corridor',
    ]);
    // on an archive too small for document shares, scores run low: no floor
    expect(texts(findAnchors(body, [{ ...grain, score: 0.18 }], en))).toEqual(['grain corridor']);
  });

  it('anchors by a single word only a story scored LONE_WORD_SCORE or more', () => {
    const body = paragraphs('They talked about steel.');
    const steel = { id: 't', title: 'Tariffs on steel', score: LONE_WORD_SCORE - 0.05 };
    expect(texts(findAnchors(body, [steel], en, many))).toEqual([]);
    expect(texts(findAnchors(body, [{ ...steel, score: LONE_WORD_SCORE }], en, many))).toEqual([
      'steel',
    ]);
    const ru = (score: number) =>
      texts(
        findAnchors(
          paragraphs('Об этом говорили в Вильнюсе.'),
          [{ id: 's', title: 'Встреча в Вильнюсе', score }],
          analyzerFor('ru'),
          many
        )
      );
    expect(ru(LONE_WORD_SCORE - 0.05)).toEqual([]);
    expect(ru(LONE_WORD_SCORE)).toEqual(['Вильнюсе']);
  });

  it('anchors by a name alone only a story scored NAME_ONLY_SCORE or more', () => {
    const body = paragraphs('Royal Dutch sold its stake in the refinery.');
    const earnings = { id: 'e', title: 'Royal Dutch earnings rise', score: NAME_ONLY_SCORE - 0.03 };
    expect(texts(findAnchors(body, [earnings], en, many))).toEqual([]);
    expect(texts(findAnchors(body, [{ ...earnings, score: NAME_ONLY_SCORE }], en, many))).toEqual([
      'Royal Dutch',
    ]);
    // a phrase that says what happened is not a name alone
    const sale = { id: 's', title: 'Refinery stake sold', score: NAME_ONLY_SCORE - 0.03 };
    expect(texts(findAnchors(body, [sale], en, many))).toEqual(['stake in the refinery']);
    const uk = (score: number) =>
      texts(
        findAnchors(
          paragraphs('Про це заявив Єнс Столтенберг у Брюсселі.'),
          [{ id: 'v', title: 'Єнс Столтенберг прибув до Києва', score }],
          analyzerFor('uk'),
          many
        )
      );
    expect(uk(NAME_ONLY_SCORE - 0.03)).toEqual([]);
    expect(uk(NAME_ONLY_SCORE)).toEqual(['Єнс Столтенберг']);
  });

  it('anchors Russian and Ukrainian headline phrases in other forms of their words', () => {
    const ru = findAnchors(
      paragraphs('Об этом говорили на саммите НАТО в Вильнюсе.'),
      [{ id: 's', title: 'Саммит НАТО в Вильнюсе', score: 0.5 }],
      analyzerFor('ru')
    );
    expect(texts(ru)).toEqual(['саммите НАТО в Вильнюсе']);
    const uk = findAnchors(
      paragraphs('Прем’єр розповів про вступ України до НАТО.'),
      [{ id: 'n', title: 'Вступ України до НАТО', score: 0.5 }],
      analyzerFor('uk')
    );
    expect(texts(uk)).toEqual(['вступ України до НАТО']);
  });
});
