/**
 * The server's services reach each other only through the typed `getService`, and the graph
 * of who reaches whom has no cycle (madge sees file imports; this sees service look-ups).
 */
import fs from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '..', '..', 'server', 'src');

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });

/** Registered name → the file that implements it, read from services/index.ts. */
const registered = (): Map<string, string> => {
  const index = fs.readFileSync(path.join(src, 'services', 'index.ts'), 'utf8');
  const imports = new Map(
    [...index.matchAll(/import (\w+) from '\.\/([\w/-]+)';/g)].map(([, name, file]) => [
      name,
      path.join(src, 'services', `${file}.ts`),
    ])
  );
  const names = new Map<string, string>();
  for (const [, key, value] of index.matchAll(/^\s+'?([\w-]+)'?(?::\s*(\w+))?,$/gm)) {
    const file = imports.get(value ?? key);
    if (file) names.set(key, file);
  }
  return names;
};

/** The services a file reaches with getService. */
const lookups = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/getService\(\s*strapi,\s*'([\w-]+)'\s*\)/g)].map(
    ([, name]) => name
  );

describe('service graph', () => {
  const services = registered();

  it('reads the registered services from the map', () => {
    expect(services.get('related-index')).toMatch(/related-index[/\\]related-index\.ts$/);
    expect(services.size).toBeGreaterThanOrEqual(12);
  });

  it('has no string look-up of a plugin service outside the typed getter', () => {
    const offenders = files(src).filter(
      (file) =>
        !file.endsWith(path.join('utils', 'get-service.ts')) &&
        /plugin\(\s*['"]newsroom['"]\s*\)\s*\.service\(/.test(fs.readFileSync(file, 'utf8'))
    );
    expect(offenders).toEqual([]);
  });

  it('names only registered services in getService', () => {
    const unknown = files(src).flatMap((file) =>
      lookups(file)
        .filter((name) => !services.has(name))
        .map((name) => `${path.relative(src, file)}: ${name}`)
    );
    expect(unknown).toEqual([]);
  });

  it('has no cycle between services', () => {
    const edges = new Map([...services].map(([name, file]) => [name, new Set(lookups(file))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (name: string, trail: string[]) => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '));
        return;
      }
      state.set(name, 'open');
      for (const next of edges.get(name) ?? []) visit(next, [...trail, name]);
      state.set(name, 'done');
    };
    for (const name of services.keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });
});
