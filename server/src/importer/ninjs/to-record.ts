import type { ImportRecord, ImportTag } from '../../../../shared/contracts/import';
import { parseRecord } from '../record';
import type { MendContext } from '../record-mends';
import { RecordError } from '../sources';

/**
 * An IPTC ninjs object (1.x–3.x property names) as an import record, the mapping of
 * `GET /articles/:documentId/ninjs` read back (docs/import.md, "ninjs"):
 *
 * - `externalId`: the `altIds` entry of role `externalId`, else `uri`;
 * - `title`: the `main` headline (else the first); `lead`: the `summary` description (else the
 *   first); `body`: the HTML body, else the plain-text one;
 * - `tags`: `subjects` but the one of rel `section` (`literal` as the slug); `authors`:
 *   `people` of rel `author`, else `by`;
 * - `section`: the `subjects` entry of rel `section`; `source`: the `infoSources` entry of role
 *   `source`; `publishedAt`: `firstCreated` (`firstcreated` in ninjs 1–2); `locale`: `language`;
 * - `related`: the externalIds of the `read-also` associations, in order.
 *
 * The record then goes through the same checks and mends as an NDJSON line.
 */
type Text = { role?: unknown; contentType?: unknown; value?: unknown };
type Party = { name?: unknown; rel?: unknown; role?: unknown; literal?: unknown };
type AltId = { role?: unknown; value?: unknown };
type Association = { rel?: unknown; altIds?: unknown };
type Ninjs = Record<string, unknown>;

const SLUG = /^[A-Za-z0-9-_.~]{1,120}$/;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const arrayOf = <T>(value: unknown): T[] =>
  Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : [];

/** The `value` of the entry of `role` (else the first), optionally of a content type. */
const pick = (value: unknown, role: string, contentType?: string) => {
  const texts = arrayOf<Text>(value).filter(
    (t) => !contentType || t.contentType === undefined || t.contentType === contentType
  );
  return str((texts.find((t) => t.role === role) ?? texts[0])?.value);
};

const externalIdOf = (object: { altIds?: unknown }) =>
  str(arrayOf<AltId>(object.altIds).find((id) => id.role === 'externalId')?.value);

const bodyOf = (ninjs: Ninjs) => {
  const bodies = arrayOf<Text>(ninjs.bodies);
  const html = bodies.find((b) => b.contentType === 'text/html');
  return (
    str((html ?? bodies.find((b) => b.contentType !== 'text/html'))?.value) ??
    str(ninjs.body_html) ??
    str(ninjs.body_text)
  );
};

const tagsOf = (ninjs: Ninjs): ImportTag[] =>
  arrayOf<Party>(ninjs.subjects).flatMap((subject) => {
    const name = str(subject.name);
    if (!name || subject.rel === 'section') return [];
    const slug = str(subject.literal);
    return [slug && SLUG.test(slug) ? { name, slug } : name];
  });

const authorsOf = (ninjs: Ninjs): string[] => {
  const people = arrayOf<Party>(ninjs.people)
    .filter((p) => p.rel === 'author')
    .flatMap((p) => (str(p.name) ? [str(p.name) as string] : []));
  if (people.length > 0) return people;
  const by = str(ninjs.by);
  return by ? [by] : [];
};

/** Throws a RecordError naming what is missing; otherwise the record, checked. */
export const ninjsToRecord = (value: unknown, context?: MendContext): ImportRecord | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RecordError('a ninjs item must be a JSON object');
  }
  const ninjs = value as Ninjs;
  const uri = str(ninjs.uri);
  if (!uri) throw new RecordError('uri: a ninjs item must have a uri');
  const externalId = externalIdOf(ninjs) ?? uri;
  const title = pick(ninjs.headlines, 'main') ?? str(ninjs.headline);
  if (!title) throw new RecordError('headlines: a ninjs item needs a headline', externalId);
  const record: ImportRecord = {
    externalId,
    title,
    lead: pick(ninjs.descriptions, 'summary') ?? str(ninjs.description_text) ?? null,
    body: bodyOf(ninjs) ?? null,
    tags: tagsOf(ninjs),
    authors: authorsOf(ninjs),
    section: str(arrayOf<Party>(ninjs.subjects).find((s) => s.rel === 'section')?.name) ?? null,
    source: str(arrayOf<Party>(ninjs.infoSources).find((s) => s.role === 'source')?.name) ?? null,
    publishedAt: str(ninjs.firstCreated) ?? str(ninjs.firstcreated) ?? null,
    locale: str(ninjs.language) ?? null,
    related: arrayOf<Association>(ninjs.associations)
      .filter((a) => a.rel === 'read-also')
      .flatMap((a) => (externalIdOf(a) ? [externalIdOf(a) as string] : [])),
  };
  try {
    return parseRecord(JSON.stringify(record), context);
  } catch (error) {
    throw new RecordError((error as Error).message, externalId);
  }
};
