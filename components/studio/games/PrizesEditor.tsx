'use client';

import type { GameCodesResponse } from '@/lib/games/api-types';
import { listPrizeChances } from '@/lib/games/chances';
import type { GameDraft } from '@/lib/games/game-schema';
import { Emoji } from '../../Emoji';
import { optionalText } from '../content/draft-edits';
import { useContentEditor } from '../content/editor-context';
import { EditorSection, EmojiField, FieldIssues, Icon, ImageField, TextField } from '../content/fields';
import { useGameDraft } from '../draft-context';
import { CodesBox } from './CodesBox';
import { addPrize, changePrize, maxPrizes, newGameItemId, removePrize, setInBasePool, type DraftPrize } from './game-edits';
import { GameNumberField, IssueAnchor } from './game-fields';
import { useChanceText } from './OddsTable';

const maxOdds = 1_000_000;
const maxStock = 100_000_000;

/**
 * The prizes: what each one is (title, description, emoji or image, a button to use it), its odds with the chance
 * they give right beside them, its stock in all and per day, who can win it (everyone, or only players a tier
 * unlocks it for), and its codes (none, generated, or imported here). Then "try again", with its own odds.
 */
export function PrizesEditor({ draft, codes, onCodesChanged }: { draft: GameDraft; codes: GameCodesResponse | null; onCodesChanged: () => Promise<void> }) {
  const { updateDraft } = useGameDraft();
  const { t, announce, focusSoon } = useContentEditor();
  const { pools, rows } = listPrizeChances(draft);
  const add = () => {
    const id = newGameItemId('prize', draft.prizes.map((p) => p.id));
    const segmentId = draft.kind === 'wheel' ? newGameItemId('s', draft.segments.map((s) => s.id)) : '';
    updateDraft(addPrize(id, segmentId));
    focusSoon(`p-${id}-title`);
  };
  return (
    <EditorSection
      id="section-prizes"
      title={t('games_section_prizes')}
      lead={t('games_section_prizes_lead')}
      issue={
        <IssueAnchor path="prizes">
          <FieldIssues path="prizes" id="prizes-issue" />
        </IssueAnchor>
      }
    >
      <ol className="result-list prize-list">
        {draft.prizes.map((prize, i) => (
          <li key={prize.id} className="result-card prize-card" data-testid="prize-card">
            <PrizeCard
              prize={prize}
              index={i}
              count={draft.prizes.length}
              isInBasePool={draft.prizePool.includes(prize.id)}
              chances={rows.find((r) => r.id === prize.id)?.chances ?? []}
              tierFriends={pools.map((p) => p.friends)}
              codes={codes}
              onCodesChanged={onCodesChanged}
              onRemove={() => {
                updateDraft(removePrize(i));
                announce(t('removed', { item: t('games_prize_n', { n: i + 1 }) }));
                const neighbour = draft.prizes[i + 1] ?? draft.prizes[i - 1];
                focusSoon(neighbour ? `p-${neighbour.id}-title` : 'add-prize');
              }}
            />
          </li>
        ))}
        <li className="result-card prize-card is-try-again" data-testid="try-again-card">
          <TryAgainCard draft={draft} chance={rows.find((r) => r.isTryAgain)?.chances[0] ?? null} />
        </li>
      </ol>
      {draft.prizes.length < maxPrizes ? (
        <button type="button" id="add-prize" className="btn add-btn" onClick={add}>
          <Icon name="add" /> {t('games_add_prize')}
        </button>
      ) : null}
    </EditorSection>
  );
}

