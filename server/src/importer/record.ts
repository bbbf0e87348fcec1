import { yup } from '@strapi/utils';

import type { ImportRecord } from '../../../shared/contracts/import';
import { bodyToBlocks } from './body-blocks';

/** Limits mirror the article schema so a line is rejected before anything is written. */
const schema = yup
  .object({
    externalId: yup.string().required().max(255),
    title: yup.string().required().max(300),
    lead: yup.string().nullable().max(1000),
    body: yup.string().nullable(),
    tags: yup.array(yup.string().required().max(100)).max(50),
    authors: yup.array(yup.string().required().max(200)).max(50),
    section: yup.string().nullable().max(100),
    source: yup.string().nullable().max(100),
    publishedAt: yup
      .string()
      .nullable()
      .test('iso-date', '${path} must be an ISO 8601 date', (value) =>
        value === null || value === undefined ? true : !Number.isNaN(Date.parse(value))
      ),
    locale: yup.string().nullable().max(20),
    related: yup.array(yup.string().required().max(255)).max(100),
    readAlsoAfter: yup.number().integer().min(0).nullable(),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .strict();

/**
 * Parses and checks one line. Throws an Error whose message names the field at fault.
 * Returns `null` for a blank line.
 */
export const parseRecord = (line: string): ImportRecord | null => {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('a line must be a JSON object');
  }
  try {
    schema.validateSync(value, { abortEarly: true });
  } catch (error) {
    throw new Error((error as Error).message);
  }
  const record = value as ImportRecord;
  // readAlsoAfter: a block of the body (the links' place is checked before anything is written)
  if (typeof record.readAlsoAfter === 'number') {
    const blocks = bodyToBlocks(record.body).length;
    if (record.readAlsoAfter >= blocks) {
      throw new Error(
        `readAlsoAfter: must be less than ${blocks}, the number of blocks of the body`
      );
    }
  }
  const trim = (text: string | null | undefined) => (typeof text === 'string' ? text.trim() : text);
  return {
    ...record,
    externalId: record.externalId.trim(),
    title: record.title.trim(),
    section: trim(record.section),
    source: trim(record.source),
    locale: trim(record.locale),
    tags: record.tags?.map((tag) => tag.trim()).filter(Boolean),
    authors: record.authors?.map((author) => author.trim()).filter(Boolean),
    related: record.related?.map((id) => id.trim()).filter(Boolean),
  };
};
