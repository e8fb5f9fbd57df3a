/**
 * Next's start-up hook (runs once per server process). It starts the retention job: raw events older than each
 * workspace's setting are deleted at start and then hourly. Only in the Node.js runtime (the job needs SQLite),
 * never in the Edge runtime of the proxy; RIPPLE_RETENTION_JOB=0 turns it off, and under vitest it stays off
 * unless RIPPLE_RETENTION_JOB=1 asks for it, so tests never start timers they did not ask for.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const setting = process.env.RIPPLE_RETENTION_JOB;
  if (setting === '0' || (process.env.VITEST && setting !== '1')) return;
  try {
    const [{ getDb }, { startRetentionJob }] = await Promise.all([import('./db/client'), import('./db/retention')]);
    startRetentionJob(getDb);
  } catch (error) {
    // A failure here must not keep the server from answering: the job is housekeeping, not a precondition.
    console.error('The retention job could not be started.', error);
  }
}
