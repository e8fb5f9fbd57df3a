'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { callStudio, type Campaign } from './api';
import { ConfirmDialog } from './ConfirmDialog';

/** Duplicate, archive or unarchive, and delete (after typing the quiz's address to confirm). */
export function ManageCard({ locale, campaign, onChanged }: { locale: StudioLocale; campaign: Campaign; onChanged: () => Promise<void> }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const router = useRouter();
  const { quizId, draft, flush, isReadOnly } = useAnyDraft();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState('');
  const [isDeleteAsked, setIsDeleteAsked] = useState(false);
  const [typed, setTyped] = useState('');
  const [deleteError, setDeleteError] = useState('');
  const base = `/api/studio/quizzes/${quizId}`;
  const isArchived = campaign.archivedAt !== null;

  async function duplicate() {
    setIsBusy(true);
    setError('');
    // The copy is made from the saved draft: save the last edits first.
    await flush();
    const answer = await callStudio<{ id: string }>(`${base}/duplicate`, 'POST');
    if (answer.ok) {
      router.push(`/studio/q/${answer.data.id}`);
      return;
    }
    setIsBusy(false);
    setError(t('launch_request_failed', { message: answer.message }));
  }

  async function toggleArchive() {
    setIsBusy(true);
    setError('');
    const answer = await callStudio(`${base}/archive`, 'POST', { isArchived: !isArchived });
    if (answer.ok) await onChanged();
    else setError(t('launch_request_failed', { message: answer.message }));
    setIsBusy(false);
  }

  async function remove() {
    if (typed.trim() !== campaign.slug) {
      setDeleteError(t('launch_delete_mismatch'));
      return;
    }
    setIsBusy(true);
    const answer = await callStudio(base, 'DELETE', { confirm: typed.trim() });
    if (answer.ok) {
      router.push('/studio');
      return;
    }
    setIsBusy(false);
    setDeleteError(answer.issues.some((i) => i.path === 'confirm') ? t('launch_delete_mismatch') : t('launch_request_failed', { message: answer.message }));
  }

  // The slug is shown as code inside the sentence, whichever side of it the language puts it.
  const [before = '', after = ''] = studioText(locale, 'launch_delete_type').split('{slug}');
  // Viewers change nothing here: they only learn that the quiz is archived.
  if (isReadOnly) return isArchived ? <p className="notice">{t('launch_archived_note')}</p> : null;
  return (
    <section className="card stack" aria-labelledby="launch-manage-title">
      <h2 id="launch-manage-title">{t('launch_manage_heading')}</h2>
      {isArchived ? <p className="notice">{t('launch_archived_note')}</p> : null}
      <div className="launch-manage-row">
        <div className="stack-sm">
          <button type="button" className="btn" disabled={isBusy} onClick={() => void duplicate()} data-testid="duplicate">
            {t('launch_duplicate')}
          </button>
          <p className="field-hint">{t('launch_duplicate_help')}</p>
        </div>
        <div className="stack-sm">
          <button type="button" className="btn" disabled={isBusy} onClick={() => void toggleArchive()} data-testid="archive">
            {isArchived ? t('launch_unarchive') : t('launch_archive')}
          </button>
          <p className="field-hint">{t('launch_archive_help')}</p>
        </div>
        <div className="stack-sm">
          <button
            type="button"
            className="btn btn-danger"
            disabled={isBusy}
            onClick={() => {
              setTyped('');
              setDeleteError('');
              setIsDeleteAsked(true);
            }}
            data-testid="delete"
          >
            {t('launch_delete')}
          </button>
          <p className="field-hint">{t('launch_delete_help')}</p>
        </div>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={isDeleteAsked}
        title={t('launch_delete_title')}
        confirmLabel={t('launch_delete_confirm')}
        cancelLabel={t('launch_cancel')}
        isDanger
        isConfirmDisabled={isBusy || typed.trim() !== campaign.slug}
        onCancel={() => setIsDeleteAsked(false)}
        onConfirm={() => void remove()}
      >
        <p>{t('launch_delete_body', { title: draft.title.trim() || campaign.slug })}</p>
        <div className="field">
          <label className="field-label" htmlFor="launch-delete-confirm">
            {before}
            <code className="launch-code" dir="ltr">
              {campaign.slug}
            </code>
            {after}
          </label>
          <input
            id="launch-delete-confirm"
            className="input"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            aria-invalid={deleteError ? true : undefined}
            aria-describedby="launch-delete-error"
            onChange={(event) => {
              setTyped(event.target.value);
              setDeleteError('');
            }}
          />
          <p id="launch-delete-error" className="field-error" role="alert">
            {deleteError}
          </p>
        </div>
      </ConfirmDialog>
    </section>
  );
}
