'use client';

import type { ReactNode } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { describeFinding, describeFindingField } from './finding-text';
import type { ChecksAnswer, ChecksFinding } from './use-checks';

type Check = ChecksAnswer['checks'][number];

const titles: Record<string, StudioMessageKey> = {
  complete: 'checks_complete_title',
  reachability: 'checks_reachability_title',
  balance: 'checks_balance_title',
  overflow: 'checks_overflow_title',
  images: 'checks_images_title',
  link_preview: 'checks_link_preview_title',
  blocked_words: 'checks_blocked_words_title',
};
const passes: Record<string, StudioMessageKey> = {
  complete: 'checks_complete_pass',
  reachability: 'checks_reachability_pass',
  balance: 'checks_balance_pass',
  overflow: 'checks_overflow_pass',
  images: 'checks_images_pass',
  link_preview: 'checks_link_preview_pass',
  blocked_words: 'checks_blocked_words_pass',
};
const statusKeys: Record<Check['status'], StudioMessageKey> = { pass: 'checks_status_pass', warn: 'checks_status_warn', fail: 'checks_status_fail', skip: 'checks_status_skip' };
const icons: Record<Check['status'], string> = { pass: '✓', warn: '!', fail: '✕', skip: '–' };

/**
 * The checklist: each check with its status (passed, look at this, fix before launch, not yet), what it found,
 * and for each finding a Fix button that takes the author to the field to change. `extra` adds content under a
 * check (the balance chart).
 */
export function CheckList(props: { checks: Check[]; locale: StudioLocale; blockedCount: number; isPoll: boolean; onFix: (finding: ChecksFinding) => void; extra?: Partial<Record<string, ReactNode>> }) {
  const { locale } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  return (
    <ol className="check-list" data-testid="check-list">
      {props.checks.map((check) => (
        <li key={check.id} className={`check-item is-${check.status}`} data-check={check.id} data-status={check.status}>
          <span className="check-icon" aria-hidden="true">
            {icons[check.status]}
          </span>
          <div className="check-body">
            <div className="check-title-row">
              <h3>{titles[check.id] ? t(titles[check.id] as StudioMessageKey) : check.id}</h3>
              <span className={`badge badge-${check.status}`}>{t(statusKeys[check.status])}</span>
            </div>
            {check.status === 'pass' ? <p className="muted small">{passes[check.id] ? t(passes[check.id] as StudioMessageKey, { count: props.blockedCount }) : ''}</p> : null}
            {check.status === 'skip' ? <p className="muted small">{check.id === 'balance' && props.isPoll ? t('checks_balance_skip') : t('checks_skipped')}</p> : null}
            {check.findings.length > 0 ? (
              <ul className="finding-list">
                {check.findings.map((finding, i) => (
                  <li key={`${finding.code}-${finding.path}-${i}`} className={`finding is-${finding.severity}`} data-code={finding.code}>
                    <p className="finding-text" dir="auto">
                      {describeFinding(finding, locale)}
                    </p>
                    <button type="button" className="btn btn-sm" aria-label={t('checks_fix_label', { field: describeFindingField(finding, locale) })} onClick={() => props.onFix(finding)}>
                      {t('checks_fix')}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {props.extra?.[check.id]}
          </div>
        </li>
      ))}
    </ol>
  );
}
