'use client';

import './games.css';
import '../launch.css';
import { useCallback, useEffect, useState } from 'react';
import type { LeadSummary } from '@/lib/games/api-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { hasRole } from '@/lib/roles';
import { isolate } from '../auth/bidi';
import { useGameDraft } from '../draft-context';
import { callStudio } from '../launch/api';
import { ConfirmDialog } from '../launch/ConfirmDialog';

type Load = { state: 'loading' } | { state: 'loaded'; leads: LeadSummary[] } | { state: 'forbidden' } | { state: 'failed'; message: string };

/**
 * The leads tab of a game: the e-mails players left before their prize was revealed, newest first, each with the
 * exact consent text they agreed to, when, the player and what they won; the CSV download; and deleting a lead
 * (after a confirmation), which removes it from the list and the CSV. Personal data: editors and owners only.
 */
export function LeadsPanel({ locale }: { locale: StudioLocale }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, draft, role } = useGameDraft();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [toDelete, setToDelete] = useState<LeadSummary | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const canSee = hasRole(role, 'editor');
  const base = `/api/studio/quizzes/${encodeURIComponent(quizId)}/leads`;

  const reload = useCallback(async () => {
    const answer = await callStudio<{ leads: LeadSummary[] }>(base, 'GET');
    if (answer.ok) setLoad({ state: 'loaded', leads: answer.data.leads });
    else setLoad(answer.status === 403 ? { state: 'forbidden' } : { state: 'failed', message: answer.message });
  }, [base]);

  useEffect(() => {
    if (canSee) void reload();
    else setLoad({ state: 'forbidden' });
  }, [canSee, reload]);

  async function confirmDelete() {
    const lead = toDelete;
    if (!lead) return;
    setToDelete(null);
    const answer = await callStudio<null>(`${base}/${encodeURIComponent(lead.id)}`, 'DELETE');
    setMessage(answer.ok ? { kind: 'success', text: t('games_leads_deleted', { email: isolate(lead.email) }) } : { kind: 'error', text: t('games_leads_delete_failed', { message: answer.message }) });
    await reload();
  }

  const formatDate = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const prizeTitle = (id: string) => draft.prizes.find((p) => p.id === id)?.title || id;
  const leads = load.state === 'loaded' ? load.leads : [];

  return (
    <div className="leads-panel stack" data-testid="leads-panel">
      <section className="card stack" aria-labelledby="leads-title">
        <div className="leads-head">
          <div className="stack-sm">
            <h2 id="leads-title">{t('games_leads_title')}</h2>
            <p className="muted small content-lead">{draft.leadCapture.isEnabled ? t('games_leads_lead_on') : t('games_leads_lead_off')}</p>
          </div>
          {canSee ? (
            <a className="btn" href={`${base}/csv`} download data-testid="leads-csv">
              {t('games_leads_csv')}
            </a>
          ) : null}
        </div>
        {load.state === 'loaded' ? (
          <p className="games-summary" role="status" data-testid="leads-count">
            {leads.length === 1 ? t('games_leads_count_one') : t('games_leads_count', { count: leads.length })}
          </p>
        ) : null}
        {message ? (
          <p className={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="leads-message">
            {message.text}
          </p>
        ) : null}
      </section>
      {load.state === 'loading' ? <p className="muted">{t('launch_loading')}</p> : null}
      {load.state === 'forbidden' ? <p className="notice">{t('games_leads_forbidden')}</p> : null}
      {load.state === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('games_leads_load_failed', { message: load.message })}
        </p>
      ) : null}
      {load.state === 'loaded' && leads.length === 0 ? (
        <div className="card empty-state" data-testid="leads-empty">
          <p className="muted">{t('games_leads_empty')}</p>
        </div>
      ) : null}
      {leads.length > 0 ? (
        <ul className="lead-list" data-testid="lead-list">
          {leads.map((lead) => (
            <li key={lead.id} className="card lead-card" data-testid="lead-row">
              <div className="lead-main">
                <p className="lead-email">
                  <bdi>{lead.email}</bdi>
                </p>
                <p className="muted small">
                  {t('games_leads_player', { number: lead.playerNumber, name: lead.playerName ? isolate(lead.playerName) : t('games_leads_no_name') })} · <time dateTime={new Date(lead.createdAt).toISOString()}>{formatDate.format(lead.createdAt)}</time>
                </p>
                <p className="small lead-prizes">
                  <span className="field-label">{t('games_leads_won')}</span> {lead.prizeIds.length > 0 ? <bdi>{lead.prizeIds.map(prizeTitle).join(' · ')}</bdi> : t('games_leads_won_nothing')}
                </p>
                <details className="lead-consent">
                  <summary>{t('games_leads_consent_shown')}</summary>
                  <p dir="auto">{lead.consentText}</p>
                </details>
              </div>
              <button type="button" className="btn btn-sm btn-danger" onClick={() => setToDelete(lead)} aria-label={t('games_leads_delete_label', { email: lead.email })} data-testid="lead-delete">
                {t('games_leads_delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={t('games_leads_delete_title')}
        confirmLabel={t('games_leads_delete_confirm')}
        cancelLabel={t('launch_cancel')}
        isDanger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('games_leads_delete_body', { email: isolate(toDelete?.email ?? '') })}</p>
      </ConfirmDialog>
    </div>
  );
}
