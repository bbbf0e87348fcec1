import { type NextRequest, NextResponse } from 'next/server';

/**
 * English lives at `/…`, Ukrainian at `/uk/…`; the pages live under `app/[locale]`. English
 * paths are rewritten to `/en/…` (the address bar keeps `/…`). A rewritten request passes here
 * again, so `/en/…` is let through as it is (its canonical link names `/…`).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (/^\/(en|uk)(\/|$)/.test(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/en${pathname === '/' ? '' : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Not the preview routes, Next's own files or files with an extension (favicon.ico, …).
  matcher: ['/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)'],
};
