import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getStudioUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getMembership } from '@/db/members';
import { getPublishedQuiz, getQuizStats } from '@/db/queries';
import { channelLabels, isShareChannel } from '@/lib/share';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Stats · ${(await params).slug}`, robots: { index: false } };
}

const decimal = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export default async function StatsPage({ params }: Props) {
  const { slug } = await params;
  // The figures are the workspace's business: sign in first, and a quiz of another workspace is "not found".
  const user = await getStudioUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/stats/${slug}`)}`);
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz || !getMembership(db, quiz.workspaceId, user.id)) notFound();
  const stats = getQuizStats(db, quiz.id);
  const channels = [...new Set([...Object.keys(stats.shareIntentsByChannel), ...Object.keys(stats.clicksByChannel), ...Object.keys(stats.referredPlayersByChannel)])].sort();
  const rows: [string, string, string][] = [
    ['Views', String(stats.views), 'cover page views by people'],
    ['Players', String(stats.players), 'visitors who pressed Start, once each'],
    ['Completions', String(stats.completions), 'players who reached a result'],
    ['Share intents', String(stats.shareIntents), `share buttons pressed (${stats.confirmedShares} confirmed by the browser)`],
    ['Sharers', String(stats.sharers), 'players who shared or whose link was clicked'],
    ['Clicks', String(stats.clicks), 'people opening a share link, once per visitor, link and day'],
    ['Crawler fetches', String(stats.crawlerFetches), 'link-preview bots: the link was posted somewhere'],
    ['Referred players', String(stats.referredPlayers), `players brought by a share link (up to generation ${stats.maxGeneration})`],
  ];
  return (
    <main className="page">
      <div className="stats">
        <p className="muted">
          <Link href={`/q/${slug}`}>{quiz.definition.title}</Link>
        </p>
        <h1>Stats</h1>
        <div className="k-box" data-testid="k-factor">
          <p className="k-value">
            K = {decimal(stats.k)}
          </p>
          <p className="muted">
            share rate {percent(stats.shareRate)} × clicks per sharer {decimal(stats.clicksPerSharer)} × players per click {decimal(stats.playersPerClick)}
          </p>
        </div>
        <table className="stats-table">
          <tbody>
            {rows.map(([label, value, hint]) => (
              <tr key={label} data-testid={`stat-${label.toLowerCase().replace(/ /g, '-')}`}>
                <th scope="row">{label}</th>
                <td className="num">{value}</td>
                <td className="muted small">{hint}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>By channel</h2>
        <table className="stats-table">
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col" className="num">Share intents</th>
              <th scope="col" className="num">Clicks</th>
              <th scope="col" className="num">Referred players</th>
            </tr>
          </thead>
          <tbody>
            {channels.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">No shares yet.</td>
              </tr>
            ) : (
              channels.map((channel) => (
                <tr key={channel}>
                  <th scope="row">{isShareChannel(channel) ? channelLabels[channel] : channel}</th>
                  <td className="num">{stats.shareIntentsByChannel[channel] ?? 0}</td>
                  <td className="num">{stats.clicksByChannel[channel] ?? 0}</td>
                  <td className="num">{stats.referredPlayersByChannel[channel] ?? 0}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <p className="muted small">
          JSON: <a href={`/api/quizzes/${slug}/stats`}>/api/quizzes/{slug}/stats</a>
        </p>
      </div>
    </main>
  );
}
