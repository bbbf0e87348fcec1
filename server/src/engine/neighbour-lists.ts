import { closeness, pairScore, pairTarget } from './pair-score';
import { rank, type RankProfile } from './ranking';
import type { RelatedIndex } from './related-index';

/** A story's related list: [story id, score], best first. */
export type ListEntry = [id: string, score: number];

/** What a write changed: the lists to store again (null: the story's list is gone). */
export type ListChanges = Map<string, ListEntry[] | null>;

/**
 * Every story's list of its best related stories, kept up to date as stories are written
 * instead of ranking each neighbour again: a reverse map (story → the lists holding it) finds
 * the lists a story leaves, and the profile kept from ranking each story (`RankProfile`) scores
 * a written story for a neighbour in microseconds (`pairScore`). Lists are computed on demand
 * (`compute`) or adopted from storage (`adopt`); stories without one are left to be computed
 * when asked for.
 */
export class NeighbourLists {
  private lists = new Map<string, ListEntry[]>();
  private holders = new Map<string, Set<string>>();
  private profiles = new Map<string, RankProfile>();
  /** Story → the lists whose ranking it widened (it is among their feedback stories). */
  private widened = new Map<string, Set<string>>();

  /**
   * `exactFeedback`: rank a list again whenever a written story joins (or leaves) the closest
   * stories that widened its query, which moves all its scores a little. Exact, but several
   * rankings per write; without it a list keeps the query it was ranked with until it is
   * ranked again, and may differ from a fresh ranking in its last places.
   */
  constructor(
    readonly size: number,
    private readonly exactFeedback = false
  ) {}

  get(id: string): ListEntry[] | undefined {
    return this.lists.get(id);
  }

  /** Ids of the stories whose list holds `id`. */
  holdersOf(id: string): string[] {
    return [...(this.holders.get(id) ?? [])];
  }

  get count() {
    return this.lists.size;
  }

  /** Takes a list computed elsewhere (a stored one), without a profile. */
  adopt(id: string, list: ListEntry[]) {
    this.put(id, list);
    this.setProfile(id, undefined);
  }

  delete(id: string) {
    for (const [entry] of this.lists.get(id) ?? []) this.holders.get(entry)?.delete(id);
    this.lists.delete(id);
    this.setProfile(id, undefined);
  }

  /** Ranks a story from scratch and keeps its list (null when it is not in the index). */
  compute(index: RelatedIndex, id: string): ListEntry[] | null {
    const story = index.get(id);
    if (!story) {
      this.delete(id);
      return null;
    }
    const profile: RankProfile = {};
    const ranked = rank(index, story, { limit: this.size, reasons: false }, profile);
    profile.candidates = undefined;
    const list = ranked.map((s): ListEntry => [s.id, s.score]);
    this.put(id, list);
    this.setProfile(id, profile);
    return list;
  }