function PrizeCard(props: {
  prize: DraftPrize;
  index: number;
  count: number;
  isInBasePool: boolean;
  chances: (number | null)[];
  tierFriends: number[];
  codes: GameCodesResponse | null;
  onCodesChanged: () => Promise<void>;
  onRemove: () => void;
}) {
  const { prize, index: i } = props;
  const { updateDraft, isReadOnly } = useGameDraft();
  const { t } = useContentEditor();
  const chanceText = useChanceText();
  const n = i + 1;
  const path = `prizes.${i}`;
  const prefix = `p-${prize.id}`;
  const change = (edit: (prize: DraftPrize) => DraftPrize) => updateDraft(changePrize(i, edit));
  const changeCta = (label: string, url: string) => change((p) => ({ ...p, cta: label === '' && url === '' ? undefined : { label, url } }));
  const stock = props.codes?.stock?.find((s) => s.prizeId === prize.id);
  // The chance shown beside the odds: everyone's, or, for a prize only a tier unlocks, that tier's.
  const firstPool = props.chances.findIndex((c) => c !== null);
  const chance = firstPool >= 0 ? (props.chances[firstPool] ?? null) : null;
  const chanceLine =
    firstPool < 0 ? t('games_chance_nobody') : firstPool === 0 ? t('games_chance_everyone', { percent: chanceText(chance) }) : t('games_chance_tier', { percent: chanceText(chance), count: props.tierFriends[firstPool] ?? 0 });
  return (
    <IssueAnchor path={path}>
      <article aria-labelledby={`${prefix}-heading`} className="stack">
        <header className="item-head">
          <span className="result-badge" aria-hidden="true">
            {prize.emoji ? <Emoji emoji={prize.emoji} size={22} label="" /> : n}
          </span>
          <h3 id={`${prefix}-heading`} className="item-title">
            {t('games_prize_n', { n })}
          </h3>
          <div className="item-actions">
            <button type="button" className="icon-btn icon-btn-danger" aria-label={t('games_remove_prize', { n })} title={t('games_remove_prize', { n })} disabled={props.count <= 1} onClick={props.onRemove}>
              <Icon name="remove" />
            </button>
          </div>
        </header>
        <div className="grid-title-emoji">
          <IssueAnchor path={`${path}.title`}>
            <TextField id={`${prefix}-title`} label={t('games_prize_title')} placeholder={t('games_prize_title_placeholder')} value={prize.title} maxLength={80} issuePath={`${path}.title`} isContent onChange={(title) => change((p) => ({ ...p, title }))} />
          </IssueAnchor>
          <IssueAnchor path={`${path}.emoji`}>
            <EmojiField id={`${prefix}-emoji`} label={t('field_emoji')} value={prize.emoji ?? ''} issuePath={`${path}.emoji`} onChange={(emoji) => change((p) => ({ ...p, emoji: optionalText(emoji) }))} />
          </IssueAnchor>
        </div>
        <IssueAnchor path={`${path}.description`}>
          <TextField id={`${prefix}-description`} label={t('games_prize_description')} placeholder={t('games_prize_description_placeholder')} value={prize.description} maxLength={400} issuePath={`${path}.description`} isContent isMultiline onChange={(description) => change((p) => ({ ...p, description }))} />
        </IssueAnchor>

        <div className="prize-odds-row">
          <IssueAnchor path={`${path}.odds`}>
            <GameNumberField
              id={`${prefix}-odds`}
              className="field-narrow"
              label={t('games_prize_odds')}
              value={prize.odds}
              min={0}
              max={maxOdds}
              isDecimal
              issuePath={`${path}.odds`}
              onChange={(odds) => change((p) => ({ ...p, odds: odds ?? 0 }))}
            />
          </IssueAnchor>
          <p className="prize-chance" aria-live="polite" data-testid="prize-chance">
            {chanceLine}
          </p>
        </div>
        <label className="games-check">
          <input type="checkbox" checked={props.isInBasePool} disabled={isReadOnly} onChange={(event) => updateDraft(setInBasePool(prize.id, event.target.checked))} data-testid="prize-in-pool" />
          <span>
            <strong>{t('games_prize_everyone')}</strong>
            <span className="field-hint">{t('games_prize_everyone_hint')}</span>
          </span>
        </label>

        <div className="games-grid-2">
          <IssueAnchor path={`${path}.stockTotal`}>
            <GameNumberField
              id={`${prefix}-stock-total`}
              label={t('games_prize_stock_total')}
              hint={t('games_prize_stock_hint')}
              placeholder={t('games_stock_unlimited')}
              value={prize.stockTotal}
              min={0}
              max={maxStock}
              isOptional
              issuePath={`${path}.stockTotal`}
              onChange={(stockTotal) => change((p) => ({ ...p, stockTotal }))}
            />
          </IssueAnchor>
          <IssueAnchor path={`${path}.stockPerDay`}>
            <GameNumberField
              id={`${prefix}-stock-day`}
              label={t('games_prize_stock_day')}
              hint={t('games_prize_stock_day_hint')}
              placeholder={t('games_stock_unlimited')}
              value={prize.stockPerDay}
              min={0}
              max={maxStock}
              isOptional
              issuePath={`${path}.stockPerDay`}
              onChange={(stockPerDay) => change((p) => ({ ...p, stockPerDay }))}
            />
          </IssueAnchor>
        </div>
        {stock ? (
          <p className="muted small" data-testid="prize-stock-live">
            {t('games_stock_live', { won: stock.wonTotal, today: stock.wonToday })}
            {stock.remaining !== null ? ` · ${t('games_stock_left', { count: stock.remaining })}` : ''}
          </p>
        ) : null}

        <IssueAnchor path={`${path}.codes`}>
          <fieldset className="pill-choice games-codes-choice">
            <legend className="field-label">{t('games_prize_codes')}</legend>
            {(['none', 'generated', 'imported'] as const).map((mode) => (
              <label key={mode} className="pill-choice-option">
                <input type="radio" name={`${prefix}-codes`} value={mode} checked={prize.codes === mode} disabled={isReadOnly} onChange={() => change((p) => ({ ...p, codes: mode }))} data-testid={`codes-${mode}`} />
                <span>{t(mode === 'none' ? 'games_codes_none' : mode === 'generated' ? 'games_codes_generated' : 'games_codes_imported_mode')}</span>
              </label>
            ))}
          </fieldset>
        </IssueAnchor>
        <p className="field-hint">{t(prize.codes === 'none' ? 'games_codes_none_hint' : prize.codes === 'generated' ? 'games_codes_generated_hint' : 'games_codes_imported_hint')}</p>
        {prize.codes === 'generated' ? (
          <IssueAnchor path={`${path}.codePrefix`}>
            <TextField
              id={`${prefix}-prefix`}
              className="field-narrow-text"
              label={t('games_prize_code_prefix')}
              hint={t('games_prize_code_prefix_hint')}
              placeholder="SPRING"
              value={prize.codePrefix ?? ''}
              maxLength={12}
              issuePath={`${path}.codePrefix`}
              onChange={(value) => change((p) => ({ ...p, codePrefix: optionalText(value.toUpperCase().replace(/[^A-Z0-9]/g, '')) }))}
            />
          </IssueAnchor>
        ) : null}
        {prize.codes === 'imported' ? <CodesBox prizeId={prize.id} codes={props.codes} onImported={props.onCodesChanged} /> : null}

        <details className="prize-more">
          <summary>{t('games_prize_more')}</summary>
          <div className="stack">
            <IssueAnchor path={`${path}.image`}>
              <ImageField
                id={`${prefix}-image`}
                label={t('games_prize_image', { n })}
                value={prize.image}
                alt={prize.imageAlt}
                issuePath={`${path}.image`}
                altIssuePath={`${path}.imageAlt`}
                onChange={(image) => change((p) => ({ ...p, image, imageAlt: image ? p.imageAlt : undefined }))}
                onAltChange={(imageAlt) => change((p) => ({ ...p, imageAlt }))}
              />
            </IssueAnchor>
            <div className="cta-fields">
              <IssueAnchor path={`${path}.cta.label`}>
                <TextField id={`${prefix}-cta-label`} label={t('result_cta_label')} value={prize.cta?.label ?? ''} maxLength={60} issuePath={`${path}.cta.label`} isContent onChange={(label) => changeCta(label, prize.cta?.url ?? '')} />
              </IssueAnchor>
              <IssueAnchor path={`${path}.cta.url`}>
                <TextField id={`${prefix}-cta-url`} label={t('result_cta_url')} placeholder="https://" value={prize.cta?.url ?? ''} maxLength={500} issuePath={`${path}.cta.url`} inputMode="url" onChange={(url) => changeCta(prize.cta?.label ?? '', url)} />
              </IssueAnchor>
              <p className="field-hint cta-hint">{t('games_prize_cta_hint')}</p>
            </div>
          </div>
        </details>
      </article>
    </IssueAnchor>
  );
}

