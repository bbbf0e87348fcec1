import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The server's layers (docs/architecture.md): an import points down, never up. Each entry
 * names a folder of server/src and the folders its files may not import.
 */
const layer = (folders) =>
  folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`, `./${folder}`, `./${folder}/**`]);
const LAYERS = {
  engine: ['config', 'repositories', 'services', 'controllers', 'published-only', 'distribution'],
  utils: [
    'config',
    'repositories',
    'services',
    'controllers',
    'middlewares',
    'document-middlewares',
    'published-only',
    'distribution',
  ],
  config: ['distribution', 'repositories', 'services', 'controllers', 'published-only'],
  distribution: ['repositories', 'services', 'controllers', 'middlewares'],
  'published-only': ['controllers', 'services', 'repositories', 'middlewares', 'routes'],
  repositories: ['services', 'controllers', 'middlewares', 'document-middlewares', 'routes'],
  'document-middlewares': ['services', 'controllers', 'middlewares', 'routes'],
  services: ['controllers', 'middlewares', 'routes'],
  // GraphQL is an edge beside the REST controllers: it shares their argument checks
  graphql: ['middlewares', 'routes'],
};
const boundaries = Object.entries(LAYERS).map(([folder, below]) => ({
  files: [`server/src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: layer(below),
            message: `server/src/${folder} may not import an upper layer (docs/architecture.md).`,
          },
          ...(folder === 'engine'
            ? [{ group: ['@strapi/*'], message: 'the engine is pure: no Strapi import.' }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'playground/.strapi/**',
      'playground/.tmp/**',
      'playground/types/**',
      'coverage/**',
      'examples/news-site/.next/**',
      'examples/news-site/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: [
      'admin/**/*.{ts,tsx}',
      'playground/src/admin/**/*.{ts,tsx}',
      'examples/news-site/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundaries,
  {
    // Tests and benchmarks read untyped HTTP bodies and list long scenarios.
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'max-lines': 'off' },
  }
);
