'use client';

import '../brand.css';
import './games.css';
import { z } from 'zod';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { BlockedWordsEditor } from '../checks/BlockedWordsEditor';
import { revealField } from '../checks/reveal-field';
import { useGameDraft } from '../draft-context';
import { describeGameFinding, describeGamePath, gameCheckTitles } from './issue-words';
import { ChecksHead } from '../checks/ChecksHead';
import { useDraftChecks } from '../checks/use-draft-checks';

// The answer of POST /api/studio/quizzes/[id]/checks for a game, checked as it arrives (it is data from outside).
const findingSchema = z.object({ code: z.string(), severity: z.enum(['warn', 'fail']), path: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) });
const answerSchema = z.object({
  kind: z.literal('game'),
  checks: z.array(z.object({ id: z.string(), status: z.enum(['pass', 'warn', 'fail', 'skip']), findings: z.array(findingSchema) })),
  blockedWords: z.object({ workspaceId: z.string(), words: z.array(z.string()), isDefault: z.boolean(), canEdit: z.boolean() }),
});
type Answer = z.infer<typeof answerSchema>;

const statusKeys: Record<Answer['checks'][number]['status'], StudioMessageKey> = { pass: 'checks_status_pass', warn: 'checks_status_warn', fail: 'checks_status_fail', skip: 'checks_status_skip' };
const icons = { pass: '✓', warn: '!', fail: '✕', skip: '–' } as const;

/**
 * The checks tab of a mini-game: Ripple's pre-launch checklist for the game as it is in the editor (segments,
 * prizes and pools, odds, stock and codes, the consent text, texts on the card, images), re-run as the draft
 * changes, each finding with a button that takes the author to its field; then the workspace's blocked words.
 */
export function GameChecksPanel({ locale }: { locale: StudioLocale }) {
  const { draft, quizId } = useGameDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const { answer, state, error, run } = useDraftChecks(quizId, { definition: draft }, answerSchema);
  return (
    <div className="checks-panel" data-testid="checks-panel">
      <ChecksHead locale={locale} lead="games_checks_lead" checks={answer?.checks} isRunning={state === 'running'} error={error} onRun={run} />
      {answer ? (
        <>
          <ol className="check-list" data-testid="check-list">
            {/* A scratch card has no segments: that check does not apply to it at all. */}
            {answer.checks.filter((check) => !(check.id === 'segments' && check.status === 'skip')).map((check) => {
              const titles = gameCheckTitles[check.id];
              return (
                <li key={check.id} className={`check-item is-${check.status}`} data-check={check.id} data-status={check.status}>
                  <span className="check-icon" aria-hidden="true">
                    {icons[check.status]}
                  </span>
                  <div className="check-body">
                    <div className="check-title-row">
                      <h3>{titles ? t(titles.title) : check.id}</h3>
                      <span className={`badge badge-${check.status}`}>{t(statusKeys[check.status])}</span>
                    </div>
                    {check.status === 'pass' && titles ? <p className="muted small">{t(check.id === 'leads' && !draft.leadCapture.isEnabled ? 'games_check_leads_off' : titles.pass)}</p> : null}
                    {check.status === 'skip' ? <p className="muted small">{t('games_check_skipped')}</p> : null}
                    {check.findings.length > 0 ? (
                      <ul className="finding-list">
                        {check.findings.map((finding, i) => (
                          <li key={`${finding.code}-${finding.path}-${i}`} className={`finding is-${finding.severity}`} data-code={finding.code}>
                            <p className="finding-text">
                              {describeGameFinding(finding, locale)}
                            </p>
                            <button type="button" className="btn btn-sm" aria-label={t('checks_fix_label', { field: describeGamePath(finding.path, locale) })} onClick={() => revealField(finding.path, draft)}>
                              {t('checks_fix')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
          <BlockedWordsEditor blocked={answer.blockedWords} locale={locale} onSaved={run} />
        </>
      ) : null}
    </div>
  );
}
