// `npm start`: builds Ripple when needed, then serves it on PORT (default 3000).
// The database (data/ripple.db) and the demo content are created on first use.
import { spawn } from 'node:child_process';
import { ensureBuild, nextBin } from './ensure-build.mjs';

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
try {
  ensureBuild(root, env);
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [nextBin(root), 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
