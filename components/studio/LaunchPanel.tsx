'use client';

import './launch.css';
import { useCallback, useEffect, useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from './draft-context';
import { callStudio, type Campaign, type VersionHistory as History } from './launch/api';
import { ControlsCard } from './launch/ControlsCard';
import { EndedPageCard } from './launch/EndedPageCard';
import { ManageCard } from './launch/ManageCard';
import { PublishCard } from './launch/PublishCard';
import { ScheduleCard } from './launch/ScheduleCard';
import { StatusCard } from './launch/StatusCard';
import { VersionHistory } from './launch/VersionHistory';

/**
 * The launch tab: publish the draft as a new version, see the campaign's state and public link, schedule it,
 * pause, stop or cap it, word its ended page, see its versions, and duplicate, archive or delete the quiz.
 * Viewers see all of it without the controls that change anything.
 */
export function LaunchPanel({ locale }: { locale: StudioLocale }) {
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const { quizId, isReadOnly } = useAnyDraft();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [isLoadFailed, setIsLoadFailed] = useState(false);

  const reload = useCallback(async () => {
    const [campaignAnswer, historyAnswer] = await Promise.all([
      callStudio<Campaign>(`/api/studio/quizzes/${quizId}/campaign`, 'GET'),
      callStudio<History>(`/api/studio/quizzes/${quizId}/versions`, 'GET'),
    ]);
    if (campaignAnswer.ok) setCampaign(campaignAnswer.data);
    if (historyAnswer.ok) setHistory(historyAnswer.data);
    setIsLoadFailed(!campaignAnswer.ok || !historyAnswer.ok);
  }, [quizId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!campaign || !history) {
    return (
      <div className="launch" data-testid="launch-panel">
        <p className={isLoadFailed ? 'notice notice-error' : 'muted'} role={isLoadFailed ? 'alert' : 'status'}>
          {isLoadFailed ? t('launch_load_error') : t('launch_loading')}
        </p>
      </div>
    );
  }

  return (
    <div className="launch stack-lg" data-testid="launch-panel">
      {isReadOnly ? <p className="notice">{t('launch_read_only')}</p> : null}
      <StatusCard locale={locale} campaign={campaign} />
      {/* Two columns on a laptop (going live; what players see after and the quiz itself), one on a tablet. */}
      <div className="launch-grid">
        <div className="launch-column">
          <PublishCard locale={locale} history={history} onPublished={reload} />
          <ScheduleCard locale={locale} campaign={campaign} onSaved={setCampaign} />
          <ControlsCard locale={locale} campaign={campaign} onSaved={setCampaign} />
        </div>
        <div className="launch-column">
          <EndedPageCard locale={locale} campaign={campaign} onSaved={setCampaign} />
          <VersionHistory locale={locale} history={history} />
          <ManageCard locale={locale} campaign={campaign} onChanged={reload} />
        </div>
      </div>
    </div>
  );
}
