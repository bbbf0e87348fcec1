import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(16).toString('base64');

/** Fresh secrets for a test app's environment, as `playground/scripts/ensure-env.js` writes them. */
export const appSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});
