import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The package as `npm publish` would ship it, installed into a strict TypeScript project
 * (`strict`, `skipLibCheck: false`) that imports the public types and the typed client: it must
 * compile without an error under `moduleResolution: bundler` and under `node16` (CommonJS and
 * ESM). The tarball is unpacked into the consumer's `node_modules` (what `npm install` does with
 * it, without the network); the dependencies its types need, `@strapi/client` and
 * `@types/node`, are symlinked from this repository's `node_modules`.
 */
const root = path.join(__dirname, '..', '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER = `import type {
  Article,
  Author,
  BlocksContent,
  ListResponse,
  RelatedItem,
  RelatedNewsLink,
  RelatedNewsResponse,
  RelatedResponse,
  Tag,
} from 'strapi-plugin-newsroom';
import { createNewsroomClient, type NewsroomClient } from 'strapi-plugin-newsroom/client';

const client: NewsroomClient = createNewsroomClient({
  baseURL: 'http://localhost:1337/api',
  auth: 'a-read-only-token',
});

export async function read(): Promise<string[]> {
  const list: ListResponse<Article> = await client.articles.find({
    locale: 'en',
    populate: ['authors', 'tags'],
    pagination: { page: 1, pageSize: 10 },
  });
  const article: Article | undefined = list.data[0];
  const body: BlocksContent | null = article?.body ?? null;
  const bylines: string[] = (article?.authors ?? []).map((author: Author) => author.name);
  const tags: Tag[] = (await client.tags.find()).data;
  const one: Article = (await client.articles.bySlug('a-slug', { locale: 'uk' })).data;
  const related: RelatedResponse = await client.articles.related(one.documentId, { limit: 3 });
  const item: RelatedItem | undefined = related.data[0];
  const links: RelatedNewsResponse = await client.articles.relatedNews(one.documentId, {
    locale: 'en',
  });
  const link: RelatedNewsLink = (await client.relatedNews.findOne('doc')).data;
  const total: number = list.meta.pagination.total + related.meta.total + links.meta.total;
  // @ts-expect-error private attributes are not part of the public types
  const email: unknown = (await client.authors.findOne('doc')).data.email;
  return [
    String(body?.length),
    ...bylines,
    String(tags.length),
    item?.kind ?? 'none',
    link.kind,
    String(total),
    String(email),
  ];
}
`;

const VARIANTS: Array<{ name: string; type: 'commonjs' | 'module'; options: object }> = [
  { name: 'bundler', type: 'module', options: { module: 'ESNext', moduleResolution: 'Bundler' } },
  {
    name: 'node16-cjs',
    type: 'commonjs',
    options: { module: 'Node16', moduleResolution: 'Node16' },
  },
  { name: 'node16-esm', type: 'module', options: { module: 'Node16', moduleResolution: 'Node16' } },
];

let work: string;
let packageDir: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-consumer-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  );
  packageDir = path.join(work, 'package');
  execFileSync('tar', ['-xzf', path.join(work, filename), '-C', work]);
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const listFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });

test('every relative import of a shipped declaration file resolves inside the package', () => {
  const missing: string[] = [];
  for (const file of listFiles(packageDir).filter((name) => name.endsWith('.d.ts'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const base = path.resolve(path.dirname(file), specifier);
      const candidates = ['', '.d.ts', '.ts', '.json', '/index.d.ts', '/index.ts'].map(
        (ending) => base + ending
      );
      if (
        !candidates.some((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      ) {
        missing.push(`${path.relative(packageDir, file)} → ${specifier}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test.each(VARIANTS)(
  'a strict consumer compiles with $name resolution',
  ({ name, type, options }) => {
    const project = path.join(work, name);
    const modules = path.join(project, 'node_modules');
    fs.mkdirSync(path.join(modules, '@strapi'), { recursive: true });
    fs.mkdirSync(path.join(modules, '@types'), { recursive: true });
    fs.cpSync(packageDir, path.join(modules, 'strapi-plugin-newsroom'), { recursive: true });
    fs.symlinkSync(
      path.join(root, 'node_modules', '@strapi', 'client'),
      path.join(modules, '@strapi', 'client')
    );
    fs.symlinkSync(
      path.join(root, 'node_modules', '@types', 'node'),
      path.join(modules, '@types', 'node')
    );
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: `consumer-${name}`, type })
    );
    fs.writeFileSync(path.join(project, 'index.ts'), CONSUMER);
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
          ...options,
        },
        files: ['index.ts'],
      })
    );
    let output = '';
    try {
      output = execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
        cwd: project,
        encoding: 'utf8',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      output = `${stdout}${stderr}`;
    }
    expect(output).toBe('');
  }
);
