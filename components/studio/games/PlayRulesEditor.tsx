'use client';

import type { GameDraft } from '@/lib/games/game-schema';
import { useContentEditor } from '../content/editor-context';
import { EditorSection, FieldIssues, Icon, TextField, ToggleField } from '../content/fields';
import { useGameDraft } from '../draft-context';
import { addTier, changeTier, maxTiers, removeTier } from './game-edits';
import { GameNumberField, IssueAnchor } from './game-fields';

type Share = GameDraft['shareToPlayAgain'];

/**
 * How much a player may play: the plays everyone gets, and share to play again: the plays each friend who plays
 * through their link earns them, the most in all and per day, and tiers that open more prizes once enough
 * friends have played.
 */
export function PlayRulesEditor({ draft }: { draft: GameDraft }) {
  const { updateDraft, isReadOnly } = useGameDraft();
  const { t, contentDir, contentLang } = useContentEditor();
  const share = draft.shareToPlayAgain;
  const setShare = (change: (share: Share) => Share) => updateDraft((d) => ({ ...d, shareToPlayAgain: change(d.shareToPlayAgain) }));
  const whole = (set: (value: number) => void) => (value: number | null) => {
    if (value !== null) set(value);
  };
  return (
    <EditorSection id="section-plays" title={t('games_section_plays')} lead={t('games_section_plays_lead')}>
      <IssueAnchor path="playsPerPlayer">
        <GameNumberField
          id="plays-per-player"
          className="field-narrow"
          label={t('games_plays_per_player')}
          hint={t('games_plays_per_player_hint')}
          value={draft.playsPerPlayer}
          min={1}
          max={20}
          issuePath="playsPerPlayer"
          onChange={whole((playsPerPlayer) => updateDraft((d) => ({ ...d, playsPerPlayer })))}
        />
      </IssueAnchor>
      <IssueAnchor path="shareToPlayAgain.isEnabled">
        <ToggleField id="share-enabled" label={t('games_share_enabled')} hint={t('games_share_enabled_hint')} isChecked={share.isEnabled} onChange={(isEnabled) => setShare((s) => ({ ...s, isEnabled }))} />
      </IssueAnchor>
      {share.isEnabled ? (
        <div className="stack games-indent">
          <div className="games-grid-3">
            <IssueAnchor path="shareToPlayAgain.extraPlaysPerFriend">
              <GameNumberField id="share-per-friend" label={t('games_share_per_friend')} value={share.extraPlaysPerFriend} min={1} max={5} issuePath="shareToPlayAgain.extraPlaysPerFriend" onChange={whole((extraPlaysPerFriend) => setShare((s) => ({ ...s, extraPlaysPerFriend })))} />
            </IssueAnchor>
            <IssueAnchor path="shareToPlayAgain.maxExtraPlays">
              <GameNumberField id="share-max" label={t('games_share_max')} value={share.maxExtraPlays} min={0} max={50} issuePath="shareToPlayAgain.maxExtraPlays" onChange={whole((maxExtraPlays) => setShare((s) => ({ ...s, maxExtraPlays })))} />
            </IssueAnchor>
            <IssueAnchor path="shareToPlayAgain.maxExtraPlaysPerDay">
              <GameNumberField id="share-per-day" label={t('games_share_per_day')} value={share.maxExtraPlaysPerDay} min={1} max={50} issuePath="shareToPlayAgain.maxExtraPlaysPerDay" onChange={whole((maxExtraPlaysPerDay) => setShare((s) => ({ ...s, maxExtraPlaysPerDay })))} />
            </IssueAnchor>
          </div>
          <p className="games-summary" data-testid="share-summary">
            {t('games_share_summary', { base: draft.playsPerPlayer, perFriend: share.extraPlaysPerFriend, max: draft.playsPerPlayer + share.maxExtraPlays, perDay: share.maxExtraPlaysPerDay })}
          </p>
          <div className="stack-sm">
            <h3 className="games-subtitle">{t('games_tiers_title')}</h3>
            <p className="muted small content-lead">{t('games_tiers_lead')}</p>
          </div>
          <ol className="tier-list">
            {share.tiers.map((tier, ti) => {
              const n = ti + 1;
              const path = `shareToPlayAgain.tiers.${ti}`;
              return (
                <li key={ti} className="tier-card" data-testid="tier-card">
                  <IssueAnchor path={path}>
                    <div className="item-head">
                      <h4 className="item-title">{t('games_tier_n', { n })}</h4>
                      <div className="item-actions">
                        <button type="button" className="icon-btn icon-btn-danger" aria-label={t('games_remove_tier', { n })} title={t('games_remove_tier', { n })} onClick={() => updateDraft(removeTier(ti))}>
                          <Icon name="remove" />
                        </button>
                      </div>
                    </div>
                    <IssueAnchor path={`${path}.friends`}>
                      <GameNumberField id={`tier-${ti}-friends`} className="field-narrow" label={t('games_tier_friends')} value={tier.friends} min={1} max={1000} issuePath={`${path}.friends`} onChange={whole((friends) => updateDraft(changeTier(ti, (x) => ({ ...x, friends }))))} />
                    </IssueAnchor>
                    <IssueAnchor path={`${path}.prizePool`}>
                      <fieldset className="games-fieldset">
                        <legend className="field-label">{t('games_tier_prizes')}</legend>
                        <div className="tier-prizes">
                          {draft.prizes.map((prize, pi) => (
                            <label key={prize.id} className="games-check">
                              <input
                                type="checkbox"
                                checked={tier.prizePool.includes(prize.id)}
                                disabled={isReadOnly}
                                onChange={(event) => {
                                  const isOn = event.target.checked;
                                  updateDraft(changeTier(ti, (x) => ({ ...x, prizePool: isOn ? [...x.prizePool, prize.id] : x.prizePool.filter((id) => id !== prize.id) })));
                                }}
                              />
                              <span dir={contentDir} lang={contentLang}>
                                {prize.title.trim() || t('games_prize_n', { n: pi + 1 })}
                              </span>
                            </label>
                          ))}
                        </div>
                        <FieldIssues path={`${path}.prizePool`} id={`tier-${ti}-prizes-issue`} />
                      </fieldset>
                    </IssueAnchor>
                  </IssueAnchor>
                </li>
              );
            })}
          </ol>
          {share.tiers.length < maxTiers ? (
            <button type="button" className="btn add-btn" onClick={() => updateDraft(addTier())}>
              <Icon name="add" /> {t('games_add_tier')}
            </button>
          ) : null}
        </div>
      ) : null}
    </EditorSection>
  );
}

