import { timingSafeEqual } from 'node:crypto';

import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

import { DEFAULT_LOCALE, isLocale, paths } from '@/lib/i18n';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Strapi's Preview opens `/api/preview?secret=…&slug=…&locale=…&status=…` (the handler in the
 * newsroom's config/admin.ts). With the shared secret (`NEWSROOM_PREVIEW_SECRET`) it turns
 * Next's draft mode on for a draft (off for `status=published`) and redirects to the story,
 * which then reads the newsroom with `status=draft` and the preview token.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const expected = process.env.NEWSROOM_PREVIEW_SECRET;
  if (!expected)
    return new Response('Preview is not configured (NEWSROOM_PREVIEW_SECRET)', { status: 501 });
  if (!sameSecret(query.get('secret') ?? '', expected)) {
    return new Response('Invalid secret', { status: 401 });
  }
  const slug = query.get('slug');
  if (!slug) return new Response('slug: is required', { status: 400 });
  const locale = query.get('locale') || DEFAULT_LOCALE;
  if (!isLocale(locale))
    return new Response(`locale: "${locale}" is not a locale of this site`, { status: 400 });
  const status = query.get('status') || 'draft';
  if (status !== 'draft' && status !== 'published') {
    return new Response('status: is draft or published', { status: 400 });
  }
  const draft = await draftMode();
  if (status === 'draft') draft.enable();
  else draft.disable();
  redirect(paths.article(locale, slug));
}
