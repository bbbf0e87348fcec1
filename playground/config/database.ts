import path from 'node:path';

/**
 * SQLite under playground/.tmp by default; PostgreSQL or MySQL/MariaDB with
 * DATABASE_CLIENT=postgres|mysql and the DATABASE_* variables below.
 */
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const server = (defaultPort: number) => ({
    connection: {
      host: env('DATABASE_HOST', '127.0.0.1'),
      port: env.int('DATABASE_PORT', defaultPort),
      database: env('DATABASE_NAME', 'newsroom'),
      user: env('DATABASE_USERNAME', 'root'),
      password: env('DATABASE_PASSWORD', ''),
      ssl: env.bool('DATABASE_SSL', false) && {
        rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
      },
      ...(client === 'postgres' ? { schema: env('DATABASE_SCHEMA', 'public') } : {}),
    },
    pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
  });

  const connections = {
    mysql: server(3306),
    postgres: server(5432),
    sqlite: {
      connection: {
        filename: path.resolve(
          __dirname,
          '../..',
          env('DATABASE_FILENAME', path.join('.tmp', 'data.db'))
        ),
      },
      useNullAsDefault: true,
      // Write-ahead log: readers (the site, the indexer) neither block a writer (an import) nor
      // wait for one, and a commit writes its pages once. `synchronous = NORMAL` is safe in
      // this mode: a power cut can lose the last commits, never corrupt the file.
      // DATABASE_SQLITE_WAL=false goes back to SQLite's default rollback journal.
      // A page cache of DATABASE_SQLITE_CACHE_MB (SQLite's default is 2 MB, a few thousand
      // pages of a file that holds 1.3 GB at 100,000 stories): searches and lists read their
      // indexes from memory instead of going back to the file, most of all while the indexer
      // writes (docs/import.md).
      pool: {
        afterCreate: (
          connection: { pragma: (statement: string) => unknown },
          done: (error: Error | null, connection: unknown) => void
        ) => {
          const wal = env.bool('DATABASE_SQLITE_WAL', true);
          connection.pragma(`journal_mode = ${wal ? 'WAL' : 'DELETE'}`);
          if (wal) connection.pragma('synchronous = NORMAL');
          connection.pragma(`cache_size = ${-1024 * env.int('DATABASE_SQLITE_CACHE_MB', 64)}`);
          done(null, connection);
        },
      },
    },
  };

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}")`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
