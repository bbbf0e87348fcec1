import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startApp, type TestApp } from '../helpers/strapi';

/**
 * With @strapi/plugin-documentation installed and the playground configuring nothing for it,
 * the generated OpenAPI document holds the newsroom's Content API: its paths, parameters and
 * response shapes, without private fields or the hidden types. The document is generated into
 * a temporary directory (the plugin's own start-up writes into playground/src/extensions,
 * which is git-ignored).
 */
type Spec = {
  paths: Record<
    string,
    Record<string, { parameters: Array<{ name: string; in: string }>; responses: any }>
  >;
  components: { schemas: Record<string, any> };
  'x-strapi-config': { plugins: string[] };
};

const PRIVATE = ['email', 'importHash', 'nameKey', 'targetDocumentId'];

describe('OpenAPI: the generated document describes the newsroom', () => {
  let app: TestApp;
  let spec: Spec;
  let dir: string;

  beforeAll(async () => {
    app = await startApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-openapi-'));
    const documentation = app.strapi.plugin('documentation').service('documentation') as any;
    documentation.getFullDocumentationPath = () => dir;
    await documentation.generateFullDoc('1.0.0');
    spec = JSON.parse(fs.readFileSync(path.join(dir, '1.0.0', 'full_documentation.json'), 'utf8'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await app?.stop();
  });

  const schemaOf = (response: any) =>
    response.content['application/json'].schema.$ref.split('/').pop();
  const names = (parameters: Array<{ name: string; in: string }>, where: string) =>
    parameters.filter((p) => p.in === where).map((p) => p.name);

  it('lists every Content API route of the plugin, and the plugin among the documented ones', () => {
    const routes = Object.entries(spec.paths)
      .filter(([route]) => route.startsWith('/newsroom/'))
      .flatMap(([route, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${route}`)
      );
    for (const collection of ['articles', 'authors', 'tags', 'related-news']) {
      expect(routes).toEqual(
        expect.arrayContaining([
          `GET /newsroom/${collection}`,
          `GET /newsroom/${collection}/{id}`,
          `POST /newsroom/${collection}`,
          `PUT /newsroom/${collection}/{id}`,
          `DELETE /newsroom/${collection}/{id}`,
        ])
      );
    }
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /newsroom/articles/slug/{slug}',
        'GET /newsroom/articles/{id}/related',
        'GET /newsroom/articles/{id}/related-news',
        'GET /newsroom/articles/{id}/jsonld',
        'GET /newsroom/articles/{id}/ninjs',
        'GET /newsroom/feeds/rss.xml',
        'GET /newsroom/feeds/atom.xml',
        'GET /newsroom/sitemaps/news.xml',
        'GET /newsroom/sitemaps/index.xml',
        'GET /newsroom/sitemaps/articles-{page}.xml',
      ])
    );
    expect(routes).toHaveLength(30);
    const ninjs = spec.paths['/newsroom/articles/{id}/ninjs'].get;
    expect(names(ninjs.parameters, 'query')).toEqual(['locale']);
    expect(Object.keys(ninjs.responses['200'].content)).toEqual(['application/json']);
    const article = spec.components.schemas.NewsroomArticle;
    expect(article.properties.corrections.items.$ref).toBe(
      '#/components/schemas/NewsroomCorrection'
    );
    expect(spec.components.schemas.NewsroomContributor.properties.role.enum).toEqual([
      'reporter',
      'editor',
      'photographer',
      'translator',
      'contributor',
    ]);
    expect(article.required).not.toContain('contributors');
    const rss = spec.paths['/newsroom/feeds/rss.xml'].get;
    expect(names(rss.parameters, 'query')).toEqual(['limit', 'tag', 'section', 'author', 'locale']);
    expect(Object.keys(rss.responses['200'].content)).toEqual(['application/rss+xml']);
    expect(spec['x-strapi-config'].plugins).toContain('newsroom');
  });

  it('gives /related its limit and locale (only), and a list with meta', () => {
    const related = spec.paths['/newsroom/articles/{id}/related'].get;
    expect(names(related.parameters, 'path')).toEqual(['id']);
    expect(names(related.parameters, 'query')).toEqual(['limit', 'locale']);
    const limit = related.parameters.find((p) => p.name === 'limit') as any;
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 50 });
    const body = spec.components.schemas[schemaOf(related.responses['200'])];
    expect(body.properties.data.type).toBe('array');
    expect(body.properties.data.items.$ref).toBe('#/components/schemas/NewsroomRelatedItem');
    expect(Object.keys(body.properties.meta.properties)).toEqual([
      'article',
      'limit',
      'total',
      'pending',
    ]);
    expect(body.properties.meta.required).toEqual(['article', 'limit', 'total']);
    const item = spec.components.schemas.NewsroomRelatedItem;
    expect(item.properties.origin.enum).toContain('engine');
    expect(item.properties.kind.enum).toContain('more-like-this');
  });

  it('documents locale and status on reads, path parameters, and list shapes with pagination', () => {
    const list = spec.paths['/newsroom/articles'].get;
    expect(names(list.parameters, 'query')).toEqual(
      expect.arrayContaining([
        'locale',
        'status',
        'filters',
        'sort',
        'pagination[page]',
        'populate',
      ])
    );
    const listBody = spec.components.schemas[schemaOf(list.responses['200'])];
    expect(listBody.properties.data.items.$ref).toBe('#/components/schemas/NewsroomArticle');
    expect(listBody.properties.meta.properties.pagination.$ref).toBe(
      '#/components/schemas/NewsroomPagination'
    );
    const bySlug = spec.paths['/newsroom/articles/slug/{slug}'].get;
    expect(names(bySlug.parameters, 'path')).toEqual(['slug']);
    expect(names(bySlug.parameters, 'query')).toEqual(expect.arrayContaining(['locale', 'status']));
    expect(schemaOf(bySlug.responses['200'])).toBe('NewsroomArticleResponse');
    const links = spec.paths['/newsroom/articles/{id}/related-news'].get;
    expect(names(links.parameters, 'query')).toContain('locale');
    const linksBody = spec.components.schemas[schemaOf(links.responses['200'])];
    expect(Object.keys(linksBody.properties.meta.properties)).toEqual(['article', 'total']);
    for (const route of [
      '/newsroom/tags/{id}',
      '/newsroom/authors/{id}',
      '/newsroom/related-news/{id}',
    ]) {
      expect(names(spec.paths[route].get.parameters, 'path')).toEqual(['id']);
      expect(spec.paths[route].get.responses['404']).toBeDefined();
    }
  });

  it('describes the public fields of each type, and no private field anywhere', () => {
    const article = spec.components.schemas.NewsroomArticle.properties;
    expect(article).toMatchObject({
      title: { type: 'string' },
      body: { allOf: [{ $ref: '#/components/schemas/NewsroomBlocks' }] },
      authors: { type: 'array' },
      locale: { type: 'string' },
    });
    expect(spec.components.schemas.NewsroomAuthor.properties).toHaveProperty('jobTitle');
    const text = JSON.stringify({ ...spec.components.schemas, paths: spec.paths });
    const newsroomOnly = JSON.stringify(
      Object.fromEntries(
        Object.entries(spec.components.schemas).filter(([name]) => name.startsWith('Newsroom'))
      )
    );
    for (const field of PRIVATE) expect(newsroomOnly).not.toContain(`"${field}"`);
    for (const hidden of [
      'index-state',
      'index-chunk',
      'index-story',
      'index-event',
      'dismissal',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(text.toLowerCase()).not.toMatch(/newsroom(index|dismissal)/);
  });

  it('serves the document on the documentation page', async () => {
    const response = await fetch(`${app.url}/documentation/v1.0.0`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/newsroom/articles/{id}/related');
  });
});
