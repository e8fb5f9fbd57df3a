import Link from 'next/link';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';

const sections = ['content', 'brand', 'checks', 'launch'] as const;

/**
 * The quiz's sections above its dashboard, looking like the editor's tabs: back to the quizzes, the editor's four
 * tabs (links that open the editor on that tab), and Analytics, the current page.
 */
export function QuizSectionTabs({ locale, quizId, title }: { locale: StudioLocale; quizId: string; title: string }) {
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const base = `/studio/q/${encodeURIComponent(quizId)}`;
  return (
    <nav className="an-tabs" aria-label={t('an_quiz_tabs_label')} data-testid="quiz-tabs">
      <div className="an-tabs-inner">
        <Link className="an-tabs-back" href="/studio" aria-label={t('editor_back')} title={t('editor_back')}>
          <span aria-hidden="true">←</span>
        </Link>
        {sections.map((section) => (
          <Link key={section} href={`${base}?tab=${section}`}>
            {t(`tab_${section}`)}
          </Link>
        ))}
        <Link href={`${base}/analytics`} aria-current="page" title={title}>
          {t('tab_analytics')}
        </Link>
      </div>
    </nav>
  );
}
