import { passThrough } from '@/lib/pass-through';

/** `/feeds/rss.xml` and `/feeds/atom.xml` (with `tag`, `author`, `section`, `locale`, `limit`). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return passThrough('feeds', (await params).file, request);
}
