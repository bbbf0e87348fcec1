import { type NextRequest, NextResponse } from 'next/server';

/**
 * English lives at `/…`, Ukrainian at `/uk/…`; the pages live under `app/[locale]`. English
 * paths are rewritten to `/en/…` (the address bar keeps `/…`), and `/en/…` redirects to `/…`
 * so each page has one address.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const { pathname } = url;
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    url.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(url, 308);
  }
  if (pathname === '/uk' || pathname.startsWith('/uk/')) return NextResponse.next();
  url.pathname = `/en${pathname === '/' ? '' : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Not the preview routes, Next's own files or files with an extension (favicon.ico, …).
  matcher: ['/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)'],
};
