'use client';

import { useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { callStudio, type Campaign } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { formatMoment } from './format';
import { SaveFooter } from './SaveFooter';

/** Pause and resume, stop (after a confirmation) and reopen, and the cap on the number of players. */
export function ControlsCard({ locale, campaign, onSaved }: { locale: StudioLocale; campaign: Campaign; onSaved: (campaign: Campaign) => void }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, isReadOnly } = useAnyDraft();
  const [isBusy, setIsBusy] = useState(false);
  const [isStopAsked, setIsStopAsked] = useState(false);
  const [actionError, setActionError] = useState('');
  const [cap, setCap] = useState(campaign.playerCap === null ? '' : String(campaign.playerCap));
  const [capError, setCapError] = useState('');
  const [isCapSaved, setIsCapSaved] = useState(false);
  const url = `/api/studio/quizzes/${quizId}/campaign`;

  async function act(action: 'pause' | 'resume' | 'stop' | 'restart') {
    setIsBusy(true);
    setActionError('');
    const answer = await callStudio<Campaign>(url, 'PATCH', { action });
    setIsBusy(false);
    if (answer.ok) onSaved(answer.data);
    else setActionError(t('launch_request_failed', { message: answer.message }));
  }

  async function saveCap() {
    setIsCapSaved(false);
    const trimmed = cap.trim();
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && (!/^\d+$/.test(trimmed) || value < 1)) {
      setCapError(t('launch_err_cap'));
      return;
    }
    setCapError('');
    setIsBusy(true);
    const answer = await callStudio<Campaign>(url, 'PATCH', { playerCap: value });
    setIsBusy(false);
    if (answer.ok) {
      onSaved(answer.data);
      setIsCapSaved(true);
    } else setCapError(answer.issues.some((i) => i.path === 'playerCap') ? t('launch_err_cap') : t('launch_request_failed', { message: answer.message }));
  }

  const isStopped = campaign.stoppedAt !== null;
  const isPaused = campaign.pausedAt !== null;
  return (
    <section className="card stack" aria-labelledby="launch-controls-title">
      <h2 id="launch-controls-title">{t('launch_controls_heading')}</h2>
      {isStopped && campaign.stoppedAt !== null ? <p className="muted">{t('launch_stopped_on', { date: formatMoment(locale, campaign.stoppedAt) })}</p> : null}
      {!isStopped && isPaused && campaign.pausedAt !== null ? <p className="muted">{t('launch_paused_on', { date: formatMoment(locale, campaign.pausedAt) })}</p> : null}
      {isReadOnly ? null : (
        <div className="row">
          {isStopped ? null : isPaused ? (
            <button type="button" className="btn btn-primary" disabled={isBusy} onClick={() => void act('resume')} data-testid="resume">
              {t('launch_resume')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={isBusy} onClick={() => void act('pause')} data-testid="pause">
              {t('launch_pause')}
            </button>
          )}
          {isStopped ? (
            <button type="button" className="btn" disabled={isBusy} onClick={() => void act('restart')} data-testid="reopen">
              {t('launch_reopen')}
            </button>
          ) : (
            <button type="button" className="btn btn-danger" disabled={isBusy} onClick={() => setIsStopAsked(true)} data-testid="stop">
              {t('launch_stop')}
            </button>
          )}
        </div>
      )}
      {actionError ? (
        <p className="notice notice-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={isStopAsked}
        title={t('launch_stop')}
        confirmLabel={t('launch_stop')}
        cancelLabel={t('launch_cancel')}
        isDanger
        onCancel={() => setIsStopAsked(false)}
        onConfirm={() => {
          setIsStopAsked(false);
          void act('stop');
        }}
      >
        <p>{t('launch_stop_confirm')}</p>
      </ConfirmDialog>

      <form
        className="stack launch-cap"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveCap();
        }}
      >
        <h3 className="launch-subheading">{t('launch_cap_heading')}</h3>
        <div className="field">
          <label className="field-label" htmlFor="launch-cap">
            {t('launch_cap_label')}
          </label>
          <input
            id="launch-cap"
            className="input launch-cap-input"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={cap}
            disabled={isReadOnly}
            aria-invalid={capError ? true : undefined}
            aria-describedby="launch-cap-hint launch-cap-error"
            onChange={(event) => {
              setCap(event.target.value);
              setIsCapSaved(false);
            }}
          />
          <p id="launch-cap-hint" className="field-hint">
            {t('launch_cap_hint')}
          </p>
          <p id="launch-cap-error" className="field-error" role="alert">
            {capError}
          </p>
        </div>
        <SaveFooter locale={locale} isReadOnly={isReadOnly} isBusy={isBusy} isSaved={isCapSaved} label={t('launch_save_cap')} testId="save-cap" />
      </form>
    </section>
  );
}
