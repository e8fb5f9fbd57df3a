// Builds the production app when there is no build yet or a source changed since the last build started.
// Several processes may ask at once (npm start, test runs): a lock makes them build once, one after another.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['app', 'components', 'db', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json', 'package-lock.json'];
const staleLockMs = 15 * 60 * 1000;

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

/** The path of the `next` command of this project. */
export function nextBin(root) {
  return join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

function isStale(root) {
  const stamp = join(root, '.next', 'ripple-build-started');
  if (!existsSync(join(root, '.next', 'BUILD_ID')) || !existsSync(stamp)) return true;
  // Compared with the time the build started, so a file saved during a build makes the next start rebuild.
  const startedMs = Number(readFileSync(stamp, 'utf8'));
  return sources.some((source) => newestMtime(join(root, source)) > startedMs);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `next build` if the build is missing or stale; throws if the build fails. */
export function ensureBuild(root, env) {
  if (!isStale(root)) return;
  const lock = join(root, '.next-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > staleLockMs) rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (!isStale(root)) return; // another process built it while this one waited
    console.log('Building Ripple (no build yet, or sources changed)…');
    const startedMs = Date.now();
    const build = spawnSync(process.execPath, [nextBin(root), 'build'], { cwd: root, stdio: 'inherit', env });
    if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
    writeFileSync(join(root, '.next', 'ripple-build-started'), String(startedMs));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
