/**
 * `npm test` runs every project: unit tests (pure functions, no Strapi), package tests (the
 * packed package compiled by strict TypeScript consumers), integration tests
 * (a real Strapi booted from the playground on a fresh database, over HTTP), security probes
 * (every read path of the Content API and GraphQL, as every kind of caller, over HTTP: nothing
 * unpublished or private leaves), admin component tests (React Testing Library in jsdom, the
 * admin API module mocked) and end-to-end tests (the built playground with its admin panel, driven in Debian's Chromium).
 * DATABASE_CLIENT=sqlite (default) | postgres | mysql picks the database.
 */
const tsJest = ['ts-jest', { tsconfig: 'test/tsconfig.json' }];

/** TypeScript sources of the server and the tests. */
const serverTs = { transform: { '^.+\\.tsx?$': tsJest } };

/** Admin sources are written for the admin's bundler; jest runs them as CommonJS. */
const tsJestAdmin = [
  'ts-jest',
  {
    tsconfig: {
      jsx: 'react-jsx',
      module: 'commonjs',
      moduleResolution: 'node',
      target: 'es2020',
      esModuleInterop: true,
      resolveJsonModule: true,
      isolatedModules: true,
    },
  },
];

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      ...serverTs,
    },
    {
      displayName: 'package',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/package/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/test/helpers/package-setup.js',
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      ...serverTs,
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
    },
    {
      displayName: 'security',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/security/**/*.test.ts'],
      ...serverTs,
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/admin/**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJestAdmin },
      moduleNameMapper: {
        '^@strapi/strapi/admin$': '<rootDir>/test/admin/support/strapi-admin.tsx',
        '\\.css$': '<rootDir>/test/admin/support/style-stub.js',
      },
      setupFilesAfterEnv: ['<rootDir>/test/admin/support/setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/test/helpers/e2e-setup.js',
    },
  ],
};
