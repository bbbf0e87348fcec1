/**
 * Writes playground/.env with fresh random secrets the first time, as create-strapi-app does,
 * so the demo needs no manual set-up and no secret is committed.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ENV_FILE = path.join(__dirname, '..', '.env');
const secret = () => crypto.randomBytes(16).toString('base64');

const ensureEnv = () => {
  if (fs.existsSync(ENV_FILE)) return ENV_FILE;
  const lines = [
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
  ];
  fs.writeFileSync(ENV_FILE, `${lines.join('\n')}\n`);
  return ENV_FILE;
};

module.exports = { ensureEnv };

if (require.main === module) console.log(`secrets in ${ensureEnv()}`);