  /**
   * Brings the lists up to date after `written` stories were (re)indexed and `removed` ones
   * left the index; returns exactly the lists that changed. The written stories' own lists are
   * ranked again; each is then scored for the stories it was a candidate of (and the lists that
   * held it) and put where it beats the last entry. A list that lost an entry is refilled
   * (ranked again) only when nothing written takes the place back.
   */
  update(index: RelatedIndex, written: string[], removed: string[] = []): ListChanges {
    const changes: ListChanges = new Map();
    const fresh = new Set(written.filter((id) => index.has(id)));
    const gone = new Set([...removed, ...written].filter((id) => !index.has(id)));
    /** Lists that were full before losing an entry: the next story is not known. */
    const short = new Set<string>();
    /** Lists to rank again (a written or removed story shaped their ranking). */
    const stale = new Set<string>();
    for (const id of gone) {
      if (this.lists.has(id)) changes.set(id, null);
      this.delete(id);
    }
    for (const id of [...gone, ...fresh]) {
      for (const holder of this.holdersOf(id)) {
        if (fresh.has(holder)) continue;
        const list = this.lists.get(holder)!;
        if (list.length >= this.size) short.add(holder);
        this.remove(holder, id);
        changes.set(holder, list);
      }
      if (this.exactFeedback) {
        for (const holder of this.widened.get(id) ?? []) if (!fresh.has(holder)) stale.add(holder);
      }
    }
    const candidates = new Map<string, number[]>();
    for (const id of fresh) {
      const profile: RankProfile = {};
      const story = index.get(id)!;
      const ranked = rank(index, story, { limit: this.size, reasons: false }, profile);
      candidates.set(id, profile.candidates ?? []);
      profile.candidates = undefined;
      this.put(
        id,
        ranked.map((s): ListEntry => [s.id, s.score])
      );
      this.setProfile(id, profile);
      changes.set(id, this.lists.get(id)!);
    }
    for (const id of fresh) {
      const target = pairTarget(index, index.get(id)!);
      const around = new Set(candidates.get(id)!.map((slot) => index.stories[slot]?.id));
      for (const holder of short) around.add(holder);
      for (const other of around) {
        if (!other || fresh.has(other) || stale.has(other)) continue;
        const list = this.lists.get(other);
        const from = index.get(other);
        if (!list || !from) continue;
        const profile = this.profileOf(index, other);
        const score = pairScore(index, from, profile, target);
        if (score === undefined) continue;
        if (
          this.exactFeedback &&
          closeness(from, target.story) > (profile.feedbackCut ?? Infinity)
        ) {
          stale.add(other); // the story widens this one's query: every score moves
          continue;
        }
        if (score === null) continue;
        const full = list.length >= this.size || short.has(other);
        if (full && !(list.length > 0 && score > list[list.length - 1][1])) continue;
        this.insert(other, id, score);
        changes.set(other, list);
      }
    }
    for (const id of short) {
      if (!stale.has(id) && (this.lists.get(id)?.length ?? this.size) < this.size) stale.add(id);
    }
    for (const id of stale) changes.set(id, this.compute(index, id));
    return changes;
  }

  /** The profile a list was ranked with; for an adopted list, one estimated from its entries. */
  private profileOf(index: RelatedIndex, id: string): RankProfile {
    const known = this.profiles.get(id);
    if (known) return known;
    const story = index.get(id)!;
    const profile: RankProfile = {};
    const entries = this.lists.get(id) ?? [];
    if (index.latentOf(story.locale) && story.latent) {
      const closest = entries
        .map(([other]) => index.get(other))
        .filter((other) => other?.latent)
        .map((other) => [other!, closeness(story, other!)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, index.options.feedbackStories);
      const query = Float32Array.from(story.latent);
      const weight = index.options.feedbackWeight / (closest.length || 1);
      if (index.options.feedbackWeight > 0) {
        for (const [other] of closest)
          for (let x = 0; x < query.length; x += 1) query[x] += weight * other.latent![x];
      }
      const norm = Math.sqrt(query.reduce((s, v) => s + v * v, 0)) || 1;
      for (let x = 0; x < query.length; x += 1) query[x] /= norm;
      profile.query = query;
      profile.feedback = closest.map(([other]) => other.id);
    }
    this.setProfile(id, profile);
    return profile;
  }

  private setProfile(id: string, profile: RankProfile | undefined) {
    for (const story of this.profiles.get(id)?.feedback ?? []) this.widened.get(story)?.delete(id);
    if (!profile) {
      this.profiles.delete(id);
      return;
    }
    this.profiles.set(id, profile);
    for (const story of profile.feedback ?? []) {
      let set = this.widened.get(story);
      if (!set) this.widened.set(story, (set = new Set()));
      set.add(id);
    }
  }

  private put(id: string, list: ListEntry[]) {
    this.delete(id);
    this.lists.set(id, list);
    for (const [entry] of list) {
      let set = this.holders.get(entry);
      if (!set) this.holders.set(entry, (set = new Set()));
      set.add(id);
    }
  }

  private remove(holder: string, id: string) {
    const list = this.lists.get(holder)!;
    const at = list.findIndex(([entry]) => entry === id);
    if (at >= 0) list.splice(at, 1);
    this.holders.get(id)?.delete(holder);
  }

  private insert(holder: string, id: string, score: number) {
    const list = this.lists.get(holder)!;
    let at = list.findIndex(([, s]) => s < score);
    if (at < 0) at = list.length;
    list.splice(at, 0, [id, score]);
    let set = this.holders.get(id);
    if (!set) this.holders.set(id, (set = new Set()));
    set.add(holder);
    while (list.length > this.size) {
      const [dropped] = list.pop()!;
      if (dropped !== id) this.holders.get(dropped)?.delete(holder);
    }
  }
}
