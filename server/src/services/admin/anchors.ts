import type { Core } from '@strapi/strapi';

import type { ArticleSummary, Suggestion } from '../../../../shared/contracts/related';
import type {
  Anchor,
  AnchorKind,
  DraftSuggestionsBody,
} from '../../../../shared/contracts/writing';
import { analyzerFor } from '../../engine';
import { type AnchorCandidate, findAnchors, namesMentioned } from '../../engine/anchors';
import { anchorSources } from '../../repositories/anchor-sources';
import { articleRepository } from '../../repositories/articles';
import { linkGraph } from '../../repositories/link-graph';
import { blocksToText, blockTexts } from '../../utils/blocks-text';
import { getService } from '../../utils/get-service';
import type { StoryAccess } from './story-access';

/** Suggestions read to find a story's anchors among (more than any page of anchors shows). */
const CANDIDATES = 30;
/**
 * Stories of a locale from which document frequencies mark common words and broad phrases, and
 * the anchors' score floors hold.
 */
const MIN_STORIES_FOR_SHARES = 200;

export type AnchorRequest = {
  locale: string;
  /** The body's blocks value. */
  body: unknown;
  /** The story itself, when it has been saved: never a target. */
  documentId?: string;
  /** The engine's suggestions for the story, best first. */
  suggestions: Suggestion[];
  limit: number;
  /** What the user may read: the other candidates are filtered, and shown, by it. */
  access: StoryAccess;
};

export type DraftText = Omit<DraftSuggestionsBody, 'locale' | 'limit'> & {
  locale: string;
  limit: number;
};

const REASONS: Record<AnchorKind, (matched: string) => string> = {
  headline: (matched) => `key phrase of the headline "${matched}"`,
  'running-story': (matched) => `name of the running story "${matched}"`,
  name: (matched) => `"${matched}" is named in both stories`,
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether one of the body's link URLs leads to the story already. */
const linkedInline = (urls: string[], story: ArticleSummary) => {
  const refs = [story.documentId, story.slug].filter((ref): ref is string => Boolean(ref));
  const pattern = new RegExp(`(^|[/=])(${refs.map(escape).join('|')})($|[/?#&])`);
  return urls.some((url) => pattern.test(url));
};

/**
 * In-text anchors (see engine/anchors.ts for the matching): the candidates are the story's
 * suggestions, the stories it already links to ("Read also": an in-text link to them is still
 * wanted) and, for each running story the body names, that story's newest published story.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = anchorSources(strapi);

  const inBody = async (request: AnchorRequest): Promise<Anchor[]> => {
    const { locale, body, documentId, suggestions, limit, access } = request;
    const blocks = blockTexts(body);
    if (blocks.every((block) => block.text.trim() === '')) return [];
    const index = await getService(strapi, 'related-index').ready();
    const analyzer = analyzerFor(locale, index.options.languages);
    // stories the engine does not rank here weigh like its best suggestion
    const top = suggestions[0]?.score ?? 1;

    const candidates = new Map<string, AnchorCandidate & { article: ArticleSummary }>();
    /** `linked`: tied to the story by an editor (a link of it, a running story it names). */
    const add = (article: ArticleSummary, score: number, linked = false, runningStory?: string) => {
      const known = candidates.get(article.documentId);
      const entry = known ?? { id: article.documentId, title: article.title, score, article };
      entry.score = Math.max(entry.score, score);
      entry.lead = article.lead;
      entry.linked = entry.linked || linked;
      if (runningStory) entry.runningStories = [...(entry.runningStories ?? []), runningStory];
      candidates.set(article.documentId, entry);
    };
    for (const suggestion of suggestions) add(suggestion.article, suggestion.score);
    if (documentId) {
      const linked = await linkGraph(strapi).targetsOf(documentId, locale);
      const readable = await access.readable(linked, locale);
      const published = await articleRepository(strapi).summaries(
        linked.filter((id) => readable.has(id)),
        locale
      );
      for (const article of published.values()) add(article, top, true);
    }
    const running = await sources.runningStories();
    const named = new Set(
      namesMentioned(
        blocks,
        running.map((tag) => tag.name),
        analyzer
      )
    );
    for (const tag of running.filter(({ name }) => named.has(name))) {
      const story = await sources.newestOfTag(tag.documentId, locale, {
        not: documentId,
        only: access.readableSubquery(locale),
      });
      if (story) add(story, top, true, tag.name);
    }

    // fields the user may not read are hidden; a headline hidden offers no phrase
    const shown = await access.showFields(
      [...candidates.values()].map(({ article }) => article),
      locale
    );
    for (const article of shown) {
      const candidate = candidates.get(article.documentId)!;
      Object.assign(candidate, { article, title: article.title, lead: article.lead });
    }
    const urls = blocks.flatMap((block) => block.urls);
    const offered = [...candidates.values()].filter(
      ({ article }) =>
        article.title && article.documentId !== documentId && !linkedInline(urls, article)
    );
    const rarity = (stem: string) =>
      index.terms.idf(index.terms.lookup(`${locale}:${stem}`) ?? -1, index.localeSize(locale) + 1);
    const stories = index.localeSize(locale);
    // below a few hundred stories, document frequencies do not tell common words apart, and
    // scores are not yet comparable: the anchors' floors wait for a larger archive
    const share =
      stories < MIN_STORIES_FOR_SHARES
        ? undefined
        : (stem: string) => {
            const id = index.terms.lookup(`${locale}:${stem}`);
            return id === undefined ? 0 : index.terms.frequency(id) / stories;
          };
    const found = findAnchors(blocks, offered, analyzer, { limit, rarity, share });
    return found.map(({ id, block, start, end, text, score, kind, matched }) => {
      const { title, slug } = candidates.get(id)!.article;
      return {
        text,
        block,
        start,
        end,
        target: { documentId: id, title, slug },
        score,
        reason: REASONS[kind](matched),
        kind,
        matched,
      };
    });
  };

  return {
    inBody,

    /** A saved story's anchors (its draft's body), or null when it is not in the locale. */
    async forStory(
      documentId: string,
      locale: string,
      limit: number,
      access: StoryAccess
    ): Promise<Anchor[] | null> {
      const body = await sources.bodyOf(documentId, locale);
      if (body === undefined) return null;
      const suggestions = await getService(strapi, 'suggestions').forStory(documentId, locale, {
        limit: CANDIDATES,
        only: access.readableFilter(locale),
      });
      return inBody({ locale, body, documentId, suggestions: suggestions ?? [], limit, access });
    },

    /** Suggestions and anchors for an edit form's text, before it is saved. */
    async forDraft(
      draft: DraftText,
      access: StoryAccess
    ): Promise<{ suggestions: Suggestion[]; anchors: Anchor[] }> {
      const { locale, documentId, title, lead, body, tags, limit } = draft;
      const ranked = await getService(strapi, 'suggestions').forText(
        {
          locale,
          title: title ?? '',
          lead: lead ?? null,
          body: blocksToText(body ?? []),
          tags: tags ?? [],
          publishedAt: Date.now(),
        },
        { limit: Math.max(limit, CANDIDATES), documentId, only: access.readableFilter(locale) }
      );
      const anchors = await inBody({
        locale,
        body,
        documentId,
        suggestions: ranked,
        limit,
        access,
      });
      const suggestions = await access.showNested(ranked.slice(0, limit), 'article', locale);
      return { suggestions, anchors };
    },
  };
};
