'use client';

import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import type { VersionHistory as History } from './api';
import { formatMoment } from './format';

/** Every published version, newest first, with its date and the number of players who finished on it. */
export function VersionHistory({ locale, history }: { locale: StudioLocale; history: History }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  return (
    <section className="card card-flush" aria-labelledby="launch-versions-title">
      <h2 id="launch-versions-title" className="launch-card-title">
        {t('launch_versions_heading')}
      </h2>
      {history.versions.length === 0 ? (
        <p className="muted launch-card-body">{t('launch_versions_empty')}</p>
      ) : (
        <table className="table" data-testid="version-history">
          <thead>
            <tr>
              <th scope="col">{t('launch_version_col')}</th>
              <th scope="col">{t('launch_date_col')}</th>
              <th scope="col" className="num">
                {t('launch_players_col')}
              </th>
            </tr>
          </thead>
          <tbody>
            {history.versions.map((version) => (
              <tr key={version.id}>
                <td>
                  <span className="launch-version">v{version.version}</span>
                  {version.isPublished ? <span className="badge badge-published launch-current">{t('launch_current')}</span> : null}
                </td>
                <td>{formatMoment(locale, version.createdAt)}</td>
                <td className="num">{version.players}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
