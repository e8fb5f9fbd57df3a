// Builds the production app when there is no build yet or a source is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['app', 'components', 'db', 'lib', 'public', 'proxy.ts', 'next.config.js', 'package.json', 'package-lock.json'];

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

/** Runs `next build` if the build is missing or stale; exits the process if the build fails. */
export function ensureBuild(root, env) {
  const buildId = join(root, '.next', 'BUILD_ID');
  const isStale = !existsSync(buildId) || sources.some((source) => newestMtime(join(root, source)) > statSync(buildId).mtimeMs);
  if (!isStale) return;
  console.log('Building Ripple (no build yet, or sources changed)…');
  const build = spawnSync(process.execPath, [nextBin(root), 'build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
}
