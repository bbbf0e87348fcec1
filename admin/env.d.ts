/**
 * Strapi's admin build defines `process.env` with the `STRAPI_ADMIN_*` variables (the tests'
 * tsconfig has Node's own `process` instead, so this file is the admin build's only).
 */
declare const process: { env: Record<string, string | undefined> };
