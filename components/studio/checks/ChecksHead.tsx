import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';

type Status = 'pass' | 'warn' | 'fail' | 'skip';

/**
 * The head of a checks tab, for quizzes and games alike: the title and lead, the tally of failures, warnings and
 * passes once the checks have run, the run button with its status, and the error when a run failed.
 */
export function ChecksHead(props: { locale: StudioLocale; lead: StudioMessageKey; checks: readonly { status: Status }[] | undefined; isRunning: boolean; error: string | null; onRun: () => void }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(props.locale, key, values);
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const check of props.checks ?? []) if (check.status !== 'skip') counts[check.status]++;
  return (
    <>
      <section className="card checks-head" aria-labelledby="checks-title">
        <div className="stack-sm">
          <h2 id="checks-title">{t('checks_title')}</h2>
          <p className="muted small">{t(props.lead)}</p>
          {props.checks ? (
            <p className="checks-summary" data-testid="checks-summary" aria-live="polite">
              {counts.fail === 0 && counts.warn === 0 ? (
                <span className="badge badge-pass">{t('checks_all_clear')}</span>
              ) : (
                <>
                  {counts.fail > 0 ? <span className="badge badge-fail">{t('checks_summary_fail', { count: counts.fail })}</span> : null}
                  {counts.warn > 0 ? <span className="badge badge-warn">{t('checks_summary_warn', { count: counts.warn })}</span> : null}
                  <span className="badge badge-pass">{t('checks_summary_pass', { count: counts.pass })}</span>
                </>
              )}
            </p>
          ) : null}
        </div>
        <div className="row">
          <span className="muted small" role="status">
            {props.isRunning ? t('checks_running') : ''}
          </span>
          <button type="button" className="btn" onClick={props.onRun} disabled={props.isRunning}>
            {t('checks_run')}
          </button>
        </div>
      </section>
      {props.error ? (
        <p className="notice notice-error" role="alert">
          {t('checks_error', { message: props.error })}
        </p>
      ) : null}
    </>
  );
}
