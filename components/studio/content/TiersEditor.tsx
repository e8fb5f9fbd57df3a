'use client';

import { Emoji } from '../../Emoji';
import { useDraft } from '../draft-context';
import { changeTier, createItemId, maxTiers, optionalText, removeAt, type TriviaDraft } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EditorSection, EmojiField, FieldIssues, Icon, NumberField, TextField } from './fields';

/** A trivia quiz's score tiers: from which percentage of the best score each applies, and what it says. */
export function TiersEditor({ draft }: { draft: TriviaDraft }) {
  const { updateDraft } = useDraft();
  const { t, announce, focusSoon } = useContentEditor();

  const add = () => {
    const id = createItemId('t', draft.tiers.map((tier) => tier.id));
    // A new tier starts above the highest one, where it is most likely wanted.
    const highest = Math.max(-10, ...draft.tiers.map((tier) => tier.minPercent));
    const minPercent = Math.min(100, highest + 10);
    updateDraft((d) => (d.kind === 'trivia' ? { ...d, tiers: [...d.tiers, { id, minPercent, title: '', description: '' }] } : d));
    focusSoon(`t-${id}-title`);
  };

  return (
    <EditorSection id="section-tiers" title={t('section_tiers')} lead={t('section_tiers_lead')} issue={<FieldIssues path="tiers" id="tiers-issue" />}>
      <ol className="result-list">
        {draft.tiers.map((tier, ti) => {
          const n = ti + 1;
          const path = `tiers.${ti}`;
          const prefix = `t-${tier.id}`;
          return (
            <li key={tier.id} className="result-card">
              <article aria-labelledby={`${prefix}-heading`} className="stack">
                <header className="item-head">
                  <span className="result-badge" aria-hidden="true">
                    {tier.emoji ? <Emoji emoji={tier.emoji} size={22} label="" /> : `${tier.minPercent}%`}
                  </span>
                  <h3 id={`${prefix}-heading`} className="item-title">
                    {t('tier_n', { n })}
                  </h3>
                  <div className="item-actions">
                    <button
                      type="button"
                      className="icon-btn icon-btn-danger"
                      aria-label={t('remove_tier', { n })}
                      title={t('remove_tier', { n })}
                      disabled={draft.tiers.length <= 1}
                      onClick={() => {
                        updateDraft((d) => (d.kind === 'trivia' ? { ...d, tiers: removeAt(d.tiers, ti) } : d));
                        announce(t('removed', { item: t('tier_n', { n }) }));
                        focusSoon('add-tier');
                      }}
                    >
                      <Icon name="remove" />
                    </button>
                  </div>
                </header>
                <div className="grid-tier">
                  <NumberField id={`${prefix}-min`} label={t('tier_min')} value={tier.minPercent} min={0} max={100} issuePath={`${path}.minPercent`} onChange={(minPercent) => updateDraft(changeTier(ti, (x) => ({ ...x, minPercent })))} />
                  <TextField id={`${prefix}-title`} label={t('tier_title')} value={tier.title} maxLength={80} issuePath={`${path}.title`} isContent onChange={(title) => updateDraft(changeTier(ti, (x) => ({ ...x, title })))} />
                  <EmojiField id={`${prefix}-emoji`} label={t('field_emoji')} value={tier.emoji ?? ''} issuePath={`${path}.emoji`} onChange={(emoji) => updateDraft(changeTier(ti, (x) => ({ ...x, emoji: optionalText(emoji) })))} />
                </div>
                <TextField id={`${prefix}-description`} label={t('tier_description')} value={tier.description} maxLength={400} issuePath={`${path}.description`} isContent isMultiline onChange={(description) => updateDraft(changeTier(ti, (x) => ({ ...x, description })))} />
              </article>
            </li>
          );
        })}
      </ol>
      {draft.tiers.length < maxTiers ? (
        <button type="button" id="add-tier" className="btn add-btn" onClick={add}>
          <Icon name="add" /> {t('add_tier')}
        </button>
      ) : null}
    </EditorSection>
  );
}
