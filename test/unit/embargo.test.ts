import { stampDatePublished } from '../../server/src/document-middlewares/rules/article';
import { articleFields } from '../../server/src/importer/article-data';
import { agesUntil } from '../../server/src/middlewares/http-cache';
import { GRAPHQL, readableCondition, REST } from '../../server/src/published-only/rules';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';
const NOW = new Date('2026-12-04T12:00:00.000Z');

/**
 * What the condition means, for rows as the database holds them: the same operators, applied
 * to plain values, so that the tests check what the condition lets through, not only its shape.
 */
type Row = Record<string, unknown>;
const COMPARISONS = ['$notNull', '$null', '$lte'];
const time = (value: unknown) => new Date(value as string).getTime();
const matches = (row: Row, filter: Row): boolean =>
  Object.entries(filter).every(([key, value]) => {
    if (key === '$or') return (value as Row[]).some((f) => matches(row, f));
    if (key === '$and') return (value as Row[]).every((f) => matches(row, f));
    const ops = value as Row;
    const field = row[key];
    if (ops && typeof ops === 'object' && !Object.keys(ops).every((k) => COMPARISONS.includes(k))) {
      return field !== null && typeof field === 'object' && matches(field as Row, ops);
    }
    return Object.entries(ops).every(([op, operand]) => {
      if (op === '$notNull') return (field !== null && field !== undefined) === operand;
      if (op === '$null') return (field === null || field === undefined) === operand;
      if (op === '$lte') return field !== null && time(field) <= time(operand);
      throw new Error(`operator ${op} not expected`);
    });
  });

const story = (
  embargoUntil: string | null,
  publishedAt: string | null = '2026-12-01T00:00:00Z'
) => ({
  publishedAt,
  embargoUntil,
});

describe('the embargo condition (published-only rule)', () => {
  const condition = readableCondition(ARTICLE, REST, NOW)!;

  it('lets through a published story without an embargo, or whose embargo has ended', () => {
    expect(matches(story(null), condition)).toBe(true);
    expect(matches(story('2026-12-04T11:59:59.000Z'), condition)).toBe(true);
    expect(matches(story('2026-12-04T12:00:00.000Z'), condition)).toBe(true);
  });

  it('keeps out a story under embargo, and an unpublished one', () => {
    expect(matches(story('2026-12-04T12:00:01.000Z'), condition)).toBe(false);
    expect(matches(story('2031-01-01T00:00:00.000Z'), condition)).toBe(false);
    expect(matches(story(null, null), condition)).toBe(false);
  });

  it('is taken at the time of the read: the same story comes out later with no write', () => {
    const embargoed = story('2026-12-04T12:30:00.000Z');
    expect(matches(embargoed, readableCondition(ARTICLE, REST, NOW)!)).toBe(false);
    const later = new Date('2026-12-04T12:30:00.000Z');
    expect(matches(embargoed, readableCondition(ARTICLE, REST, later)!)).toBe(true);
  });

  it('a link is readable when both its story and its target are out of embargo', () => {
    const link = readableCondition(LINK, REST, NOW)!;
    const open = story(null);
    const embargoed = story('2027-01-01T00:00:00.000Z');
    const row = (article: Row, target: Row | null, externalUrl: string | null = null) => ({
      article,
      target,
      externalUrl,
    });
    expect(matches(row(open, open), link)).toBe(true);
    expect(matches(row(open, embargoed), link)).toBe(false);
    expect(matches(row(embargoed, open), link)).toBe(false);
    expect(matches(row(open, null, 'https://example.com/'), link)).toBe(true);
    expect(matches(row(embargoed, null, 'https://example.com/'), link)).toBe(false);
  });

  it('is written in GraphQL operators for GraphQL reads', () => {
    expect(readableCondition(ARTICLE, GRAPHQL, NOW)).toEqual({
      and: [
        { publishedAt: { notNull: true } },
        { or: [{ embargoUntil: { null: true } }, { embargoUntil: { lte: NOW.toISOString() } }] },
      ],
    });
  });
});

describe('embargoes elsewhere', () => {
  it('a story published with an embargo and no date is dated at the end of its embargo', () => {
    const embargoed: Record<string, unknown> = { embargoUntil: '2027-01-01T00:00:00.000Z' };
    stampDatePublished(embargoed, NOW);
    expect(embargoed.datePublished).toBe('2027-01-01T00:00:00.000Z');
    const plain: Record<string, unknown> = { embargoUntil: null };
    stampDatePublished(plain, NOW);
    expect(plain.datePublished).toBe(NOW);
    const dated: Record<string, unknown> = {
      embargoUntil: '2027-01-01',
      datePublished: '2026-01-01',
    };
    stampDatePublished(dated, NOW);
    expect(dated.datePublished).toBe('2026-01-01');
  });

  it('an imported story with a publishedAt to come is embargoed until then; a past one is not', () => {
    const record = { externalId: 'x', title: 'T' };
    const future = articleFields({ ...record, publishedAt: '2027-03-01T09:00:00Z' }, NOW);
    expect(future.embargoUntil?.toISOString()).toBe('2027-03-01T09:00:00.000Z');
    expect(future.datePublished?.toISOString()).toBe('2027-03-01T09:00:00.000Z');
    const past = articleFields({ ...record, publishedAt: '2026-03-01T09:00:00Z' }, NOW);
    expect(past.embargoUntil).toBeNull();
    expect(articleFields(record, NOW)).toMatchObject({ embargoUntil: null, datePublished: null });
  });

  it('HTTP cache ages end by the next embargo lift', () => {
    const ages = { maxAge: 60, staleWhileRevalidate: 300 };
    const now = NOW.getTime();
    expect(agesUntil(ages, null, now)).toEqual(ages);
    expect(agesUntil(ages, now + 1_000_000, now)).toEqual(ages);
    expect(agesUntil(ages, now + 90_000, now)).toEqual({ maxAge: 60, staleWhileRevalidate: 30 });
    expect(agesUntil(ages, now + 5_500, now)).toEqual({ maxAge: 5, staleWhileRevalidate: 0 });
    expect(agesUntil(ages, now - 1000, now)).toEqual({ maxAge: 0, staleWhileRevalidate: 0 });
  });
});
