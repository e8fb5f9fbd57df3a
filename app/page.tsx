import Link from 'next/link';
import { Emoji } from '@/components/Emoji';
import { getDb } from '@/db/client';
import { listPublishedGames } from '@/db/games';
import { listPublishedQuizzes } from '@/db/queries';
import { getDirection } from '@/lib/quiz-schema';
import { formatCount, translate } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  const db = getDb();
  // Quizzes and mini-games side by side: the same tile, the kind on its pill.
  const tiles = [
    ...listPublishedGames(db).map(({ slug, definition, players }) => ({ slug, players, definition, kindLabel: translate(definition.locale, `game_kind_${definition.kind}`) })),
    ...listPublishedQuizzes(db).map(({ slug, definition, players }) => ({ slug, players, definition, kindLabel: translate(definition.locale, `kind_${definition.kind}`) })),
  ];
  return (
    <main className="home">
      <header className="home-hero">
        <p className="brand-mark">
          <span aria-hidden="true">◎</span> Ripple
        </p>
        <h1>{translate('en', 'home_title')}</h1>
        <p className="lead">{translate('en', 'home_lead')}</p>
      </header>
      <ul className="quiz-grid" aria-label="Quizzes">
        {tiles.map(({ slug, definition, players, kindLabel }) => (
          <li key={slug} lang={definition.locale} dir={getDirection(definition.locale)}>
            <Link className="quiz-tile" href={`/q/${slug}`} style={{ ['--brand' as string]: definition.brand.primary, ['--brand-bg' as string]: definition.brand.background }}>
              <span className="quiz-tile-art">
                {definition.coverImage ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={definition.coverImage} alt="" />
                ) : null}
                {definition.coverEmoji ? (
                  <span className="quiz-tile-emoji">
                    <Emoji emoji={definition.coverEmoji} size={56} label="" />
                  </span>
                ) : null}
              </span>
              <span className="quiz-tile-body">
                <span className="pill">{kindLabel}</span>
                <span className="quiz-tile-title">{definition.title}</span>
                <span className="quiz-tile-meta">
                  {definition.brand.name} · {translate(definition.locale, 'players_count', { count: formatCount(definition.locale, players) })}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
