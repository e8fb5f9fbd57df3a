'use client';

import { useEffect, useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import type { Campaign } from './api';
import { formatMoment } from './format';

/** The campaign at a glance: its state for players, its player count, its public link and the way to its stats. */
export function StatusCard({ locale, campaign }: { locale: StudioLocale; campaign: Campaign }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const [origin, setOrigin] = useState('');
  const [isCopied, setIsCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const publicUrl = `${origin}/q/${campaign.slug}`;
  const isArchived = campaign.archivedAt !== null;
  const stateLabel = isArchived ? t('launch_state_archived') : t(`launch_state_${campaign.state}`);
  const help = t(`launch_state_help_${campaign.state}`, { date: campaign.startsAt === null ? '' : formatMoment(locale, campaign.startsAt) });

  async function copy() {
    try {
      await navigator.clipboard.writeText(publicUrl);
    } catch {
      // Without clipboard access the link stays selectable in its field.
      document.querySelector<HTMLInputElement>('#launch-public-link')?.select();
    }
    setIsCopied(true);
    setTimeout(() => setIsCopied(false), 2000);
  }

  return (
    <section className="card stack launch-status" aria-labelledby="launch-title">
      <div className="row row-between launch-status-head">
        <div className="stack-sm">
          <h2 id="launch-title">{t('launch_title')}</h2>
          <div className="row launch-status-line">
            <span className={`badge launch-badge launch-badge-${isArchived ? 'archived' : campaign.state}`} data-testid="campaign-state" data-state={campaign.state}>
              {stateLabel}
            </span>
            <span className="muted">{t('launch_players_so_far', { count: campaign.players })}</span>
          </div>
          <p className="muted launch-help">{isArchived ? t('launch_archive_help') : help}</p>
        </div>
        {campaign.publishedVersionId ? (
          <a className="btn" href={`/stats/${campaign.slug}`}>
            {t('launch_view_stats')}
          </a>
        ) : null}
      </div>
      {campaign.publishedVersionId ? (
        <div className="field">
          <label className="field-label" htmlFor="launch-public-link">
            {t('launch_public_link')}
          </label>
          <div className="launch-link-row">
            <input id="launch-public-link" className="input launch-link-input" readOnly value={publicUrl} dir="ltr" onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="btn" onClick={() => void copy()} aria-live="polite">
              {isCopied ? t('launch_copied') : t('launch_copy_link')}
            </button>
            <a className="btn btn-ghost" href={`/q/${campaign.slug}`} target="_blank" rel="noopener">
              {t('launch_open_link')}
            </a>
          </div>
        </div>
      ) : null}
    </section>
  );
}
