import type { ImportRecord, ImportTag } from '../../../../shared/contracts/import';
import { publicAuthorName } from '../emails';
import { RecordError } from '../sources';
import type { WxrItem } from './items';
import { extractReadAlso } from './read-also';
import { isImportedPost, postOfLink, type WxrSite } from './site';
import { clip, contentHtml, htmlText, wpDateToIso } from './text';

/** A post becomes a record; any other item is passed over, counted under this name. */
export type WxrConversion = { record: ImportRecord } | { skipped: string };

/** A nicename that can be a tag's slug as it is (WordPress percent-encodes non-Latin ones). */
const USABLE_SLUG = /^[a-z0-9][a-z0-9_-]{0,119}$/;

/** WordPress's default category: not a topic, so neither a tag nor a section. */
const UNCATEGORIZED = 'uncategorized';

/** Published posts, and posts scheduled for later (imported as embargoed until their date). */
const PUBLIC = ['publish', 'future'];

const tagsOf = (item: WxrItem): { tags: ImportTag[]; section?: string } => {
  const tags: ImportTag[] = [];
  const seen = new Set<string>();
  let section: string | undefined;
  for (const { domain, nicename, name: raw } of item.categories) {
    if (domain !== 'category' && domain !== 'post_tag') continue;
    const name = htmlText(raw);
    const slug = nicename.trim().toLowerCase();
    if (!name || slug === UNCATEGORIZED) continue;
    if (domain === 'category') section ??= name;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    tags.push(USABLE_SLUG.test(slug) ? { name, slug } : name);
  }
  return { tags, section };
};

/**
 * The post's author as a public name: the display name, else the login, never an e-mail
 * address. Neither usable: the login as it is, for `mendRecord` to name (and tell).
 */
const authorOf = (login: string, site: WxrSite, warn: (message: string) => void) => {
  const display = site.authors.get(login);
  const { name, reason } = publicAuthorName([display === login ? '' : display, login], '');
  if (!name) return login;
  if (reason) warn(`authors: ${reason}`);
  return name;
};

/**
 * One `<item>` (the `ordinal`th of the file) of a WordPress export as an import record (see
 * docs/import.md, "WordPress"). Only `publish` and `future` posts without a password get
 * `publishedAt` (a `future` post's date is to come: the importer embargoes it until then);
 * every other post is a draft. What had to be mended is told to `warn`. Throws a RecordError
 * naming the field when the post cannot be imported.
 */
export const wxrItemToRecord = (
  item: WxrItem,
  site: WxrSite,
  ordinal = 0,
  warn: (message: string) => void = () => undefined
): WxrConversion => {
  const type = item.postType.trim() || 'unknown';
  if (!isImportedPost(item)) return { skipped: type === 'post' ? 'post (trash)' : type };

  const guid = item.guid.trim();
  if (!guid) throw new RecordError('externalId: the post has no <guid>');
  const externalId = site.renamed.get(ordinal) ?? guid;
  if (externalId !== guid) {
    warn(
      `externalId: the guid is the guid of item ${site.guids.get(guid)} too; this post is imported as "${externalId}"`
    );
  }
  // no title: `mendRecord` makes one from the first words
  const title = htmlText(item.title);

  const isPublic = PUBLIC.includes(item.status.trim()) && item.password.trim() === '';
  const publishedAt = isPublic ? wpDateToIso(item.postDateGmt) : null;
  if (isPublic && !publishedAt) {
    throw new RecordError(
      `publishedAt: wp:post_date_gmt "${item.postDateGmt}" of a published post is not a date`,
      externalId
    );
  }

  const { html, related } = extractReadAlso(contentHtml(item.content), (href) =>
    postOfLink(site, href)
  );
  const login = item.creator.trim();
  const { tags, section } = tagsOf(item);
  const lead = clip(htmlText(item.excerpt), 1000);
  const cover = site.covers.get((item.meta._thumbnail_id ?? '').trim());

  const record = { externalId } as ImportRecord;
  if (title) record.title = title;
  if (lead) record.lead = lead;
  if (html) record.body = html;
  if (tags.length) record.tags = tags;
  if (login) record.authors = [authorOf(login, site, warn)];
  if (section) record.section = section;
  if (publishedAt) record.publishedAt = publishedAt;
  if (cover?.caption) record.coverCaption = cover.caption;
  if (cover?.credit) record.coverCredit = cover.credit;
  const others = related.filter((id) => id !== externalId);
  if (others.length) record.related = others;
  return { record };
};
