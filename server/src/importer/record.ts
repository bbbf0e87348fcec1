import { yup } from '@strapi/utils';

import type { ImportRecord } from '../../../shared/contracts/import';
import { defaultConfig } from '../config';
import { isIsoDate } from '../utils/iso-date';

/** A tag is its name, or `{ name, slug }` (the slug is used when free; Strapi's uid alphabet). */
const tagName = yup.string().required().max(100);
const tagObject = yup
  .object({
    name: yup.string().required().max(100),
    slug: yup
      .string()
      .nullable()
      .max(120)
      .matches(/^[A-Za-z0-9-_.~]+$/, '${path} may hold only letters, digits and - _ . ~'),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .strict();
// Both built once: a schema built in the lazy's callback was built again for every tag of every line.
const tag = yup.lazy((value: unknown) => (typeof value === 'string' ? tagName : tagObject));
import { bodyToBlocks } from './body-blocks';
import { mendRecord, type MendContext } from './record-mends';

/** Limits mirror the article schema so a line is rejected before anything is written. */
const schema = yup
  .object({
    externalId: yup.string().required().max(255),
    title: yup
      .string()
      .required()
      .max(300)
      .test('not-blank', '${path} must not be blank', (value) => !value || value.trim() !== ''),
    lead: yup.string().nullable().max(1000),
    body: yup.string().nullable(),
    tags: yup.array(tag).max(50),
    authors: yup.array(yup.string().required().max(200)).max(50),
    section: yup.string().nullable().max(100),
    source: yup.string().nullable().max(100),
    publishedAt: yup
      .string()
      .nullable()
      .test(
        'iso-date',
        '${path} must be an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), a real one',
        (value) => (value === null || value === undefined ? true : isIsoDate(value))
      ),
    coverCaption: yup.string().nullable().max(500),
    coverCredit: yup.string().nullable().max(255),
    locale: yup.string().nullable().max(20),
    related: yup.array(yup.string().required().max(255)).max(100),
    readAlsoAfter: yup.number().integer().min(0).nullable(),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .strict();

/** The most entries of a list field, read from the schema above. */
const maxOf = (field: string): number | undefined => {
  const described = schema.describe().fields[field] as {
    tests: Array<{ name?: string; params?: { max?: number } }>;
  };
  return described.tests.find((test) => test.name === 'max')?.params?.max;
};
export const RECORD_LIMITS = {
  tags: maxOf('tags'),
  authors: maxOf('authors'),
  related: maxOf('related'),
};

/** A line read outside a run: mends are done silently, with the default author name. */
const SILENT: MendContext = {
  warn: () => undefined,
  anonymousAuthorName: defaultConfig.importer.anonymousAuthorName,
};

/** One line of a JSON-lines file: its value, `undefined` for a blank line, else an Error. */
export const parseJsonLine = (line: string): unknown => {
  if (line.trim() === '') return undefined;
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
};

/**
 * Parses and checks one line, after mending what would refuse the whole story for a detail
 * (told to `context.warn`; see `mendRecord`). Throws an Error whose message names the field
 * at fault. Returns `null` for a blank line.
 */
export const parseRecord = (line: string, context: MendContext = SILENT): ImportRecord | null => {
  const value = parseJsonLine(line);
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('a line must be a JSON object');
  }
  mendRecord(value as Record<string, unknown>, RECORD_LIMITS, context);
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
    tags: record.tags
      ?.map((tag) => (typeof tag === 'string' ? tag.trim() : { ...tag, name: tag.name.trim() }))
      .filter((tag) => (typeof tag === 'string' ? tag : tag.name)),
    authors: record.authors?.map((author) => author.trim()).filter(Boolean),
    related: record.related?.map((id) => id.trim()).filter(Boolean),
  };
};
