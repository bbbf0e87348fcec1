import { loadBbc } from '../../bench/corpus';
import { decompose, decomposeAsync, decomposeSteps } from '../../server/src/engine/latent';
import { RelatedIndex } from '../../server/src/engine/related-index';

describe('randomized SVD in chunks', () => {
  const index = new RelatedIndex({ latentDimensions: 0 });
  index.build(
    loadBbc()
      .slice(0, 2500)
      .map((story, i) => ({
        id: String(i),
        locale: 'en',
        title: story.title,
        body: story.paragraphs.join('\n'),
      }))
  );
  const rows = [...index.ids()].map((id) => index.get(id)!.vector);

  it('yields to its driver between blocks of rows', () => {
    const steps = decomposeSteps(rows, index.terms.size, 20);
    let yields = 0;
    while (!steps.next().done) yields += 1;
    // 2 500 rows in blocks of 2 000: at least one yield inside each of the 6 passes
    expect(yields).toBeGreaterThanOrEqual(6);
  });

  it('reports rows done as a count that only grows, up to the number of rows', () => {
    const done = [...decomposeSteps(rows, index.terms.size, 20)];
    expect(done.every((value, i) => i === 0 || value >= done[i - 1])).toBe(true);
    expect(done[0]).toBeGreaterThan(0);
    expect(done[done.length - 1]).toBe(rows.length);
  });

  it('gives exactly the synchronous result when driven asynchronously', async () => {
    const sync = decompose(rows, index.terms.size, 20);
    let turns = 0;
    const counter = setInterval(() => (turns += 1), 0);
    const chunked = await decomposeAsync(rows, index.terms.size, 20);
    clearInterval(counter);
    expect(chunked.dimensions).toBe(20);
    expect(chunked.basis).toEqual(sync.basis);
    expect(turns).toBeGreaterThan(0);
  });

  it('builds the same index through the async build as through the sync one', async () => {
    const stories = loadBbc()
      .slice(0, 400)
      .map((story, i) => ({
        id: String(i),
        locale: 'en',
        title: story.title,
        body: story.paragraphs.join('\n'),
      }));
    const a = new RelatedIndex();
    a.build(stories);
    const b = new RelatedIndex();
    await b.buildAsync(stories);
    expect(b.latentOf('en')!.basis).toEqual(a.latentOf('en')!.basis);
    expect(b.suggest('7')).toEqual(a.suggest('7'));
  });
});
