import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';

import type { StoryMapTag } from '../../../../shared/contracts/admin';
import type { StoryMapQuery } from '../../api';
import { useT } from '../../hooks/useT';

type FiltersProps = {
  tags: StoryMapTag[];
  value: StoryMapQuery;
  onApply: (query: StoryMapQuery) => void;
};

const ALL = '';

/** Tag and date range of the map; applied together. */
export const Filters = ({ tags, value, onApply }: FiltersProps) => {
  const t = useT();
  const [tag, setTag] = useState(value.tag ?? ALL);
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ tag: tag || undefined, from: from || undefined, to: to || undefined });
  };

  return (
    <form onSubmit={submit} data-testid="newsroom-map-filters">
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Box minWidth="24rem">
          <Field.Root name="newsroom-map-tag">
            <Field.Label>{t('map.tag')}</Field.Label>
            <SingleSelect
              value={tag}
              onChange={(next: string | number) => setTag(String(next))}
              aria-label={t('map.tag')}
            >
              <SingleSelectOption value={ALL}>{t('map.allTags')}</SingleSelectOption>
              {tags.map((option) => (
                <SingleSelectOption key={option.documentId} value={option.documentId}>
                  {`${option.name} (${option.stories})`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Field.Root name="newsroom-map-from">
          <Field.Label>{t('map.from')}</Field.Label>
          <Field.Input
            type="date"
            value={from}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFrom(event.target.value)}
          />
        </Field.Root>
        <Field.Root name="newsroom-map-to">
          <Field.Label>{t('map.to')}</Field.Label>
          <Field.Input
            type="date"
            value={to}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTo(event.target.value)}
          />
        </Field.Root>
        <Button type="submit">{t('map.apply')}</Button>
      </Flex>
    </form>
  );
};
