import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file gets its own database file and secret: tests never touch data/ and never share state.
const dir = mkdtempSync(join(tmpdir(), 'ripple-test-'));
process.env.RIPPLE_DATA_DIR = dir;
process.env.RIPPLE_DB_PATH = join(dir, 'ripple.db');
process.env.RIPPLE_SECRET = 'test-secret-that-is-long-enough-0123456789';
process.env.RIPPLE_SEED_DEMO = process.env.RIPPLE_SEED_DEMO ?? '1';
// The demo's simulated history (thousands of players) is for people and the browser tests' server, not each test file.
process.env.RIPPLE_DEMO_CASCADE = process.env.RIPPLE_DEMO_CASCADE ?? '0';
