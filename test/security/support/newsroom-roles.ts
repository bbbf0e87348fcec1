import { ACTIONS } from '../../../shared/contracts/permissions';
import {
  adminClient,
  adminLogin,
  grantBuiltInRole,
  registerAdmin,
  SUPER_ADMIN,
} from '../../helpers/admin';
import { http } from '../../helpers/http';
import { startApp, type TestApp } from '../../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const PASSWORD = 'Newsroom-Role-2026';

type Client = ReturnType<typeof http>;

/** A paragraph of blocks (Strapi rich text). */
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/**
 * Words every story shares, so the engine relates them all: whoever may read a story is offered
 * it. Each story adds words of its own, found by the search.
 */
const SHARED = 'Quokka island ferry harbour wildlife rangers tourists season';

/**
 * The newsroom of the admin-role probes: two admins with Strapi's built-in Author role ("Is
 * creator" on every Content Manager action) and one with its Editor role, both roles granted
 * the newsroom's actions. Each author writes through the Content Manager's admin API; the super
 * admin publishes (an Author may not).
 */
export const newsroomRoles = async () => {
  const app: TestApp = await startApp();
  const token = await adminLogin(app.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const superAdmin = http(app.url, token);
  const actions = [ACTIONS.readSuggestions, ACTIONS.manageLinks, ACTIONS.viewReports];
  const author = await grantBuiltInRole(app.url, token, 'strapi-author', actions);
  const editor = await grantBuiltInRole(app.url, token, 'strapi-editor', actions);
  const user = async (name: string, role: number) => {
    const email = `${name}@newsroom.local`;
    await registerAdmin(app.url, token, { email, password: PASSWORD, roles: [role] });
    return adminClient(app, email, PASSWORD);
  };
  const clients = {
    a: await user('author-a', author),
    b: await user('author-b', author),
    editor: await user('desk-editor', editor),
  };

  /** A story written by `client` through the Content Manager, published by the super admin. */
  const write = async (client: Client, title: string, text: string, publish = false) => {
    const created = await client.post(`${CM}?locale=en`, {
      title,
      lead: `${title}. ${SHARED}.`,
      body: paragraph(`${text} ${SHARED}.`),
    });
    if (created.status !== 201) throw new Error(`not created: ${JSON.stringify(created.body)}`);
    const documentId: string = created.body.data.documentId;
    if (publish) {
      const published = await superAdmin.post(`${CM}/${documentId}/actions/publish?locale=en`, {});
      if (published.status !== 200) {
        throw new Error(`not published: ${JSON.stringify(published.body)}`);
      }
    }
    return documentId;
  };

  const ids = {
    /** A's published stories and draft. */
    a1: await write(
      clients.a,
      'Quokka rangers count the island colony',
      'The rangers compared the count with the ferry timetable storm closure.',
      true
    ),
    a2: await write(clients.a, 'Quokka ferry returns for the season', 'Ferry crews return.', true),
    aDraft: await write(clients.a, 'Quokka harbour plans, draft of A', 'Harbour plans.'),
    /** B's published story and draft: A may read neither in the Content Manager. */
    b1: await write(
      clients.b,
      'Ferry timetable storm closure',
      'The ferry timetable changed after the storm closure of the harbour.',
      true
    ),
    bDraft: await write(
      clients.b,
      'Zeppelin secret quokka dossier',
      'Confidential zeppelin mooring mast plans near the quokka harbour.'
    ),
  };
  return { app, superAdmin, clients, ids };
};

export type NewsroomRoles = Awaited<ReturnType<typeof newsroomRoles>>;
