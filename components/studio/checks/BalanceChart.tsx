'use client';

import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import type { ChecksAnswer } from './use-checks';

/** The outcome-balance simulation as bars: each outcome's share of the simulated plays, the 50% mark dashed. */
export function BalanceChart({ balance, titles, locale }: { balance: NonNullable<ChecksAnswer['balance']>; titles: Record<string, string>; locale: StudioLocale }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const ids = Object.keys(balance.counts);
  return (
    <figure className="stack-sm" style={{ margin: 0 }}>
      <figcaption className="muted small">
        {t(balance.model === 'skill' ? 'checks_balance_trivia' : 'checks_balance_personality', { plays: balance.plays.toLocaleString(locale === 'ar' ? 'ar-u-nu-latn' : 'en') })} {t('checks_balance_thresholds')}
      </figcaption>
      <ul className="balance-chart" aria-label={t('checks_balance_chart')} data-testid="balance-chart">
        {ids.map((id) => {
          const percent = Math.round((1000 * (balance.counts[id] ?? 0)) / balance.plays) / 10;
          const isFlagged = balance.dominantId === id || balance.rareIds.includes(id);
          return (
            <li key={id} className={`balance-row${isFlagged ? ' is-warn' : ''}`}>
              <span className="balance-label" dir="auto" title={titles[id] ?? id}>
                {titles[id] || id}
              </span>
              <span className="balance-track" aria-hidden="true">
                <span className="balance-fill" style={{ inlineSize: `${Math.max(percent, 0.5)}%` }} />
              </span>
              <span className="balance-value">{percent}%</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
