import { adminClient, SUPER_ADMIN } from './admin';
import { http } from './http';
import { startApp, type TestApp } from './strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';

export type Client = ReturnType<typeof http>;
export type Link = {
  documentId: string;
  kind: string;
  position: number;
  origin: string;
  state: string;
};

/**
 * A booted app, a super admin's client and four stories for the cross-links panel's tests:
 * three published (`summit`, `ministers` on NATO and Ukraine, `grain` on something else) and
 * one draft. Call in `beforeAll`; `stop()` in `afterAll`.
 */
export const natoStories = async () => {
  const app: TestApp = await startApp();
  const admin: Client = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const story = async (title: string, lead: string, status?: 'published') =>
    (
      (await app.strapi.documents(ARTICLE).create({ data: { title, lead }, status } as never)) as {
        documentId: string;
      }
    ).documentId;
  const ids: Record<string, string> = {
    summit: await story(
      'Vilnius summit: NATO allies debate Ukraine membership',
      'NATO allies at the Vilnius summit debated membership for Ukraine.',
      'published'
    ),
    ministers: await story(
      'NATO defence ministers promise Ukraine more air defence',
      'Defence ministers of NATO allies promised Ukraine air defence systems.',
      'published'
    ),
    grain: await story(
      'Grain corridor: ships leave Odesa ports',
      'Cargo ships with grain left the ports of Odesa through the Black Sea corridor.',
      'published'
    ),
    draft: await story('Unpublished NATO analysis', 'A draft about NATO and Ukraine.'),
  };
  return {
    app,
    admin,
    ids,
    story,
    linkCount: () => app.strapi.db.query(LINK).count({}),
    linksOf: async (documentId: string) =>
      (await admin.get(`/newsroom/links/${documentId}`)).body.data as Link[],
  };
};
