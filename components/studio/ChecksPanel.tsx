'use client';

import './brand.css';
import { useState } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { listDraftOutcomes } from './brand/sample';
import { BalanceChart } from './checks/BalanceChart';
import { BlockedWordsEditor } from './checks/BlockedWordsEditor';
import { CheckList } from './checks/CheckList';
import { LinkPreviews } from './checks/LinkPreviews';
import { revealField } from './checks/reveal-field';
import { useChecks } from './checks/use-checks';
import { useDraft } from './draft-context';

/**
 * The checks tab: Ripple's pre-launch checklist for the draft as it is in the editor (reachability, balance,
 * texts on the card, images and alt texts, link previews, blocked names), re-run as the draft changes, each
 * finding with a way to its field; then the link previews of the four networks and the workspace's blocked words.
 */
export function ChecksPanel({ locale }: { locale: StudioLocale }) {
  const { draft, quizId } = useDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const [resultId, setResultId] = useState<string | undefined>(undefined);
  const { answer, state, error, run } = useChecks(quizId, draft, resultId);
  const titles = Object.fromEntries(listDraftOutcomes(draft).map((o) => [o.id, o.title]));
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const check of answer?.checks ?? []) if (check.status !== 'skip') counts[check.status]++;
  return (
    <div className="checks-panel" data-testid="checks-panel">
      <section className="card checks-head" aria-labelledby="checks-title">
        <div className="stack-sm">
          <h2 id="checks-title">{t('checks_title')}</h2>
          <p className="muted small">{t('checks_lead')}</p>
          {answer ? (
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
            {state === 'running' ? t('checks_running') : ''}
          </span>
          <button type="button" className="btn" onClick={run} disabled={state === 'running'}>
            {t('checks_run')}
          </button>
        </div>
      </section>
      {error ? (
        <p className="notice notice-error" role="alert">
          {t('checks_error', { message: error })}
        </p>
      ) : null}
      {answer ? (
        <>
          <CheckList
            checks={answer.checks}
            locale={locale}
            blockedCount={answer.blockedWords.words.length}
            isPoll={draft.kind === 'poll'}
            onFix={(finding) => revealField(finding.path, draft)}
            extra={{ balance: answer.balance ? <BalanceChart balance={answer.balance} titles={titles} locale={locale} /> : null }}
          />
          <LinkPreviews previews={answer.linkPreviews} resultId={resultId} onResultChange={setResultId} locale={locale} />
          <BlockedWordsEditor blocked={answer.blockedWords} locale={locale} onSaved={run} />
        </>
      ) : null}
    </div>
  );
}
