'use client';

import { useContentEditor } from '../content/editor-context';
import { EditorSection, FieldIssues, ImageField, TextField } from '../content/fields';
import { useGameDraft } from '../draft-context';
import type { ScratchDraft } from './game-edits';
import { GameNumberField, IssueAnchor } from './game-fields';

type Card = ScratchDraft['card'];
type Area = Card['revealArea'];

/**
 * The scratch card: the surface that is scratched away (an image, or a color with a line printed on it), the
 * area of the card it covers (in percent of the card, from its top-start corner), and how much of it must be
 * scratched before the prize shows in full.
 */
export function ScratchCardEditor({ draft }: { draft: ScratchDraft }) {
  const { updateDraft, isReadOnly } = useGameDraft();
  const { t } = useContentEditor();
  const { card } = draft;
  const setCard = (change: (card: Card) => Card) => updateDraft((d) => (d.kind === 'scratch' ? { ...d, card: change(d.card) } : d));
  const setArea = (key: keyof Area) => (value: number | null) => {
    if (value !== null) setCard((c) => ({ ...c, revealArea: { ...c.revealArea, [key]: value } }));
  };
  return (
    <EditorSection id="section-card" title={t('games_section_card')} lead={t('games_section_card_lead')}>
      <IssueAnchor path="card.coverImage">
        <ImageField
          id="card-cover"
          label={t('games_card_cover_image')}
          value={card.coverImage}
          alt={card.coverImageAlt}
          issuePath="card.coverImage"
          altIssuePath="card.coverImageAlt"
          onChange={(coverImage) => setCard((c) => ({ ...c, coverImage, coverImageAlt: coverImage ? c.coverImageAlt : undefined }))}
          onAltChange={(coverImageAlt) => setCard((c) => ({ ...c, coverImageAlt }))}
        />
      </IssueAnchor>
      <div className="games-grid-2">
        <IssueAnchor path="card.coverColor">
          <div className="field">
            <label htmlFor="card-cover-color" className="field-label">
              {t('games_card_cover_color')}
            </label>
            <div className="games-color-row">
              <input type="color" id="card-cover-color" className="games-color-input" value={card.coverColor} disabled={isReadOnly} onChange={(event) => setCard((c) => ({ ...c, coverColor: event.target.value }))} />
              <code dir="ltr">{card.coverColor}</code>
            </div>
            <p className="field-hint">{t('games_card_cover_color_hint')}</p>
            <FieldIssues path="card.coverColor" id="card-cover-color-issue" />
          </div>
        </IssueAnchor>
        <IssueAnchor path="card.coverText">
          <TextField id="card-cover-text" label={t('games_card_cover_text')} placeholder={t('games_card_cover_text_placeholder')} value={card.coverText} maxLength={40} issuePath="card.coverText" isContent onChange={(coverText) => setCard((c) => ({ ...c, coverText }))} />
        </IssueAnchor>
      </div>
      <fieldset className="games-fieldset">
        <legend className="field-label">{t('games_card_area')}</legend>
        <p className="field-hint games-fieldset-hint">{t('games_card_area_hint')}</p>
        <div className="games-grid-4">
          <IssueAnchor path="card.revealArea.x">
            <GameNumberField id="card-area-x" label={t('games_card_area_x')} value={card.revealArea.x} min={0} max={95} issuePath="card.revealArea.x" onChange={setArea('x')} suffix={<span className="games-unit">%</span>} />
          </IssueAnchor>
          <IssueAnchor path="card.revealArea.y">
            <GameNumberField id="card-area-y" label={t('games_card_area_y')} value={card.revealArea.y} min={0} max={95} issuePath="card.revealArea.y" onChange={setArea('y')} suffix={<span className="games-unit">%</span>} />
          </IssueAnchor>
          <IssueAnchor path="card.revealArea.width">
            <GameNumberField id="card-area-width" label={t('games_card_area_width')} value={card.revealArea.width} min={5} max={100} issuePath="card.revealArea.width" onChange={setArea('width')} suffix={<span className="games-unit">%</span>} />
          </IssueAnchor>
          <IssueAnchor path="card.revealArea.height">
            <GameNumberField id="card-area-height" label={t('games_card_area_height')} value={card.revealArea.height} min={5} max={100} issuePath="card.revealArea.height" onChange={setArea('height')} suffix={<span className="games-unit">%</span>} />
          </IssueAnchor>
        </div>
        <IssueAnchor path="card.revealArea">
          <FieldIssues path="card.revealArea" id="card-area-issue" />
        </IssueAnchor>
      </fieldset>
      <IssueAnchor path="card.revealThresholdPercent">
        <GameNumberField
          id="card-threshold"
          className="field-narrow"
          label={t('games_card_threshold')}
          hint={t('games_card_threshold_hint')}
          value={card.revealThresholdPercent}
          min={10}
          max={90}
          issuePath="card.revealThresholdPercent"
          onChange={(value) => {
            if (value !== null) setCard((c) => ({ ...c, revealThresholdPercent: value }));
          }}
          suffix={<span className="games-unit">%</span>}
        />
      </IssueAnchor>
    </EditorSection>
  );
}