function TryAgainCard({ draft, chance }: { draft: GameDraft; chance: number | null }) {
  const { updateDraft } = useGameDraft();
  const { t } = useContentEditor();
  const chanceText = useChanceText();
  const change = (edit: (tryAgain: GameDraft['tryAgain']) => GameDraft['tryAgain']) => updateDraft((d) => ({ ...d, tryAgain: edit(d.tryAgain) }));
  return (
    <IssueAnchor path="tryAgain">
      <article aria-labelledby="try-again-heading" className="stack">
        <header className="item-head">
          <span className="result-badge" aria-hidden="true">
            {draft.tryAgain.emoji ? <Emoji emoji={draft.tryAgain.emoji} size={22} label="" /> : '↻'}
          </span>
          <h3 id="try-again-heading" className="item-title">
            {t('games_try_again')}
          </h3>
        </header>
        <p className="muted small content-lead">{t('games_try_again_lead')}</p>
        <div className="grid-title-emoji">
          <IssueAnchor path="tryAgain.title">
            <TextField id="try-again-title" label={t('games_try_again_title')} placeholder={t('games_try_again_title_placeholder')} value={draft.tryAgain.title} maxLength={80} issuePath="tryAgain.title" isContent onChange={(title) => change((a) => ({ ...a, title }))} />
          </IssueAnchor>
          <IssueAnchor path="tryAgain.emoji">
            <EmojiField id="try-again-emoji" label={t('field_emoji')} value={draft.tryAgain.emoji ?? ''} issuePath="tryAgain.emoji" onChange={(emoji) => change((a) => ({ ...a, emoji: optionalText(emoji) }))} />
          </IssueAnchor>
        </div>
        <IssueAnchor path="tryAgain.description">
          <TextField id="try-again-description" label={t('games_prize_description')} value={draft.tryAgain.description} maxLength={400} issuePath="tryAgain.description" isContent isMultiline onChange={(description) => change((a) => ({ ...a, description }))} />
        </IssueAnchor>
        <div className="prize-odds-row">
          <IssueAnchor path="tryAgain.odds">
            <GameNumberField id="try-again-odds" className="field-narrow" label={t('games_prize_odds')} value={draft.tryAgain.odds} min={0} max={maxOdds} isDecimal issuePath="tryAgain.odds" onChange={(odds) => change((a) => ({ ...a, odds: odds ?? 0 }))} />
          </IssueAnchor>
          <p className="prize-chance" aria-live="polite" data-testid="try-again-chance">
            {t('games_chance_everyone', { percent: chanceText(chance) })}
          </p>
        </div>
      </article>
    </IssueAnchor>
  );
}
