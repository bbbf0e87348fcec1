import { Badge, Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';

import type { StoryItem } from '../../../../shared/contracts/admin';
import { useNewsroomApi, type StoryRef } from '../../api';
import { useRequest } from '../../hooks/useRequest';
import { useT } from '../../hooks/useT';
import { LoadState } from '../LoadState';
import type { NewLink } from './useCrossLinks';

type StorySearchProps = {
  story: StoryRef;
  onLink: (link: NewLink) => Promise<boolean>;
  reverse: boolean;
};

/** Search any story by headline (as the editor types) and link it. */
export const StorySearch = ({ story, onLink, reverse }: StorySearchProps) => {
  const t = useT();
  const api = useNewsroomApi();
  const [query, setQuery] = useState('');
  const debounced = useDebounce(query.trim(), 300);

  const search = useCallback(
    () => api.searchStories({ q: debounced, locale: story.locale, exclude: story.documentId }),
    [api, debounced, story.documentId, story.locale]
  );
  const results = useRequest<StoryItem[]>(debounced ? search : null);
  const items = debounced ? (results.data ?? []) : [];

  const link = async (item: StoryItem) => {
    const done = await onLink({ target: item.documentId, origin: 'editor', reverse });
    if (done) results.setData((current) => current?.filter((s) => s !== item));
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-search">
      <Field.Root name="newsroom-search">
        <Field.Label>{t('search.label')}</Field.Label>
        <Field.Input
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          // Enter must not submit the edit view's form (saving the story).
          onKeyDown={(event: React.KeyboardEvent) =>
            event.key === 'Enter' && event.preventDefault()
          }
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
        />
      </Field.Root>
      {debounced && (
        <LoadState
          isLoading={results.isLoading}
          error={results.error}
          isEmpty={items.length === 0}
          emptyMessage={t('search.empty', { query: debounced })}
        >
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
            {items.map((item) => (
              <Flex tag="li" key={item.documentId} gap={2} justifyContent="space-between">
                <Box>
                  <Typography>{item.title || t('common.untitled')}</Typography>{' '}
                  {item.status === 'draft' && <Badge>{t('common.draft')}</Badge>}
                </Box>
                <Button
                  size="S"
                  variant="secondary"
                  onClick={() => void link(item)}
                  aria-label={t('suggestions.linkLabel', { title: item.title })}
                  data-testid={`newsroom-search-link-${item.documentId}`}
                >
                  {t('suggestions.link')}
                </Button>
              </Flex>
            ))}
          </Flex>
        </LoadState>
      )}
    </Flex>
  );
};
