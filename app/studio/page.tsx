import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { Emoji } from '@/components/Emoji';
import { isolate } from '@/components/studio/auth/bidi';
import { getDb } from '@/db/client';
import { listWorkspaceQuizzes } from '@/db/members';
import { isGameKind } from '@/lib/games/game-schema';
import { hasRole } from '@/lib/roles';
import { studioText, type StudioMessageKey } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Quizzes' };

/** The studio's home: the current workspace's quizzes, last edited first. */
export default async function StudioHomePage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const { workspaceId, workspaceName, role } = await getCurrentWorkspace('/studio');
  // Archived quizzes are hidden unless asked for, so they can still be found and unarchived.
  const isArchivedShown = (await searchParams).archived === '1';
  const locale = await getStudioLocale();
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const canEdit = hasRole(role, 'editor');
  const quizzes = listWorkspaceQuizzes(getDb(), workspaceId, { isArchivedIncluded: isArchivedShown })
    .map((quiz) => ({ ...quiz, editedAt: quiz.updatedAt ?? quiz.createdAt }))
    .sort((a, b) => b.editedAt - a.editedAt);
  const formatDate = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <main className="studio-main">
      <div className="page-head">
        <div className="stack-sm">
          <h1>{t('home_title')}</h1>
          <p className="muted page-lead">
            {t('home_lead', { workspace: isolate(workspaceName) })}
          </p>
        </div>
        {canEdit ? (
          <Link className="btn btn-primary" href="/studio/new" data-testid="new-quiz">
            + {t('home_new_quiz')}
          </Link>
        ) : null}
      </div>
      <p className="page-note">
        <Link href={isArchivedShown ? '/studio' : '/studio?archived=1'} data-testid="toggle-archived">
          {isArchivedShown ? t('home_hide_archived') : t('home_show_archived')}
        </Link>
      </p>
      {role === 'viewer' ? (
        <p className="notice notice-info page-note" data-testid="viewer-note">
          {t('home_viewer_note')}
        </p>
      ) : null}
      {quizzes.length === 0 ? (
        <div className="card empty-state">
          <h2>{t('home_empty_title')}</h2>
          <p className="muted">{canEdit ? t('home_empty_lead') : t('home_empty_viewer')}</p>
          {canEdit ? (
            <Link className="btn btn-primary" href="/studio/new">
              + {t('home_new_quiz')}
            </Link>
          ) : null}
        </div>
      ) : (
        <div className="card card-flush">
          <table className="table quiz-list" data-testid="quiz-list">
            <thead>
              <tr>
                <th scope="col">{t('home_col_title')}</th>
                <th scope="col">{t('home_col_kind')}</th>
                <th scope="col">{t('home_col_status')}</th>
                <th scope="col">{t('home_col_edited')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('home_stats')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((quiz) => {
                const title = quiz.title || t('home_untitled');
                return (
                  <tr key={quiz.id} data-testid="quiz-row">
                    <td>
                      <Link href={`/studio/q/${quiz.id}`} dir="auto">
                        {title}
                      </Link>
                      <span className="slug">
                        <bdi dir="ltr">/q/{quiz.slug}</bdi>
                      </span>
                    </td>
                    <td>
                      {isGameKind(quiz.kind) ? (
                        // A mini-game is told apart from the quizzes at a glance.
                        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }} data-testid="game-kind">
                          <Emoji emoji={quiz.kind === 'wheel' ? '🎡' : '🎟️'} size={18} label="" />
                          {t(`kind_${quiz.kind}`)}
                        </span>
                      ) : (
                        t(`kind_${quiz.kind}`)
                      )}
                    </td>
                    <td>
                      <span className={`badge badge-${quiz.status}`}>{t(`status_${quiz.status}`)}</span>
                      {quiz.archivedAt ? <span className="badge">{t('home_archived')}</span> : null}
                    </td>
                    <td className="muted">
                      <time dateTime={new Date(quiz.editedAt).toISOString()}>{formatDate.format(quiz.editedAt)}</time>
                    </td>
                    <td className="num">
                      {quiz.status === 'published' ? (
                        <Link className="btn btn-sm" href={isGameKind(quiz.kind) ? `/studio/q/${quiz.id}/analytics` : `/stats/${quiz.slug}`} aria-label={t('home_stats_label', { title })}>
                          {t('home_stats')}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
