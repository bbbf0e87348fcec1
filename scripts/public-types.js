#!/usr/bin/env node
/**
 * Writes `client/src/types/content-types.ts`, the public shape of each readable content type as
 * the Content API answers it, from `content-types/<name>/schema.json` (the single source of each
 * model) and the plugin's components from `components/newsroom/<name>.json`. Private attributes
 * (`private: true`) never reach a reader and are left out; relations, media and components are
 * optional because they are only there when populated.
 *
 *   node scripts/public-types.js           # write the file
 *   node scripts/public-types.js --check   # exit 1 when the file is not what the schemas say
 *
 * `test/unit/public-types.test.ts` runs the check, so a schema field added without the type
 * fails CI.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const target = path.join(root, 'client', 'src', 'types', 'content-types.ts');

/** The readable content types, in the order they are written, with their public type name. */
const TYPES = [
  { dir: 'article', name: 'Article' },
  { dir: 'author', name: 'Author' },
  { dir: 'tag', name: 'Tag' },
  { dir: 'related-news', name: 'RelatedNewsLink' },
];
const NAMES = Object.fromEntries(TYPES.map(({ dir, name }) => [`plugin::newsroom.${dir}`, name]));

/** The plugin's components (uid `newsroom.<file>`), with their public type name. */
const COMPONENTS = [
  { file: 'correction', name: 'Correction' },
  { file: 'contributor', name: 'Contributor' },
];
const COMPONENT_NAMES = Object.fromEntries(
  COMPONENTS.map(({ file, name }) => [`newsroom.${file}`, name])
);
const readComponent = (file) =>
  JSON.parse(fs.readFileSync(path.join(root, 'components', 'newsroom', `${file}.json`), 'utf8'));

const readSchema = (dir) =>
  JSON.parse(fs.readFileSync(path.join(root, 'content-types', dir, 'schema.json'), 'utf8'));

const SCALARS = {
  string: 'string',
  text: 'string',
  richtext: 'string',
  uid: 'string',
  email: 'string',
  password: 'string',
  integer: 'number',
  float: 'number',
  decimal: 'number',
  biginteger: 'string',
  boolean: 'boolean',
  datetime: 'string',
  date: 'string',
  time: 'string',
  timestamp: 'string',
  json: 'JsonValue',
  blocks: 'BlocksContent',
};

/** `[tsType, optional]` of one attribute, or throws for a type this script does not know. */
const attributeType = (name, attribute) => {
  if (attribute.type === 'relation') {
    const targetName = NAMES[attribute.target];
    if (!targetName) throw new Error(`${name}: relation to an unknown type ${attribute.target}`);
    const many = /ToMany$/.test(attribute.relation);
    return [many ? `${targetName}[]` : `${targetName} | null`, true];
  }
  if (attribute.type === 'media') {
    return [attribute.multiple ? 'Media[]' : 'Media | null', true];
  }
  if (attribute.type === 'component') {
    const componentName = COMPONENT_NAMES[attribute.component];
    if (!componentName) throw new Error(`${name}: unknown component ${attribute.component}`);
    return [attribute.repeatable ? `${componentName}[]` : `${componentName} | null`, true];
  }
  if (attribute.type === 'enumeration') {
    const union = attribute.enum.map((value) => `'${value}'`).join(' | ');
    return [attribute.required ? union : `${union} | null`, false];
  }
  const scalar = SCALARS[attribute.type];
  if (!scalar) throw new Error(`${name}: attribute type "${attribute.type}" has no public type`);
  return [attribute.required || scalar === 'JsonValue' ? scalar : `${scalar} | null`, false];
};

const describe = (schema) => {
  const text = schema.info.description ? ` ${schema.info.description}` : '';
  return `/** ${schema.info.displayName} (\`${schema.info.singularName}\`).${text} */`;
};

const typeSource = ({ dir, name }) => {
  const schema = readSchema(dir);
  const lines = [
    describe(schema),
    `export interface ${name} {`,
    '  id: number;',
    '  documentId: string;',
  ];
  for (const [key, attribute] of Object.entries(schema.attributes)) {
    if (attribute.private) continue;
    const [type, optional] = attributeType(`${dir}.${key}`, attribute);
    if (optional) lines.push('  /** Present when populated. */');
    lines.push(`  ${key}${optional ? '?' : ''}: ${type};`);
  }
  lines.push('  createdAt: string;', '  updatedAt: string;', '  publishedAt: string;');
  if (schema.pluginOptions?.i18n?.localized) lines.push('  locale: string;');
  lines.push('}');
  return lines.join('\n');
};

const componentSource = ({ file, name }) => {
  const schema = readComponent(file);
  const text = schema.info.description ? ` ${schema.info.description}` : '';
  const lines = [
    `/** ${schema.info.displayName} (component \`newsroom.${file}\`).${text} */`,
    `export interface ${name} {`,
    '  id: number;',
  ];
  for (const [key, attribute] of Object.entries(schema.attributes)) {
    if (attribute.private) continue;
    const [type, optional] = attributeType(`${file}.${key}`, attribute);
    if (optional) lines.push('  /** Present when populated. */');
    lines.push(`  ${key}${optional ? '?' : ''}: ${type};`);
  }
  lines.push('}');
  return lines.join('\n');
};

/** The private attributes of each readable type: never in a type, never in an answer. */
const privateFields = () =>
  Object.fromEntries(
    TYPES.map(({ dir, name }) => [
      name,
      Object.entries(readSchema(dir).attributes)
        .filter(([, attribute]) => attribute.private)
        .map(([key]) => key),
    ])
  );

/** The file's text, formatted as `prettier --check` wants it. */
const generate = async () => {
  const prettier = require('prettier');
  const source = [
    '// Generated by scripts/public-types.js from content-types/*/schema.json and',
    '// components/newsroom/*.json. Do not edit:',
    '// change the schema and run `node scripts/public-types.js`.',
    "import type { BlocksContent, JsonValue, Media } from './values';",
    '',
    TYPES.map(typeSource).join('\n\n'),
    '',
    COMPONENTS.map(componentSource).join('\n\n'),
    '',
    `/** Attributes each schema marks private: never in the Content API's answers. */`,
    `export type PrivateFields = ${JSON.stringify(privateFields())};`,
    '',
  ].join('\n');
  const options = await prettier.resolveConfig(target);
  return prettier.format(source, { ...options, filepath: target });
};

module.exports = { generate, target, privateFields, TYPES };

if (require.main === module) {
  generate().then((source) => {
    if (process.argv.includes('--check')) {
      const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      if (current !== source) {
        console.error(`${path.relative(root, target)} is stale: run node scripts/public-types.js`);
        process.exit(1);
      }
      return;
    }
    fs.writeFileSync(target, source);
    console.log(`wrote ${path.relative(root, target)}`);
  });
}
