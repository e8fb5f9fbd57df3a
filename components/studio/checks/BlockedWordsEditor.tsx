'use client';

import { useState } from 'react';
import { findBlockedWord, parseBlockedWordsInput } from '@/lib/blocked-words';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import type { ChecksAnswer } from './use-checks';

type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/**
 * The workspace's blocked words: one per line, saved for the whole workspace (PUT /api/studio/workspace-settings),
 * with a way back to Ripple's defaults and a box to try a name against the list as typed. Viewers see the list.
 */
export function BlockedWordsEditor({ blocked, locale, onSaved }: { blocked: ChecksAnswer['blockedWords']; locale: StudioLocale; onSaved: () => void }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const [text, setText] = useState(blocked.words.join('\n'));
  const [shown, setShown] = useState(blocked);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  const [tryName, setTryName] = useState('');
  // A newer list from the server (after a save, or a check run) replaces what is shown unless it is being edited.
  if (blocked !== shown && saving.state !== 'saving') {
    setShown(blocked);
    if (text === shown.words.join('\n')) setText(blocked.words.join('\n'));
  }
  const parsed = parseBlockedWordsInput(text);
  const inputError = parsed.ok ? null : parsed.reason === 'too_many' ? t('blocked_error_too_many') : t('blocked_error_too_long', { word: parsed.word ?? '' });
  const words = parsed.ok ? parsed.words : blocked.words;
  const hit = tryName.trim() ? findBlockedWord(tryName, words) : undefined;

  async function save(list: string[] | null) {
    setSaving({ state: 'saving' });
    try {
      const response = await fetch('/api/studio/workspace-settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ workspaceId: blocked.workspaceId, blockedWords: list }) });
      const payload: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const message = payload && typeof payload === 'object' && 'error' in payload && payload.error && typeof payload.error === 'object' && 'message' in payload.error ? String(payload.error.message) : `HTTP ${response.status}`;
        setSaving({ state: 'failed', message });
        return;
      }
      const saved = payload && typeof payload === 'object' && 'blockedWords' in payload && Array.isArray(payload.blockedWords) ? payload.blockedWords.filter((w): w is string => typeof w === 'string') : list ?? [];
      setText(saved.join('\n'));
      setSaving({ state: 'saved' });
      onSaved();
    } catch (error) {
      setSaving({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const describedBy = ['blocked-words-note', inputError ? 'blocked-words-error' : undefined].filter(Boolean).join(' ');
  return (
    <section className="card stack" aria-labelledby="blocked-words-title" id="blocked-words-section" data-testid="blocked-words">
      <div className="stack-sm">
        <h2 id="blocked-words-title">{t('blocked_title')}</h2>
        <p className="muted small">{t('blocked_lead')}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="blocked-words">
          {t('blocked_label')}
        </label>
        <textarea
          id="blocked-words"
          className="input blocked-textarea"
          dir="auto"
          value={text}
          readOnly={!blocked.canEdit}
          aria-invalid={inputError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            setSaving({ state: 'idle' });
          }}
        />
        <p className="field-hint" id="blocked-words-note">
          {blocked.isDefault ? t('blocked_defaults_note') : t('blocked_custom_note')} {t('blocked_count', { count: words.length })}
        </p>
        {inputError ? (
          <p className="field-error" id="blocked-words-error" role="alert">
            {inputError}
          </p>
        ) : null}
      </div>
      {blocked.canEdit ? (
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={!parsed.ok || saving.state === 'saving'} onClick={() => parsed.ok && void save(parsed.words)}>
            {saving.state === 'saving' ? t('blocked_saving') : t('blocked_save')}
          </button>
          {blocked.isDefault ? null : (
            <button type="button" className="btn btn-ghost" disabled={saving.state === 'saving'} onClick={() => void save(null)}>
              {t('blocked_reset')}
            </button>
          )}
          <span role="status" className="muted small">
            {saving.state === 'saved' ? t('blocked_saved') : ''}
          </span>
        </div>
      ) : (
        <p className="notice">{t('blocked_viewer')}</p>
      )}
      {saving.state === 'failed' ? (
        <p className="field-error" role="alert">
          {t('blocked_error_save', { message: saving.message })}
        </p>
      ) : null}
      <div className="field blocked-try">
        <label className="field-label" htmlFor="blocked-try">
          {t('blocked_try_label')}
        </label>
        <input id="blocked-try" className="input" dir="auto" value={tryName} maxLength={60} onChange={(event) => setTryName(event.target.value)} aria-describedby="blocked-try-result" />
        <p id="blocked-try-result" className={`try-result ${hit ? 'is-blocked' : 'is-ok'}`} aria-live="polite">
          {tryName.trim() ? (hit ? t('blocked_try_blocked', { name: tryName.trim(), word: hit }) : t('blocked_try_ok', { name: tryName.trim() })) : ''}
        </p>
      </div>
    </section>
  );
}
