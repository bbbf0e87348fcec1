import { draftMode } from 'next/headers';

/** Leaves draft mode (the preview banner's button) and goes back to the page it was on. */
export async function POST(request: Request) {
  (await draftMode()).disable();
  const back = request.headers.get('referer');
  const target = back && new URL(back).origin === new URL(request.url).origin ? back : '/';
  return new Response(null, { status: 303, headers: { location: target } });
}
