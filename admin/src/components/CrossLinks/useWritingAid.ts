import { useDebounce } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';

import type { Suggestion } from '../../../../shared/contracts/related';
import type { Anchor, DraftSuggestionsBody } from '../../../../shared/contracts/writing';
import { useNewsroomApi, type DraftSuggestions } from '../../api';
import type { EditForm, EditFormValues } from '../../hooks/useEditForm';
import { useRequest, type RequestState } from '../../hooks/useRequest';
import { asBlocks, nodeText } from '../../utils/link-phrase';

/** How long after the last keystroke the panel asks for suggestions on the unsaved text. */
export const DRAFT_DELAY_MS = 800;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Tag names of the form's tags relation (`{ connect: [{ label }] }` for tags added unsaved). */
const tagNames = (tags: unknown): string[] => {
  const items = Array.isArray(tags) ? tags : (tags as { connect?: unknown[] })?.connect;
  if (!Array.isArray(items)) return [];
  return items
    .map((item) => (item as { label?: unknown; name?: unknown })?.label ?? item?.name)
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
};

/**
 * The draft route's body for the form's values, as a string (a stable key for the debounce);
 * '' when there is no text to suggest from yet.
 */
export const draftKeyOf = (values: EditFormValues): string => {
  const title = trimmed(values.title);
  const lead = trimmed(values.lead);
  const body = asBlocks(values.body);
  const hasBody = body.some((block) => nodeText(block).trim() !== '');
  if (!title && !lead && !hasBody) return '';
  const tags = tagNames(values.tags);
  const draft: DraftSuggestionsBody = {
    title: title || undefined,
    lead: lead || undefined,
    body: hasBody ? body : undefined,
    tags: tags.length > 0 ? tags : undefined,
  };
  return JSON.stringify(draft);
};

type Key = keyof DraftSuggestions;

/** One list of the draft answer, as a request of its own (falling back to the saved list). */
const part = <K extends Key>(
  draft: RequestState<DraftSuggestions>,
  key: K,
  saved: RequestState<DraftSuggestions[K]>
): RequestState<DraftSuggestions[K]> => ({
  data: draft.data ? draft.data[key] : saved.data,
  error: draft.error,
  isLoading: draft.isLoading,
  reload: draft.reload,
  setData: (update) =>
    draft.setData((previous) => previous && { ...previous, [key]: update(previous[key]) ?? [] }),
});

type Story = { documentId?: string; locale?: string };

/**
 * The engine's suggestions and in-text anchors for the story being edited. A saved story whose
 * form is unchanged reads them from the saved story; a new story, or unsaved edits, sends the
 * form's text to the draft route, again each time the editor stops typing for
 * DRAFT_DELAY_MS.
 */
export const useWritingAid = ({ documentId, locale }: Story, form: EditForm | null) => {
  const api = useNewsroomApi();
  const isDraft = form !== null && (!documentId || form.modified);
  const values = form?.values;
  // Once per change of the form's values (not on every render of the panel).
  const draftNow = useMemo(() => (isDraft && values ? draftKeyOf(values) : ''), [isDraft, values]);
  const draftKey = useDebounce(draftNow, DRAFT_DELAY_MS);

  const loadDraft = useCallback(
    () => api.getDraftSuggestions({ ...JSON.parse(draftKey), documentId, locale }),
    [api, draftKey, documentId, locale]
  );
  const loadSuggestions = useCallback(
    () => api.getSuggestions({ documentId: documentId ?? '', locale }),
    [api, documentId, locale]
  );
  const loadAnchors = useCallback(
    () => api.getAnchors({ documentId: documentId ?? '', locale }),
    [api, documentId, locale]
  );
  const saved = !isDraft && documentId !== undefined;
  const draft = useRequest<DraftSuggestions>(isDraft && draftKey ? loadDraft : null);
  const savedSuggestions = useRequest<Suggestion[]>(saved ? loadSuggestions : null);
  const savedAnchors = useRequest<Anchor[]>(saved && form ? loadAnchors : null);

  return {
    isDraft,
    /** False until the new story has a headline, a lead or body text. */
    hasText: !isDraft || draftNow !== '' || draftKey !== '',
    suggestions: isDraft ? part(draft, 'suggestions', savedSuggestions) : savedSuggestions,
    anchors: isDraft ? part(draft, 'anchors', savedAnchors) : savedAnchors,
  };
};

export type WritingAid = ReturnType<typeof useWritingAid>;
