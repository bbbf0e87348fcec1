import { SUPER_ADMIN, adminClient } from '../../helpers/admin';
import { http } from '../../helpers/http';
import { startApp, type TestApp } from '../../helpers/strapi';

export const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  tag: 'plugin::newsroom.tag',
  link: 'plugin::newsroom.related-news',
} as const;

export type Client = ReturnType<typeof http>;

/** Who calls the Content API: every caller but the full-access token must get 403 on writes. */
export type Actors = {
  anonymous: Client;
  user: Client;
  readOnly: Client;
  full: Client;
  /** The super admin, through the Content Manager's admin API. */
  admin: Client;
};

/** The stories, tag and links the write probes aim at. */
export type Fixtures = {
  a: string;
  b: string;
  c: string;
  /** A → B */
  linkAB: string;
  /** C → B */
  linkCB: string;
  /** "Ukraine" */
  tag: string;
};

export type WriteWorld = { app: TestApp; actors: Actors; fx: Fixtures };

/**
 * Boots Strapi on an empty database with the callers of the write probes: the Public role, a
 * Users & Permissions user granted nothing in the newsroom, a read-only API token, a
 * full-access API token and the super admin.
 */
export const startWriteWorld = async (): Promise<WriteWorld> => {
  const app = await startApp();
  const registered = await http(app.url).post('/api/auth/local/register', {
    username: 'plain-user',
    email: 'plain-user@example.com',
    password: 'Plain-password-1',
  });
  if (registered.status !== 200) throw new Error(`register: ${registered.status}`);
  const { accessKey: readOnlyKey } = await app.strapi.service('admin::api-token').create({
    name: 'read-only probe',
    type: 'read-only',
    lifespan: null,
  });
  const actors: Actors = {
    anonymous: http(app.url),
    user: http(app.url, registered.body.jwt),
    readOnly: http(app.url, readOnlyKey),
    full: http(app.url, app.token),
    admin: await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password),
  };

  const api = actors.full;
  const article = async (title: string) => {
    const reply = await api.post('/api/newsroom/articles', { data: { title } });
    if (reply.status !== 201) throw new Error(`article: ${JSON.stringify(reply.body)}`);
    return reply.body.data.documentId as string;
  };
  const link = async (from: string, to: string) => {
    const reply = await api.post('/api/newsroom/related-news', {
      data: { article: from, target: to },
    });
    if (reply.status !== 201) throw new Error(`link: ${JSON.stringify(reply.body)}`);
    return reply.body.data.documentId as string;
  };
  const a = await article('Security probe A: parliament passes the budget');
  const b = await article('Security probe B: what the budget means for pensions');
  const c = await article('Security probe C: pension reform delayed');
  const tag = await api.post('/api/newsroom/tags', { data: { name: 'Ukraine' } });
  if (tag.status !== 201) throw new Error(`tag: ${JSON.stringify(tag.body)}`);
  const fx: Fixtures = {
    a,
    b,
    c,
    linkAB: await link(a, b),
    linkCB: await link(c, b),
    tag: tag.body.data.documentId,
  };
  return { app, actors, fx };
};

/**
 * Everything the probes could change, read straight from the database: row counts, every
 * link's owner, target and position, every tag's name and key, every article's locale,
 * private fingerprint and publication date.
 */
export const databaseState = async (app: TestApp) => {
  const db = app.strapi.db;
  const links = await db.query(UID.link).findMany({
    orderBy: { id: 'asc' },
    populate: { article: { select: ['documentId'] } },
  });
  const tags = await db
    .query(UID.tag)
    .findMany({ orderBy: { id: 'asc' }, select: ['documentId', 'name', 'nameKey'] });
  const articles = await db.query(UID.article).findMany({
    orderBy: { id: 'asc' },
    select: ['documentId', 'locale', 'title', 'importHash', 'datePublished', 'publishedAt', 'body'],
  });
  return {
    authors: await db.query(UID.author).count({}),
    tags,
    articles,
    links: links.map((l: Record<string, any>) => ({
      documentId: l.documentId,
      locale: l.locale,
      article: l.article?.documentId ?? null,
      targetDocumentId: l.targetDocumentId,
      position: l.position,
      score: l.score,
    })),
  };
};

export type Probe = {
  name: string;
  method: 'post' | 'put' | 'del';
  path: (fx: Fixtures) => string;
  body?: (fx: Fixtures) => unknown;
  /** What the full-access token gets: the status and a message naming the field. */
  status: number;
  message?: RegExp;
};

export const send = (client: Client, probe: Probe, fx: Fixtures) => {
  const path = probe.path(fx);
  if (probe.method === 'del') return client.del(path);
  const body = probe.body?.(fx);
  return probe.method === 'post' ? client.post(path, body) : client.put(path, body);
};

/** A JSON text of `depth` nested arrays: `[[[…]]]`. */
export const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Sends a raw JSON text (the http helper would stringify, and so recurse, itself). */
export const sendRaw = async (
  url: string,
  token: string | undefined,
  method: string,
  text: string
) => {
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: text,
  });
  const reply = await response.text();
  let body: any = null;
  try {
    body = reply ? JSON.parse(reply) : null;
  } catch {
    body = reply;
  }
  return { status: response.status, body };
};
