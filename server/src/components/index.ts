import type { Core, Struct, UID } from '@strapi/strapi';

/**
 * The plugin's components (`newsroom.correction`, `newsroom.contributor`). Strapi 5 loads
 * components from the application's `src/components` only; a plugin adds its own to the
 * components registry in its `register` phase, before the database models are built in
 * `bootstrap`. Each schema lives once, in `components/newsroom/<name>.json` at the repository
 * root, as the content types do. The entries carry what Strapi's file loader stamps on a
 * component (uid, category, `__schema__`, `__filename__` for the Content-Type Builder).
 */
import contributor from '../../../components/newsroom/contributor.json';
import correction from '../../../components/newsroom/correction.json';

export const CATEGORY = 'newsroom';

type ComponentFile = Pick<Struct.ComponentSchema, 'collectionName' | 'info' | 'options'> & {
  attributes: Record<string, unknown>;
};

const FILES: Record<string, ComponentFile> = {
  correction: correction as ComponentFile,
  contributor: contributor as ComponentFile,
};

type Registry = {
  get(uid: string): unknown;
  add(components: Record<string, Struct.ComponentSchema>): void;
};

const globalIdOf = (name: string) =>
  `ComponentNewsroom${name.charAt(0).toUpperCase()}${name.slice(1)}`;

const componentOf = (name: string, file: ComponentFile) => {
  const uid = `${CATEGORY}.${name}` as UID.Component;
  const schema = JSON.parse(JSON.stringify(file)) as ComponentFile;
  return {
    ...schema,
    __schema__: JSON.parse(JSON.stringify(file)) as ComponentFile,
    __filename__: `${name}.json`,
    uid,
    category: CATEGORY,
    modelType: 'component' as const,
    modelName: name,
    globalId: globalIdOf(name),
  } as unknown as Struct.ComponentSchema;
};

/**
 * Adds the plugin's components to Strapi's registry. An application that keeps its own copy
 * (`src/components/newsroom/<name>.json`, e.g. written by the Content-Type Builder) wins:
 * that uid is left as the application loaded it.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components') as Registry;
  const missing = Object.entries(FILES).filter(([name]) => !registry.get(`${CATEGORY}.${name}`));
  registry.add(
    Object.fromEntries(
      missing.map(([name, file]) => [`${CATEGORY}.${name}`, componentOf(name, file)])
    )
  );
};
