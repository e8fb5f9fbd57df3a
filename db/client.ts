import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { join } from 'node:path';
import { getServerConfig } from './config';
import * as schema from './schema';
import { sql } from 'drizzle-orm';
import { createShareToken } from '@/lib/tokens';
import { rebuildRollups } from './rollups';
import { seedDemo } from './seed';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const globalForDb = globalThis as unknown as { rippleDb?: Db };

/**
 * Opens a database file, applies the committed migrations and returns it. WAL lets the dashboard read while
 * plays are written; foreign keys make deletes cascade.
 */
export function openDb(path: string, options: { isDemoSeeded: boolean; demoCascade?: { now: number; newToken: () => string } } = { isDemoSeeded: false }): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache: the dashboard's rollups and the players' indexes stay in memory.
  sqlite.pragma('cache_size = -65536');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: join(process.cwd(), 'db', 'migrations') });
  // Players recorded before the analytics rollups existed get them once, from their raw rows.
  for (const { id } of db.all<{ id: string }>(sql`select id from quizzes q where exists (select 1 from players p where p.quiz_id = q.id and p.root_player_id = '')`)) rebuildRollups(db, id);
  if (options.isDemoSeeded) seedDemo(db, { cascade: options.demoCascade });
  return db;
}

/** The server's one database connection, opened on first use (better-sqlite3 is synchronous and in-process). */
export function getDb(): Db {
  if (!globalForDb.rippleDb) {
    const config = getServerConfig();
    globalForDb.rippleDb = openDb(config.dbPath, {
      isDemoSeeded: config.isDemoSeeded,
      demoCascade: config.isDemoCascaded ? { now: Date.now(), newToken: () => createShareToken(config.secret) } : undefined,
    });
  }
  return globalForDb.rippleDb;
}
