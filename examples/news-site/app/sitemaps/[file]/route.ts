import { passThrough } from '@/lib/pass-through';

/** `/sitemaps/index.xml`, `/sitemaps/news.xml`, `/sitemaps/articles-<n>.xml`: the newsroom's. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return passThrough('sitemaps', (await params).file, request);
}
