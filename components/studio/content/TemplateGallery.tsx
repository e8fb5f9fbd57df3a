'use client';

import '../editor.css';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type CSSProperties } from 'react';
import { z } from 'zod';
import { isGameKind, type GameKind } from '@/lib/games/game-schema';
import type { Locale, QuizKind } from '@/lib/quiz-schema';
import { Emoji } from '../../Emoji';
import type { StudioLocale } from '@/lib/studio-i18n';
import { makeTranslator } from './editor-context';
import { ImportErrors, type ImportProblem } from './ImportErrors';
import { readQuizFile } from './quiz-file';
import { JsonFileInput } from './JsonFileInput';

/** What the gallery shows of a template: enough for its card, not the whole quiz (for a game, questionCount counts its prizes). */
export type TemplateSummary = { id: string; kind: QuizKind | GameKind; locale: Locale; title: string; description: string; emoji?: string; questionCount: number; segmentCount?: number; brand: { name: string; primary: string; background: string; text: string } };

const kinds: QuizKind[] = ['personality', 'trivia', 'poll'];
const createdSchema = z.object({ url: z.string().startsWith('/studio/q/') });
const failureSchema = z.object({ error: z.object({ message: z.string(), details: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) });

/**
 * The gallery of /studio/new: start from scratch (a kind and a language), import a quiz file, or pick one of the
 * templates (filtered by kind and language). Each way creates a draft in the current workspace and opens it in
 * the editor; a refusal is shown where it happened and nothing is created.
 */
export function TemplateGallery(props: { locale: StudioLocale; workspaceId: string; canCreate: boolean; templates: TemplateSummary[] }) {
  const { locale } = props;
  const t = makeTranslator(locale);
  const router = useRouter();
  const [kindFilter, setKindFilter] = useState<QuizKind | 'games' | 'all'>('all');
  const [languageFilter, setLanguageFilter] = useState<Locale | 'all'>('all');
  const [scratchKind, setScratchKind] = useState<QuizKind>('personality');
  const [scratchLocale, setScratchLocale] = useState<Locale>(locale);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ where: string; message: string } | null>(null);
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const kindLabel = (kind: QuizKind | GameKind) => (isGameKind(kind) ? t(`kind_${kind}`) : t(`new_kind_${kind}`));
  const languageLabel = (language: Locale) => t(language === 'ar' ? 'new_language_ar' : 'new_language_en');

  async function create(where: string, url: string, body: unknown, fileName?: string) {
    setBusy(where);
    setError(null);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const data: unknown = await response.json().catch(() => null);
      const created = response.ok ? createdSchema.safeParse(data) : undefined;
      if (created?.success) {
        router.push(created.data.url);
        return;
      }
      const failure = failureSchema.safeParse(data);
      if (fileName && failure.success && failure.data.error.details) {
        setImportProblem({ fileName, reading: { ok: false, reason: 'invalid', issues: failure.data.error.details } });
      } else {
        setError({ where, message: t('new_create_failed', { message: failure.success ? failure.data.error.message : `HTTP ${response.status}` }) });
      }
    } catch {
      setError({ where, message: t('new_create_failed', { message: t('save_offline') }) });
    }
    setBusy(null);
  }

  async function importFile(file: File) {
    setImportProblem(null);
    const reading = await readQuizFile(file);
    if (!reading.ok) {
      setImportProblem({ fileName: file.name, reading });
      return;
    }
    await create('import', '/api/studio/quizzes/import', { workspaceId: props.workspaceId, quiz: reading.quiz }, file.name);
  }

  // Templates in the studio's language come first: an Arabic-speaking marketer most likely makes an Arabic quiz.
  const shown = props.templates
    .filter((tpl) => (kindFilter === 'all' || tpl.kind === kindFilter || (kindFilter === 'games' && isGameKind(tpl.kind))) && (languageFilter === 'all' || tpl.locale === languageFilter))
    .sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale));
  // Mini-games are a group of their own, under the quizzes.
  const shownQuizzes = shown.filter((tpl) => !isGameKind(tpl.kind));
  const shownGames = shown.filter((tpl) => isGameKind(tpl.kind));
  const metaOf = (tpl: TemplateSummary) =>
    tpl.kind === 'wheel' ? t('games_template_meta_wheel', { segments: tpl.segmentCount ?? 0, prizes: tpl.questionCount }) : tpl.kind === 'scratch' ? t('games_template_meta_scratch', { prizes: tpl.questionCount }) : t('new_template_meta', { count: tpl.questionCount });
  const renderCard = (tpl: TemplateSummary) => (
    <li key={tpl.id} className="template-card" data-testid="template-card" style={{ '--tpl-primary': tpl.brand.primary } as CSSProperties}>
      <div className="template-art" style={{ background: tpl.brand.background }} aria-hidden="true">
        <Emoji emoji={tpl.emoji ?? '✨'} size={56} label="" />
      </div>
      <div className="template-body">
        <div className="template-pills">
          <span className="badge badge-role">{kindLabel(tpl.kind)}</span>
          <span className="badge">{languageLabel(tpl.locale)}</span>
        </div>
        <h3 lang={tpl.locale} dir={tpl.locale === 'ar' ? 'rtl' : 'ltr'}>
          {tpl.title}
        </h3>
        <p className="muted" lang={tpl.locale} dir={tpl.locale === 'ar' ? 'rtl' : 'ltr'}>
          {tpl.description}
        </p>
        <div className="template-footer">
          <span className="muted small">{metaOf(tpl)}</span>
          <button
            type="button"
            className="btn btn-sm btn-primary"
            aria-label={t('new_template_use_label', { title: tpl.title })}
            disabled={!props.canCreate || busy !== null}
            onClick={() => void create('template', '/api/studio/quizzes', { templateId: tpl.id, workspaceId: props.workspaceId })}
          >
            {busy === 'template' ? t('new_creating') : t('new_template_use')}
          </button>
        </div>
      </div>
    </li>
  );
  const errorAt = (where: string) =>
    error?.where === where ? (
      <p className="notice notice-error" role="alert">
        {error.message}
      </p>
    ) : null;

  return (
    <main className="studio-main gallery">
      <div className="page-head">
        <div className="stack-sm">
          <Link href="/studio" className="small">
            {locale === 'ar' ? '→' : '←'} {t('new_back')}
          </Link>
          <h1>{t('new_title')}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t('new_lead')}
          </p>
        </div>
      </div>
      {!props.canCreate ? (
        <p className="notice" style={{ marginBlockEnd: 16 }}>
          {t('new_viewer_note')}
        </p>
      ) : null}

      <div className="gallery-side">
        <section className="card stack" aria-labelledby="scratch-title">
          <div className="stack-xs">
            <h2 id="scratch-title">{t('new_scratch_title')}</h2>
            <p className="muted small" style={{ margin: 0 }}>
              {t('new_scratch_lead')}
            </p>
          </div>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              void create('scratch', '/api/studio/quizzes', { kind: scratchKind, locale: scratchLocale, workspaceId: props.workspaceId });
            }}
          >
            <fieldset className="kind-choices">
              <legend className="field-label">{t('new_scratch_kind')}</legend>
              {kinds.map((kind) => (
                <label key={kind} className="kind-choice">
                  <input type="radio" name="scratch-kind" value={kind} checked={scratchKind === kind} onChange={() => setScratchKind(kind)} />
                  <strong>{kindLabel(kind)}</strong>
                  <span>{t(`new_kind_${kind}_hint`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="row" style={{ alignItems: 'flex-end' }}>
              <div className="field">
                <label htmlFor="scratch-locale" className="field-label">
                  {t('new_scratch_language')}
                </label>
                <select id="scratch-locale" className="select" value={scratchLocale} onChange={(event) => setScratchLocale(event.target.value === 'ar' ? 'ar' : 'en')}>
                  <option value="en">English</option>
                  <option value="ar">العربية</option>
                </select>
              </div>
              <button type="submit" className="btn btn-primary" disabled={!props.canCreate || busy !== null}>
                {busy === 'scratch' ? t('new_creating') : t('new_scratch_create')}
              </button>
            </div>
            {errorAt('scratch')}
          </form>
        </section>

        <section className="card stack" aria-labelledby="import-title">
          <div className="stack-xs">
            <h2 id="import-title">{t('new_import_title')}</h2>
            <p className="muted small" style={{ margin: 0 }}>
              {t('new_import_lead')}
            </p>
          </div>
          <div>
            <button type="button" className="btn" disabled={!props.canCreate || busy !== null} onClick={() => fileInput.current?.click()}>
              {busy === 'import' ? t('new_creating') : t('new_import_choose')}
            </button>
            <JsonFileInput inputRef={fileInput} testId="gallery-import-file" onFile={(file) => void importFile(file)} />
          </div>
          {importProblem ? <ImportErrors locale={locale} problem={importProblem} onClose={() => setImportProblem(null)} /> : null}
          {errorAt('import')}
        </section>
      </div>

      <section aria-labelledby="templates-title" className="stack">
        <h2 id="templates-title">{t('new_templates')}</h2>
        <div className="gallery-filters">
          <Segmented
            name="filter-kind"
            label={t('new_filter_label')}
            value={kindFilter}
            options={[{ value: 'all', label: t('new_filter_all') }, ...kinds.map((kind) => ({ value: kind, label: kindLabel(kind) })), { value: 'games', label: t('games_filter') }]}
            onChange={(value) => setKindFilter(value === 'games' ? 'games' : (kinds.find((k) => k === value) ?? 'all'))}
          />
          <Segmented
            name="filter-language"
            label={t('field_language')}
            value={languageFilter}
            options={[
              { value: 'all', label: t('new_filter_all') },
              { value: 'en', label: languageLabel('en') },
              { value: 'ar', label: languageLabel('ar') },
            ]}
            onChange={(value) => setLanguageFilter(value === 'en' || value === 'ar' ? value : 'all')}
          />
        </div>
        {errorAt('template')}
        {shownQuizzes.length > 0 ? (
          <ul className="gallery-grid" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="template-list">
            {shownQuizzes.map(renderCard)}
          </ul>
        ) : null}
        {shownGames.length > 0 ? (
          <section aria-labelledby="game-templates-title" className="stack" data-testid="game-templates">
            <div className="stack-xs">
              <h3 id="game-templates-title">{t('games_templates_title')}</h3>
              <p className="muted small" style={{ margin: 0 }}>
                {t('games_templates_lead')}
              </p>
            </div>
            <ul className="gallery-grid" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="game-template-list">
              {shownGames.map(renderCard)}
            </ul>
          </section>
        ) : null}
      </section>
    </main>
  );
}

function Segmented(props: { name: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void }) {
  return (
    <fieldset className="pill-choice">
      <legend className="visually-hidden">{props.label}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="pill-choice-option">
          <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
