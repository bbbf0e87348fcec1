import os from 'node:os';
import path from 'node:path';

/**
 * Every booted Strapi gets its own empty database: a temporary SQLite file, or a new
 * PostgreSQL / MySQL database created here and dropped when the test file is done.
 */
export type TestDatabase = { env: Record<string, string>; drop: () => Promise<void> };

let counter = 0;

const serverEnv = (client: 'postgres' | 'mysql', name: string) => ({
  DATABASE_CLIENT: client,
  DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
  DATABASE_PORT: process.env.DATABASE_PORT ?? (client === 'postgres' ? '5432' : '3306'),
  DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? (client === 'postgres' ? 'postgres' : 'root'),
  DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
  DATABASE_NAME: name,
});

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  counter += 1;
  const name = `newsroom_test_${process.pid}_${Date.now()}_${counter}`;

  if (client === 'sqlite') {
    const filename = path.join(os.tmpdir(), `${name}.db`);
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => {
        const fs = await import('node:fs/promises');
        await Promise.all(
          ['', '-wal', '-shm'].map((s) => fs.rm(`${filename}${s}`, { force: true }))
        );
      },
    };
  }

  if (client === 'postgres') {
    const env = serverEnv('postgres', name);
    const { Client } = await import('pg');
    const admin = async (sql: string) => {
      const pg = new Client({
        host: env.DATABASE_HOST,
        port: Number(env.DATABASE_PORT),
        user: env.DATABASE_USERNAME,
        password: env.DATABASE_PASSWORD,
        database: 'postgres',
      });
      await pg.connect();
      try {
        await pg.query(sql);
      } finally {
        await pg.end();
      }
    };
    await admin(`CREATE DATABASE "${name}"`);
    return { env, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }

  if (client === 'mysql') {
    const env = serverEnv('mysql', name);
    const mysql = await import('mysql2/promise');
    const admin = async (sql: string) => {
      const connection = await mysql.createConnection({
        host: env.DATABASE_HOST,
        port: Number(env.DATABASE_PORT),
        user: env.DATABASE_USERNAME,
        password: env.DATABASE_PASSWORD,
      });
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    };
    await admin(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return { env, drop: () => admin(`DROP DATABASE IF EXISTS \`${name}\``) };
  }

  throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}")`);
};
