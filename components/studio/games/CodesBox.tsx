'use client';

import { useId, useRef, useState } from 'react';
import type { GameCodesResponse, ImportCodesResponse } from '@/lib/games/api-types';
import { useContentEditor } from '../content/editor-context';
import { useGameDraft } from '../draft-context';
import { callStudio } from '../launch/api';

/** The most text read from a chosen file: the import route takes 1 MB. */
const maxFileBytes = 1_000_000;

/**
 * A prize's imported codes: how many are still free to give (and how many were given), and a box to paste more
 * (one per line, or a CSV's first column) or read them from a file. The draft is saved first, so the server knows
 * the prize takes imported codes; what was refused (duplicates, lines that are not codes) is said after.
 */
export function CodesBox({ prizeId, codes, onImported }: { prizeId: string; codes: GameCodesResponse | null; onImported: () => Promise<void> }) {
  const { quizId, flush, isReadOnly } = useGameDraft();
  const { t } = useContentEditor();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const counts = codes?.codes.find((c) => c.prizeId === prizeId);
  const free = counts?.free ?? 0;
  const given = counts?.assigned ?? 0;

  async function importCodes() {
    setIsBusy(true);
    setMessage(null);
    const isSaved = await flush();
    if (!isSaved) {
      setMessage({ kind: 'error', text: t('games_codes_save_first') });
      setIsBusy(false);
      return;
    }
    const answer = await callStudio<ImportCodesResponse>(`/api/studio/quizzes/${encodeURIComponent(quizId)}/codes`, 'POST', { prizeId, codes: text });
    if (answer.ok) {
      const result = answer.data;
      const parts = [t('games_codes_imported', { count: result.imported })];
      if (result.alreadyThere > 0) parts.push(t('games_codes_already', { count: result.alreadyThere }));
      if (result.duplicates > 0) parts.push(t('games_codes_duplicates', { count: result.duplicates }));
      if (result.invalidCount > 0) {
        const first = result.invalid[0];
        parts.push(t('games_codes_invalid', { count: result.invalidCount, line: first?.line ?? 0, value: first?.value ?? '' }));
      }
      // The counts first, so the message and the new count show together.
      await onImported();
      setMessage({ kind: result.imported > 0 ? 'success' : 'error', text: parts.join(' ') });
      if (result.imported > 0) setText('');
    } else {
      setMessage({ kind: 'error', text: t('games_codes_failed', { message: answer.message }) });
    }
    setIsBusy(false);
  }

  return (
    <div className="codes-box" data-testid="codes-box">
      <p className={`codes-count ${free === 0 ? 'is-empty' : ''}`} data-testid="codes-free">
        {t('games_codes_free', { count: free })}
        {given > 0 ? <span className="muted"> · {t('games_codes_given', { count: given })}</span> : null}
      </p>
      {isReadOnly ? null : (
        <>
          <div className="field">
            <label htmlFor={`${id}-codes`} className="field-label">
              {t('games_codes_paste')}
            </label>
            <textarea id={`${id}-codes`} className="input codes-textarea" rows={3} dir="ltr" value={text} placeholder={'SPRING-0001\nSPRING-0002'} onChange={(event) => setText(event.target.value)} data-testid="codes-input" />
            <p className="field-hint">{t('games_codes_paste_hint')}</p>
          </div>
          <div className="row">
            <button type="button" className="btn btn-sm btn-primary" disabled={isBusy || text.trim() === ''} onClick={() => void importCodes()} data-testid="codes-import">
              {isBusy ? t('games_codes_importing') : t('games_codes_import')}
            </button>
            <button type="button" className="btn btn-sm" disabled={isBusy} onClick={() => fileInput.current?.click()}>
              {t('games_codes_file')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              hidden
              onChange={async (event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                if (file.size > maxFileBytes) {
                  setMessage({ kind: 'error', text: t('games_codes_file_large') });
                  return;
                }
                setText(await file.text());
              }}
            />
          </div>
        </>
      )}
      {message ? (
        <p className={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="codes-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