/** Whether an e-mail is asked before the prize is revealed, and the exact consent text people agree to (stored with each lead). */
export function LeadCaptureEditor({ draft }: { draft: GameDraft }) {
  const { updateDraft } = useGameDraft();
  const { t } = useContentEditor();
  const leads = draft.leadCapture;
  return (
    <EditorSection id="section-leads" title={t('games_section_leads')} lead={t('games_section_leads_lead')}>
      <IssueAnchor path="leadCapture.isEnabled">
        <ToggleField id="leads-enabled" label={t('games_leads_enabled')} hint={t('games_leads_enabled_hint')} isChecked={leads.isEnabled} onChange={(isEnabled) => updateDraft((d) => ({ ...d, leadCapture: { ...d.leadCapture, isEnabled } }))} />
      </IssueAnchor>
      {leads.isEnabled ? (
        <IssueAnchor path="leadCapture.consentText">
          <TextField
            id="leads-consent"
            label={t('games_leads_consent')}
            hint={t('games_leads_consent_hint')}
            placeholder={t('games_leads_consent_placeholder')}
            value={leads.consentText}
            maxLength={1000}
            issuePath="leadCapture.consentText"
            isContent
            isMultiline
            onChange={(consentText) => updateDraft((d) => ({ ...d, leadCapture: { ...d.leadCapture, consentText } }))}
          />
        </IssueAnchor>
      ) : null}
    </EditorSection>
  );
}
