import { analyzerFor } from '../../server/src/engine/analysis';
import { findAnchors, namesMentioned } from '../../server/src/engine/anchors';
import { bodyPhrases } from '../../server/src/engine/phrases';

const en = analyzerFor('en');
const paragraphs = (...texts: string[]) => texts.map((text) => ({ text }));

/** Every anchor's offsets hold its text in its block. */
const consistent = (blocks: Array<{ text: string }>, anchors: ReturnType<typeof findAnchors>) =>
  anchors.every((a) => blocks[a.block].text.slice(a.start, a.end) === a.text);

describe('in-text anchors', () => {
  const body = paragraphs(
    'Allies met at the NATO headquarters in Brussels on Tuesday.',
    'At the July summit in Vilnius, NATO’s leaders removed the Action Plan. Jens Stoltenberg spoke.',
    'The Ukraine – NATO Council met later.'
  );

  it('anchors a headline key phrase, matched on stems and in any order', () => {
    const anchors = findAnchors(
      body,
      [{ id: 'summit', title: 'Vilnius summits: what NATO decided', score: 0.5 }],
      en
    );
    expect(anchors).toEqual([
      expect.objectContaining({
        id: 'summit',
        block: 1,
        text: 'summit in Vilnius',
        start: 12,
        end: 29,
        kind: 'headline',
      }),
    ]);
    expect(consistent(body, anchors)).toBe(true);
  });

  it('gives each story one anchor, never overlapping, best story first', () => {
    const anchors = findAnchors(
      body,
      [
        { id: 'hq', title: 'Zelensky arrived at the NATO headquarters in Brussels', score: 0.9 },
        { id: 'brussels', title: 'Brussels headquarters', score: 0.4 },
        { id: 'grain', title: 'Grain corridor: ships leave Odesa', score: 0.8 },
      ],
      en
    );
    expect(anchors.map((a) => [a.id, a.text])).toEqual([['hq', 'NATO headquarters in Brussels']]);
  });

  it('anchors a running story by its name, in another form of it', () => {
    const anchors = findAnchors(
      body,
      [{ id: 'latest', title: 'Kyiv talks', score: 0.3, runningStories: ['Ukraine – NATO'] }],
      en
    );
    expect(anchors).toEqual([
      expect.objectContaining({ text: 'Ukraine – NATO', block: 2, kind: 'running-story' }),
    ]);
    expect(namesMentioned(body, ['Ukraine – NATO', 'Grain deal'], en)).toEqual(['Ukraine – NATO']);
  });

  it('anchors a capitalised name both stories mention', () => {
    const anchors = findAnchors(
      body,
      [
        {
          id: 'kyiv',
          title: 'A visit to Kyiv',
          lead: 'Jens Stoltenberg met Zelensky.',
          score: 0.3,
        },
      ],
      en
    );
    expect(anchors).toEqual([
      expect.objectContaining({ text: 'Jens Stoltenberg', block: 1, kind: 'name' }),
    ]);
  });

  it('never anchors inside or across a link, across list items, or with a common word alone', () => {
    const linked = [
      {
        text: 'See the NATO headquarters in Brussels today.',
        linked: [[8, 12]] as [number, number][],
      },
      { text: 'NATOheadquarters', breaks: [4] },
    ];
    const anchors = findAnchors(
      linked,
      [
        { id: 'hq', title: 'NATO headquarters in Brussels', score: 0.9 },
        {
          id: 'rights',
          title: 'Russia was not elected a permanent member of the UN Council',
          score: 1,
        },
      ],
      en
    );
    expect(anchors.map((a) => a.text)).toEqual(['headquarters in Brussels']);
    expect(
      findAnchors(
        paragraphs('He is a member.'),
        [
          {
            id: 'r',
            title: 'Russia was not elected a permanent member of the UN Council',
            score: 1,
          },
        ],
        en
      )
    ).toEqual([]);
  });

  it('matches Ukrainian forms on stems', () => {
    const uk = analyzerFor('uk');
    const anchors = findAnchors(
      paragraphs('Про це говорили на саміті НАТО у Вільнюсі.'),
      [{ id: 's', title: 'Саміт НАТО у Вільнюсі', score: 0.5 }],
      uk
    );
    expect(anchors.map((a) => a.text)).toEqual(['саміті НАТО у Вільнюсі']);
  });

  it('ends an anchor before a possessive and keeps words within a clause', () => {
    const phrases = bodyPhrases(paragraphs('NATO’s summit. Vilnius, Kyiv'), en).map((p) => p.text);
    expect(phrases).toEqual(['NATO', 'NATO’s summit', 'summit', 'Vilnius', 'Kyiv']);
  });
});
