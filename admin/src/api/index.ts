/**
 * Every HTTP call of the admin UI, typed with the wire contracts (shared/contracts). Components
 * call `useNewsroomApi()` and never build a URL themselves.
 */
import { useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import type {
  BrokenResponse,
  CoverageQuery,
  CoverageResponse,
  CreateLinkBody,
  CreateLinkResponse,
  DismissBody,
  EditorLink,
  LinksResponse,
  ReportQuery,
  SearchQuery,
  SearchResponse,
  StoryItem,
  StoryMapQuery,
  StoryMapResponse,
  SuggestionsResponse,
  UnlinkedResponse,
  UpdateLinkBody,
} from '../../../shared/contracts/admin';
import type { Suggestion } from '../../../shared/contracts/related';
import type {
  Anchor,
  AnchorsResponse,
  DraftSuggestionsBody,
  DraftSuggestionsResponse,
} from '../../../shared/contracts/writing';

export type { CoverageQuery, ReportQuery, SearchQuery, StoryMapQuery };

export type DraftSuggestions = DraftSuggestionsResponse['data'];

type FetchClient = ReturnType<typeof useFetchClient>;

const enc = encodeURIComponent;

export type StoryRef = { documentId: string; locale?: string };

/** Drops empty values so that the query string carries only what was asked. */
const params = (query: Record<string, string | number | boolean | undefined>) =>
  Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== '')
  );

export const createNewsroomApi = ({ get, post, put, del }: FetchClient) => ({
  async getLinks({ documentId, locale }: StoryRef): Promise<EditorLink[]> {
    const { data } = await get<LinksResponse>(`/newsroom/links/${enc(documentId)}`, {
      params: params({ locale }),
    });
    return data.data;
  },

  async getSuggestions({ documentId, locale }: StoryRef, limit = 8): Promise<Suggestion[]> {
    const { data } = await get<SuggestionsResponse>(`/newsroom/suggestions/${enc(documentId)}`, {
      params: params({ locale, limit }),
    });
    return data.data;
  },

  async getAnchors({ documentId, locale }: StoryRef, limit = 12): Promise<Anchor[]> {
    const { data } = await get<AnchorsResponse>(`/newsroom/anchors/${enc(documentId)}`, {
      params: params({ locale, limit }),
    });
    return data.data;
  },

  /** Suggestions and anchors for the edit form's current text (saved or not). */
  async getDraftSuggestions(body: DraftSuggestionsBody): Promise<DraftSuggestions> {
    const { data } = await post<DraftSuggestionsResponse>('/newsroom/suggestions/draft', body);
    return data.data;
  },

  async searchStories({ q, locale, exclude, limit }: SearchQuery): Promise<StoryItem[]> {
    const { data } = await get<SearchResponse>('/newsroom/search', {
      params: params({ q, locale, exclude, limit }),
    });
    return data.data;
  },

  async createLink(body: CreateLinkBody): Promise<CreateLinkResponse> {
    const { data } = await post<CreateLinkResponse>('/newsroom/links', body);
    return data;
  },

  async updateLink(linkDocumentId: string, body: UpdateLinkBody): Promise<EditorLink> {
    const { data } = await put<{ data: EditorLink }>(
      `/newsroom/links/${enc(linkDocumentId)}`,
      body
    );
    return data.data;
  },

  async reorderLinks({ documentId, locale }: StoryRef, order: string[]): Promise<EditorLink[]> {
    const { data } = await put<{ data: EditorLink[] }>(`/newsroom/links/${enc(documentId)}/order`, {
      locale,
      order,
    });
    return data.data;
  },

  async deleteLink(linkDocumentId: string, locale?: string): Promise<void> {
    await del(`/newsroom/links/${enc(linkDocumentId)}`, { params: params({ locale }) });
  },

  async dismissSuggestion(body: DismissBody): Promise<void> {
    await post('/newsroom/dismissals', body);
  },

  async getUnlinked(query: ReportQuery = {}): Promise<UnlinkedResponse> {
    const { data } = await get<UnlinkedResponse>('/newsroom/reports/unlinked', {
      params: params(query),
    });
    return data;
  },

  async getBroken(query: ReportQuery = {}): Promise<BrokenResponse> {
    const { data } = await get<BrokenResponse>('/newsroom/reports/broken', {
      params: params(query),
    });
    return data;
  },

  async getCoverage(query: CoverageQuery = {}): Promise<CoverageResponse> {
    const { data } = await get<CoverageResponse>('/newsroom/reports/coverage', {
      params: params(query),
    });
    return data;
  },

  async getStoryMap(query: StoryMapQuery = {}): Promise<StoryMapResponse> {
    const { data } = await get<StoryMapResponse>('/newsroom/story-map', { params: params(query) });
    return data;
  },
});

export type NewsroomApi = ReturnType<typeof createNewsroomApi>;

/** The admin API bound to the signed-in admin's fetch client (aborted on unmount). */
export const useNewsroomApi = (): NewsroomApi => {
  const client = useFetchClient();
  return useMemo(() => createNewsroomApi(client), [client]);
};
