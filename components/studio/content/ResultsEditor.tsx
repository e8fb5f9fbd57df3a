'use client';

import { Emoji } from '../../Emoji';
import { useDraft } from '../draft-context';
import { changeResult, createItemId, maxResults, moveItem, optionalText, removeResult, type DraftResult, type PersonalityDraft } from './draft-edits';
import { useContentEditor } from './editor-context';
import { EditorSection, EmojiField, FieldIssues, Icon, ImageField, TextField } from './fields';
import { MoveButtons } from './SortableList';

/** A personality quiz's results: title, emoji, description, image and an optional button, in tie-break order. */
export function ResultsEditor({ draft }: { draft: PersonalityDraft }) {
  const { updateDraft } = useDraft();
  const { t, announce, focusSoon } = useContentEditor();

  const add = () => {
    const id = createItemId('r', draft.results.map((r) => r.id));
    updateDraft((d) => (d.kind === 'personality' ? { ...d, results: [...d.results, { id, title: '', description: '' }] } : d));
    focusSoon(`r-${id}-title`);
  };

  const move = (from: number, to: number, resultId: string) => {
    updateDraft((d) => (d.kind === 'personality' ? { ...d, results: moveItem(d.results, from, to) } : d));
    announce(t('moved_to', { item: t('result_n', { n: from + 1 }), n: to + 1 }));
    focusSoon(`r-${resultId}-${to > from ? (to === draft.results.length - 1 ? 'up' : 'down') : to === 0 ? 'down' : 'up'}`);
  };

  return (
    <EditorSection id="section-results" title={t('section_results')} lead={t('section_results_lead')} issue={<FieldIssues path="results" id="results-issue" />}>
      <ol className="result-list">
        {draft.results.map((result, ri) => (
          <li key={result.id} className="result-card">
            <ResultCard
              result={result}
              index={ri}
              count={draft.results.length}
              onMove={(to) => move(ri, to, result.id)}
              onRemove={() => {
                updateDraft(removeResult(ri));
                announce(t('removed', { item: t('result_n', { n: ri + 1 }) }));
                const neighbour = draft.results[ri + 1] ?? draft.results[ri - 1];
                focusSoon(neighbour ? `r-${neighbour.id}-title` : 'add-result');
              }}
            />
          </li>
        ))}
      </ol>
      {draft.results.length < maxResults ? (
        <button type="button" id="add-result" className="btn add-btn" onClick={add}>
          <Icon name="add" /> {t('add_result')}
        </button>
      ) : null}
    </EditorSection>
  );
}

function ResultCard(props: { result: DraftResult; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { result, index: ri } = props;
  const { updateDraft } = useDraft();
  const { t } = useContentEditor();
  const n = ri + 1;
  const path = `results.${ri}`;
  const prefix = `r-${result.id}`;
  const change = (edit: (result: DraftResult) => DraftResult) => updateDraft(changeResult(ri, edit));
  // The button is one optional object: both fields empty means no button at all.
  const changeCta = (label: string, url: string) => change((r) => ({ ...r, cta: label === '' && url === '' ? undefined : { label, url } }));
  return (
    <article aria-labelledby={`${prefix}-heading`} className="stack">
      <header className="item-head">
        <span className="result-badge" aria-hidden="true">
          {result.emoji ? <Emoji emoji={result.emoji} size={22} label="" /> : n}
        </span>
        <h3 id={`${prefix}-heading`} className="item-title">
          {t('result_n', { n })}
        </h3>
        <div className="item-actions">
          <MoveButtons idPrefix={prefix} index={ri} count={props.count} upLabel={t('move_result_up', { n })} downLabel={t('move_result_down', { n })} onMove={props.onMove} />
          <button type="button" className="icon-btn icon-btn-danger" aria-label={t('remove_result', { n })} title={t('remove_result', { n })} disabled={props.count <= 1} onClick={props.onRemove}>
            <Icon name="remove" />
          </button>
        </div>
      </header>
      <div className="grid-title-emoji">
        <TextField id={`${prefix}-title`} label={t('result_title')} placeholder={t('result_title_placeholder')} value={result.title} maxLength={80} issuePath={`${path}.title`} isContent onChange={(title) => change((r) => ({ ...r, title }))} />
        <EmojiField id={`${prefix}-emoji`} label={t('field_emoji')} value={result.emoji ?? ''} issuePath={`${path}.emoji`} onChange={(emoji) => change((r) => ({ ...r, emoji: optionalText(emoji) }))} />
      </div>
      <TextField id={`${prefix}-description`} label={t('result_description')} value={result.description} maxLength={400} issuePath={`${path}.description`} isContent isMultiline onChange={(description) => change((r) => ({ ...r, description }))} />
      <ImageField
        id={`${prefix}-image`}
        label={t('result_image', { n })}
        value={result.image}
        alt={result.imageAlt}
        issuePath={`${path}.image`}
        altIssuePath={`${path}.imageAlt`}
        onChange={(image) => change((r) => ({ ...r, image, imageAlt: image ? r.imageAlt : undefined }))}
        onAltChange={(imageAlt) => change((r) => ({ ...r, imageAlt }))}
      />
      <div className="cta-fields">
        <TextField id={`${prefix}-cta-label`} label={t('result_cta_label')} value={result.cta?.label ?? ''} maxLength={60} issuePath={`${path}.cta.label`} isContent onChange={(label) => changeCta(label, result.cta?.url ?? '')} />
        <TextField id={`${prefix}-cta-url`} label={t('result_cta_url')} placeholder="https://" value={result.cta?.url ?? ''} maxLength={500} issuePath={`${path}.cta.url`} inputMode="url" onChange={(url) => changeCta(result.cta?.label ?? '', url)} />
        <p className="field-hint cta-hint">{t('result_cta_hint')}</p>
      </div>
    </article>
  );
}
