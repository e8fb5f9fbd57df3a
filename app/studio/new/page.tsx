import type { Metadata } from 'next';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { TemplateGallery, type TemplateSummary } from '@/components/studio/content/TemplateGallery';
import { hasRole } from '@/lib/roles';
import { gameTemplates, quizTemplates } from '@/lib/templates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create a quiz' };

/** The template gallery: start a quiz from a template, from scratch, or from a file, in the current workspace. */
export default async function NewQuizPage() {
  const { workspaceId, role } = await getCurrentWorkspace('/studio/new');
  const locale = await getStudioLocale();
  const templates: TemplateSummary[] = [
    ...quizTemplates.map(({ id, definition }) => ({
      id,
      kind: definition.kind,
      locale: definition.locale,
      title: definition.title,
      description: definition.description,
      emoji: definition.coverEmoji,
      questionCount: definition.questions.length,
      brand: { name: definition.brand.name, primary: definition.brand.primary, background: definition.brand.background, text: definition.brand.text },
    })),
    // Mini-games: the gallery counts their prizes (and a wheel's segments) instead of questions.
    ...gameTemplates.map(({ id, definition }) => ({
      id,
      kind: definition.kind,
      locale: definition.locale,
      title: definition.title,
      description: definition.description,
      emoji: definition.coverEmoji,
      questionCount: definition.prizes.length,
      segmentCount: definition.kind === 'wheel' ? definition.segments.length : undefined,
      brand: { name: definition.brand.name, primary: definition.brand.primary, background: definition.brand.background, text: definition.brand.text },
    })),
  ];
  return <TemplateGallery locale={locale} workspaceId={workspaceId} canCreate={hasRole(role, 'editor')} templates={templates} />;
}
