'use client';

import { Fragment } from 'react';
import type { GameCodesResponse } from '@/lib/games/api-types';
import { formatChance, listPrizeChances } from '@/lib/games/chances';
import type { GameDraft } from '@/lib/games/game-schema';
import { Emoji } from '../../Emoji';
import { useContentEditor } from '../content/editor-context';

/** A chance as the studio writes it: "12.3%" / "12.3٪", or a dash where the outcome is not in the pool. */
export function useChanceText() {
  const { t } = useContentEditor();
  return (probability: number | null) => (probability === null ? '—' : t('games_percent', { percent: formatChance(probability) }));
}

/**
 * Every outcome of one play with its odds and the chance they give, "try again" included, for everyone and for
 * each share-to-play-again tier, with each prize's stock (and, once published, what is left). Recomputed on every
 * keystroke, from the same formula as the server's draw.
 */
export function OddsTable({ draft, codes }: { draft: GameDraft; codes: GameCodesResponse | null }) {
  const { t, contentDir, contentLang } = useContentEditor();
  const chanceText = useChanceText();
  const { pools, rows } = listPrizeChances(draft);
  const stockLeft = new Map((codes?.stock ?? []).map((s) => [s.prizeId, s]));
  const stockText = (prize: GameDraft['prizes'][number]) => {
    const parts = [prize.stockTotal === null ? t('games_stock_unlimited') : t('games_stock_total', { count: prize.stockTotal })];
    if (prize.stockPerDay !== null) parts.push(t('games_stock_per_day', { count: prize.stockPerDay }));
    return parts.join(' · ');
  };
  return (
    <section className="card content-section" id="odds-table" aria-labelledby="odds-table-title" data-testid="odds-table">
      <div className="stack-xs">
        <h2 id="odds-table-title">{t('games_odds_title')}</h2>
        <p className="muted small content-lead">{t('games_odds_lead')}</p>
      </div>
      <div className="odds-scroll">
        <table className="table odds-table">
          <thead>
            <tr>
              <th scope="col">{t('games_odds_col_outcome')}</th>
              <th scope="col" className="num">
                {t('games_odds_col_odds')}
              </th>
              {pools.map((pool) => (
                <th scope="col" className="num" key={pool.friends}>
                  {pool.friends === 0 ? t('games_odds_col_everyone') : t('games_odds_col_tier', { count: pool.friends })}
                </th>
              ))}
              <th scope="col">{t('games_odds_col_stock')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const prize = draft.prizes.find((p) => p.id === row.id);
              const index = prize ? draft.prizes.indexOf(prize) : -1;
              const title = row.isTryAgain ? draft.tryAgain.title.trim() || t('games_try_again') : prize?.title.trim() || t('games_prize_n', { n: index + 1 });
              const emoji = row.isTryAgain ? draft.tryAgain.emoji : prize?.emoji;
              const left = prize ? stockLeft.get(prize.id) : undefined;
              return (
                <tr key={row.id} className={row.isTryAgain ? 'is-try-again' : undefined} data-testid="odds-row" data-outcome={row.id}>
                  <th scope="row">
                    <span className="odds-outcome">
                      {emoji ? <Emoji emoji={emoji} size={20} label="" /> : null}
                      <span lang={contentLang} dir={contentDir}>
                        {title}
                      </span>
                    </span>
                  </th>
                  <td className="num" dir="ltr">
                    {row.isTryAgain ? draft.tryAgain.odds : (prize?.odds ?? 0)}
                  </td>
                  {row.chances.map((chance, pi) => (
                    <td className="num odds-chance" key={pools[pi]?.friends ?? pi} data-testid={pi === 0 ? 'odds-chance' : undefined}>
                      {chanceText(chance)}
                    </td>
                  ))}
                  <td className="small">
                    {prize ? (
                      <Fragment>
                        {stockText(prize)}
                        {left && left.remaining !== null ? <span className="muted"> · {t('games_stock_left', { count: left.remaining })}</span> : null}
                      </Fragment>
                    ) : (
                      <span className="muted">{t('games_stock_try_again')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small content-lead">{t('games_odds_note')}</p>
    </section>
  );
}
