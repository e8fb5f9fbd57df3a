import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  RIPPLE_DATA_DIR: z.string().min(1).default('data'),
  RIPPLE_DB_PATH: z.string().min(1).optional(),
  RIPPLE_SECRET: z.string().min(32, 'RIPPLE_SECRET must be at least 32 characters').optional(),
  RIPPLE_SEED_DEMO: z.enum(['0', '1']).default('1'),
  RIPPLE_DEMO_CASCADE: z.enum(['0', '1']).default('1'),
});

export type ServerConfig = { dataDir: string; dbPath: string; secret: string; isDemoSeeded: boolean; isDemoCascaded: boolean };

let cached: ServerConfig | undefined;

/**
 * Reads the server's configuration from the environment once. Without RIPPLE_SECRET a random secret is made on
 * first start and kept in the data folder, so share tokens stay valid across restarts.
 */
export function getServerConfig(): ServerConfig {
  if (cached) return cached;
  const env = envSchema.parse(process.env);
  const dataDir = resolve(/*turbopackIgnore: true*/ env.RIPPLE_DATA_DIR);
  const dbPath = resolve(/*turbopackIgnore: true*/ env.RIPPLE_DB_PATH ?? join(dataDir, 'ripple.db'));
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(dirname(dbPath), { recursive: true });
  cached = { dataDir, dbPath, secret: env.RIPPLE_SECRET ?? readOrCreateSecret(join(dataDir, 'secret')), isDemoSeeded: env.RIPPLE_SEED_DEMO === '1', isDemoCascaded: env.RIPPLE_DEMO_CASCADE === '1' };
  return cached;
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
