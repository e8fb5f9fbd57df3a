import { sql } from 'drizzle-orm';
import type { CascadeResult } from '@/lib/analytics/cascade-sim';
import type { Db } from './client';
import { bumpRevision, dayOf, rebuildRollups } from './rollups';

/** The embedding pages seed players of source 'embed' are spread over. */
export const sampleHostPages = ['https://shop.example.com/quiz', 'https://blog.example.com/travel-week'];

/**
 * Writes a simulated cascade (lib/analytics/cascade-sim.ts) into a quiz as raw rows, the way the app would have
 * written them (players, results, share links, share, view and crawler events, clicks, first touches), then
 * rebuilds the quiz's rollups once. Share links are only made for the channels a player used. Returns how many
 * players and events were written.
 */
export function loadCascade(
  db: Db,
  input: { quizId: string; versionId: string; outcomeIds: readonly string[]; cascade: CascadeResult; newId: () => string; newToken: () => string },
): { players: number; events: number } {
  const client = db.$client;
  const insertPlayer = client.prepare(
    'insert into players (id, quiz_id, visitor_id, number, name, parent_player_id, share_link_id, channel, generation, started_at, completed_at, source, host_page) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertResult = client.prepare(
    "insert into results (id, player_id, quiz_id, version_id, outcome_id, name, answers, rarity_percent, percentile, created_at) values (?, ?, ?, ?, ?, ?, '{}', 0, 0, ?)",
  );
  const insertLink = client.prepare('insert into share_links (id, token, player_id, result_id, quiz_id, channel, created_at) values (?, ?, ?, ?, ?, ?, ?)');
  const insertEvent = client.prepare('insert into events (quiz_id, type, player_id, share_link_id, channel, is_confirmed, source, host_page, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertClick = client.prepare('insert or ignore into link_clicks (share_link_id, visitor_id, day, quiz_id, created_at) values (?, ?, ?, ?, ?)');
  const insertTouch = client.prepare('insert or ignore into touches (quiz_id, visitor_id, share_link_id, created_at) values (?, ?, ?, ?)');
  const { quizId, cascade } = input;
  const firstNumber = (db.get<{ n: number }>(sql`select coalesce(max(number), 0) as n from players where quiz_id = ${quizId}`)?.n ?? 0) + 1;
  const ids: string[] = [];
  const generations: number[] = [];
  const linkMakers: (((channel: string) => string) | null)[] = [];
  const convertedClicks: Map<string, number[]>[] = [];
  let events = 0;

  const write = client.transaction(() => {
    cascade.players.forEach((p, i) => {
      const id = input.newId();
      const visitorId = input.newId();
      ids.push(id);
      // A child of a player without a result (which the simulation should not make) is taken as a seed.
      const parent = p.parent === null || !linkMakers[p.parent] ? -1 : p.parent;
      const generation = parent === -1 ? 0 : (generations[parent] ?? 0) + 1;
      generations.push(generation);
      let linkId: string | null = null;
      if (parent !== -1 && p.channel !== null) {
        linkId = linkMakers[parent]?.(p.channel) ?? null;
        // The click that brought this child: the parent's next converted click on that channel, or just before the start.
        const clickAt = Math.min(convertedClicks[parent]?.get(p.channel)?.shift() ?? p.startedAt - 60_000, p.startedAt);
        if (linkId) {
          insertClick.run(linkId, visitorId, dayOf(clickAt), quizId, clickAt);
          insertTouch.run(quizId, visitorId, linkId, clickAt);
          events += 1;
        }
      } else {
        insertTouch.run(quizId, visitorId, null, p.startedAt);
      }
      const hostPage = parent === -1 && p.source === 'embed' ? (sampleHostPages[i % sampleHostPages.length] ?? '') : '';
      insertPlayer.run(id, quizId, visitorId, firstNumber + i, p.name, parent === -1 ? null : (ids[parent] ?? null), linkId, linkId ? p.channel : null, generation, p.startedAt, p.completedAt, p.source, hostPage);
      events += 1;
      const own = new Map<string, string>();
      const converted = new Map<string, number[]>();
      convertedClicks.push(converted);
      if (p.completedAt === null) {
        linkMakers.push(null);
        return;
      }
      const resultId = input.newId();
      insertResult.run(resultId, id, quizId, input.versionId, input.outcomeIds[p.outcome % input.outcomeIds.length] ?? '', p.name, p.completedAt);
      events += 1;
      const linkFor = (channel: string) => {
        let link = own.get(channel);
        if (!link) {
          link = input.newId();
          own.set(channel, link);
          insertLink.run(link, input.newToken(), id, resultId, quizId, channel, p.completedAt);
        }
        return link;
      };
      linkMakers.push(linkFor);
      for (const share of p.shares) {
        insertEvent.run(quizId, 'share', id, linkFor(share.channel), share.channel, share.isConfirmed ? 1 : 0, 'direct', '', share.at);
        events += 1;
      }
      for (const fetch of p.crawlerFetches) {
        insertEvent.run(quizId, 'crawler', null, linkFor(fetch.channel), fetch.channel, 0, 'direct', '', fetch.at);
        events += 1;
      }
      for (const click of p.clicks) {
        const link = linkFor(click.channel);
        if (click.converted) {
          const list = converted.get(click.channel) ?? [];
          list.push(click.at);
          converted.set(click.channel, list);
        } else {
          insertClick.run(link, input.newId(), dayOf(click.at), quizId, click.at);
          events += 1;
        }
      }
    });
    for (const view of cascade.views) {
      insertEvent.run(quizId, 'view', null, null, null, 0, view.source, '', view.at);
      events += 1;
    }
  });
  // A bulk load touches every index at random places: a larger page cache for its duration saves most of the I/O.
  const cacheSize = client.pragma('cache_size', { simple: true });
  client.pragma('cache_size = -1048576');
  try {
    write();
    rebuildRollups(db, quizId);
  } finally {
    client.pragma(`cache_size = ${Number(cacheSize)}`);
  }
  bumpRevision(db, quizId);
  return { players: cascade.players.length, events };
}
