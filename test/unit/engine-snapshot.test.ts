import { RelatedIndex } from '../../server/src/engine/related-index';
import {
  exportHeader,
  exportStories,
  exportStory,
  type IndexHeader,
  indexFingerprint,
  restoreHeader,
  restoreStory,
  type StoryRecord,
} from '../../server/src/engine/snapshot';
import type { StoryInput } from '../../server/src/engine/types';
import { bbcStories } from '../helpers/bbc-stories';

/** 300 BBC stories (enough for a latent space), as the engine sees them. */
const corpus: StoryInput[] = bbcStories(300);

/** Through JSON, as a database row would carry it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const restore = (
  options: ConstructorParameters<typeof RelatedIndex>[0],
  header: IndexHeader,
  records: StoryRecord[]
) => {
  const index = new RelatedIndex(options);
  restoreHeader(index, viaJson(header));
  for (const record of viaJson(records)) restoreStory(index, record);
  return index;
};

describe('index snapshot (plain data for the database)', () => {
  const built = new RelatedIndex();
  built.build(corpus);

  it('restores an index that gives the same suggestions, scores and reasons', () => {
    const copy = restore({}, exportHeader(built, 'f'), [...exportStories(built)]);
    expect(copy.size).toBe(built.size);
    expect(copy.latentOf('en')?.dimensions).toBe(40);
    for (const { id } of corpus.slice(0, 60)) {
      expect(copy.suggest(id, { limit: 10 })).toEqual(built.suggest(id, { limit: 10 }));
    }
    const draft = { id: 'draft', locale: 'en', title: corpus[3].title, body: corpus[5].body };
    expect(copy.suggestFor(draft)).toEqual(built.suggestFor(draft));
  });

  it('carries stories added after the build, with forms of new terms, and removals', () => {
    const live = new RelatedIndex();
    live.build(corpus);
    const header = exportHeader(live, 'f');
    live.upsert({
      id: 'new',
      locale: 'en',
      title: 'Zorbulator championship in Quuxville',
      body: corpus[10].body,
      publishedAt: Date.UTC(2024, 6, 1),
    });
    live.remove('bbc-20');
    const records = [...exportStories(live)].map((r) =>
      r.id === 'new' ? exportStory(live, 'new', { knownTerms: header.terms.keys.length })! : r
    );
    expect(records.find((r) => r.id === 'new')!.forms).toMatchObject({ quuxvill: 'quuxville' });
    const copy = restore({}, header, records);
    expect(copy.has('bbc-20')).toBe(false);
    expect(copy.suggest('new')).toEqual(live.suggest('new'));
    expect(copy.suggest('bbc-10')).toEqual(live.suggest('bbc-10'));
  });

  it('projects a story saved without its latent vector into the loaded space', () => {
    const records = [...exportStories(built)];
    records[0] = exportStory(built, records[0].id, { withLatent: false })!;
    expect(records[0].latent).toBeNull();
    const copy = restore({}, exportHeader(built, 'f'), records);
    expect(copy.get(records[0].id)!.latent).toEqual(built.get(records[0].id)!.latent);
  });

  it('fingerprints the options the saved index depends on', () => {
    const base = new RelatedIndex().options;
    expect(indexFingerprint(base)).toBe(indexFingerprint({ ...base }));
    expect(indexFingerprint(base)).not.toBe(indexFingerprint({ ...base, termsPerStory: 32 }));
    expect(indexFingerprint(base)).not.toBe(
      indexFingerprint({ ...base, languages: { 'en-GB': 'en' } })
    );
    expect(indexFingerprint(base, { stored: 20 })).not.toBe(indexFingerprint(base, { stored: 30 }));
  });
});
