'use client';

import './embed.css';
import { useCallback, useEffect, useState } from 'react';
import { defaultEmbedOptions, type EmbedOptions } from '@/lib/embed/options';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useDraft } from '../draft-context';
import { callStudio } from '../launch/api';
import type { QuizEmbed } from './api';
import { EmbedPreview } from './EmbedPreview';
import { LandingCard } from './LandingCard';
import { OptionsCard } from './OptionsCard';
import { OriginsCard } from './OriginsCard';
import { SnippetCard } from './SnippetCard';

/**
 * The embed tab: how the game sits on a company's page (mode, size, color, trigger) with a sketch of the result and
 * the snippet to paste (and a plain iframe for sites without scripts); which sites may frame the workspace's games;
 * and where the share links of players who played in an embed land.
 */
export function EmbedPanel({ locale }: { locale: StudioLocale }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, draft } = useDraft();
  const [settings, setSettings] = useState<QuizEmbed | null>(null);
  const [isLoadFailed, setIsLoadFailed] = useState(false);
  const [options, setOptions] = useState<EmbedOptions>(defaultEmbedOptions);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  const reload = useCallback(async () => {
    const answer = await callStudio<QuizEmbed>(`/api/studio/quizzes/${quizId}/embed`, 'GET');
    if (answer.ok) setSettings(answer.data);
    setIsLoadFailed(!answer.ok);
  }, [quizId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!settings) {
    return (
      <div className="embed-panel" data-testid="embed-panel">
        <p className={isLoadFailed ? 'notice notice-error' : 'muted'} role={isLoadFailed ? 'alert' : 'status'}>
          {isLoadFailed ? t('embed_load_error') : t('embed_loading')}
        </p>
      </div>
    );
  }

  return (
    <div className="embed-panel stack-lg" data-testid="embed-panel">
      <section className="card stack-sm" aria-labelledby="embed-title">
        <h2 id="embed-title">{t('embed_title')}</h2>
        <p className="muted">{t('embed_lead')}</p>
        {settings.canEdit ? null : <p className="notice">{t('embed_read_only')}</p>}
        {settings.isPublished ? null : (
          <p className="notice notice-warn" data-testid="embed-not-published">
            {t('embed_not_published')}
          </p>
        )}
        {settings.embedOrigins.length === 0 ? (
          <p className="notice notice-warn" data-testid="embed-no-origins">
            {t('embed_no_origins')}
          </p>
        ) : null}
      </section>
      <div className="embed-grid">
        <div className="embed-column">
          <OptionsCard locale={locale} options={options} onChange={setOptions} />
        </div>
        <div className="embed-column">
          <EmbedPreview locale={locale} options={options} draft={draft} />
          <SnippetCard locale={locale} origin={origin} slug={settings.slug} title={draft.title} options={options} />
        </div>
      </div>
      <div className="embed-grid">
        <div className="embed-column">
          <OriginsCard locale={locale} workspaceId={settings.workspaceId} origins={settings.embedOrigins} canEdit={settings.canEdit} onSaved={(embedOrigins) => setSettings({ ...settings, embedOrigins })} />
        </div>
        <div className="embed-column">
          <LandingCard locale={locale} settings={settings} onSaved={setSettings} />
        </div>
      </div>
    </div>
  );
}
