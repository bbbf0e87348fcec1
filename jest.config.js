/**
 * `npm test` runs every project: unit tests (pure functions, no Strapi), integration tests
 * (a real Strapi booted from the playground on a fresh database, over HTTP) and end-to-end
 * tests (the built playground with its admin panel, driven in Debian's Chromium).
 * DATABASE_CLIENT=sqlite (default) | postgres | mysql picks the database.
 */
const tsJest = ['ts-jest', { tsconfig: 'test/tsconfig.json' }];

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
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
