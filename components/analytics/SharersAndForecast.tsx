import type { Dashboard } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { colorOfChannel } from './chart-style';
import { makeFormatter } from './format';
import { EmptyNote, Panel } from './parts';

type Text = (key: StudioMessageKey, values?: Record<string, string | number>) => string;

/** The top sharers, ranked by their whole subtree: the name on their card or "Player #n", never an e-mail. */
export function TopSharersPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const rows = dashboard.topSharers;
  return (
    <Panel id="an-sharers" title={t('an_sharers_title')} lead={t('an_sharers_lead')} wide testId="top-sharers">
      {rows.length === 0 ? (
        <EmptyNote>{t('an_sharers_empty')}</EmptyNote>
      ) : (
        <div className="an-table-wrap">
          <table className="table an-table" data-testid="sharers-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('an_col_rank')}
                </th>
                <th scope="col">{t('an_col_player')}</th>
                <th scope="col" className="num">
                  {t('an_col_subtree')}
                </th>
                <th scope="col" className="num">
                  {t('an_col_direct')}
                </th>
                <th scope="col">{t('an_col_arrived')}</th>
                <th scope="col" className="num">
                  {t('an_col_generation')}
                </th>
                <th scope="col">{t('an_col_result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.playerId}>
                  <td className="num muted">{f.count(i + 1)}</td>
                  <th scope="row">
                    <bdi>{row.label}</bdi>
                  </th>
                  <td className="num">
                    <strong>{f.count(row.descendants)}</strong>
                  </td>
                  <td className="num">{f.count(row.children)}</td>
                  <td>
                    <span className="an-swatch" style={{ background: colorOfChannel(row.channel) }} aria-hidden="true" />
                    {f.channel(row.channel)}
                  </td>
                  <td className="num">{f.count(row.generation)}</td>
                  <td>
                    <bdi>{row.outcomeLabel}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

/**
 * How far it will go: the expected total (seeds / (1 − K)) or, with K ≥ 1, no finite total; the next 7 and 30
 * days with their 95% bands drawn as ranges on one scale; and the model in one honest sentence.
 */
export function ForecastPanel({ locale, dashboard }: { locale: StudioLocale; dashboard: Dashboard }) {
  const t: Text = (key, values) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const { forecast, totals } = dashboard;
  const scale = Math.max(1, ...forecast.horizons.map((h) => h.high));
  const model = forecast.medianCycleMinutes === null ? 'an_forecast_model_no_cycle' : 'an_forecast_model';
  return (
    <Panel id="an-forecast" title={t('an_forecast_title')} testId="forecast">
      {totals.players === 0 ? (
        <EmptyNote>{t('an_forecast_empty')}</EmptyNote>
      ) : (
        <div className="an-forecast">
          <div className="an-forecast-total">
            <p className="an-kpi-label">{t('an_forecast_total')}</p>
            {forecast.expectedTotal === null ? (
              <>
                <p className="an-forecast-infinite" data-testid="forecast-total">
                  {t('an_forecast_no_total')}
                </p>
                <p className="muted small">{t('an_forecast_no_total_hint')}</p>
              </>
            ) : (
              <p className="an-kpi-value" data-testid="forecast-total">
                {t('an_forecast_total_value', { total: f.count(forecast.expectedTotal) })}
              </p>
            )}
          </div>
          <ul className="an-horizons">
            {forecast.horizons.map((h) => (
              <li key={h.days} data-testid={`forecast-${h.days}`}>
                <div className="an-horizon-head">
                  <span>{t('an_forecast_horizon', { days: f.count(h.days) })}</span>
                  <strong>{f.count(h.expected)}</strong>
                </div>
                <div className="an-band" aria-hidden="true">
                  <span className="an-band-range" style={{ insetInlineStart: `${(h.low / scale) * 100}%`, inlineSize: `${Math.max(0.5, ((h.high - h.low) / scale) * 100)}%` }} />
                  <span className="an-band-mark" style={{ insetInlineStart: `${(h.expected / scale) * 100}%` }} />
                </div>
                <p className="muted small">
                  {t('an_forecast_band_label')}: {t('an_forecast_band', { low: f.count(h.low), high: f.count(h.high) })}
                </p>
              </li>
            ))}
          </ul>
          <p className="small an-model" data-testid="forecast-model">
            {t(model, { k: f.ratio(forecast.k), kLow: f.ratio(forecast.kLow), kHigh: f.ratio(forecast.kHigh), cycle: f.duration(forecast.medianCycleMinutes), seeds: forecast.seedsPerDay < 10 ? f.decimal(forecast.seedsPerDay) : f.count(forecast.seedsPerDay) })}
          </p>
        </div>
      )}
    </Panel>
  );
}
