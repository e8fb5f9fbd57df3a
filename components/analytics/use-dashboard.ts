'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { maxForestChildren, type AnalyticsFilters, type Dashboard, type DayRange, type ForestNode } from '@/lib/analytics/dashboard-types';

/** What the dashboard looks at: one quiz (or the whole workspace when null), a range of days and the filters. */
export type DashboardQuery = { quizId: string | null; range: DayRange; filters: AnalyticsFilters };

const filterNames = ['channel', 'outcome', 'source', 'hostPage'] as const;

/** The query string of the analytics API (and of the exports) for a query; empty filters are left out. */
export function toSearchParams(query: DashboardQuery, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.quizId) params.set('quiz', query.quizId);
  params.set('from', query.range.from);
  params.set('to', query.range.to);
  for (const name of filterNames) {
    const value = query.filters[name];
    if (value) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

export type LoadError = { status: number; message: string };

async function readAnswer<T>(response: Response, pick: (body: Record<string, unknown>) => T | undefined): Promise<{ ok: true; data: T } | { ok: false; error: LoadError }> {
  const body: unknown = await response.json().catch(() => null);
  const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (response.ok) {
    const data = pick(record);
    if (data !== undefined) return { ok: true, data };
  }
  const error = record.error !== null && typeof record.error === 'object' ? (record.error as { message?: unknown }) : {};
  return { ok: false, error: { status: response.status, message: typeof error.message === 'string' ? error.message : response.statusText } };
}

/**
 * The dashboard of a query, fetched from GET /api/studio/analytics and kept up to date: a new query fetches at
 * once (the figures on screen stay until the new ones arrive), and each new revision announced by the live
 * stream fetches again, debounced, without showing any loading state. `live` says whether the stream is open (or still connecting, or reconnecting).
 */
export function useDashboard(query: DashboardQuery) {
  const key = toSearchParams(query).toString();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<LoadError | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [live, setLive] = useState<'connecting' | 'live' | 'reconnecting'>('connecting');
  const keyRef = useRef(key);
  const revisionRef = useRef<number | null>(null);
  const announcedRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlightRef = useRef<AbortController | null>(null);
  const isAgainRef = useRef(false);
  keyRef.current = key;

  const load = useCallback(async (isSilent: boolean) => {
    // A live refresh never interrupts a fetch under way; it asks for one more after it.
    if (isSilent && inFlightRef.current) {
      isAgainRef.current = true;
      return;
    }
    inFlightRef.current?.abort();
    const controller = new AbortController();
    inFlightRef.current = controller;
    if (!isSilent) setIsLoading(true);
    try {
      const response = await fetch(`/api/studio/analytics?${keyRef.current}`, { cache: 'no-store', signal: controller.signal });
      const answer = await readAnswer(response, (body) => (body.dashboard !== null && typeof body.dashboard === 'object' ? (body.dashboard as Dashboard) : undefined));
      if (controller.signal.aborted) return;
      if (answer.ok) {
        setDashboard(answer.data);
        revisionRef.current = answer.data.revision;
        setError(null);
        // Something was counted while this answer was on its way: fetch once more.
        if (announcedRef.current > answer.data.revision) isAgainRef.current = true;
      } else if (!isSilent) {
        setError(answer.error);
      }
    } catch (thrown) {
      if (controller.signal.aborted) return;
      if (!isSilent) setError({ status: 0, message: thrown instanceof Error ? thrown.message : 'network error' });
    } finally {
      if (inFlightRef.current === controller) {
        inFlightRef.current = null;
        setIsLoading(false);
        if (isAgainRef.current) {
          isAgainRef.current = false;
          void load(true);
        }
      }
    }
  }, []);

  useEffect(() => {
    isAgainRef.current = false;
    void load(false);
  }, [key, load]);

  useEffect(() => () => inFlightRef.current?.abort(), []);

  // The live stream: one per quiz (or workspace); the browser reconnects by itself after a drop.
  const { quizId } = query;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/studio/analytics/live${quizId ? `?quiz=${encodeURIComponent(quizId)}` : ''}`);
    setLive('connecting');
    source.onopen = () => setLive('live');
    source.onerror = () => setLive(source.readyState === EventSource.OPEN ? 'live' : 'reconnecting');
    source.addEventListener('revision', (event) => {
      setLive('live');
      let revision: unknown;
      try {
        revision = (JSON.parse(String((event as MessageEvent).data)) as { revision?: unknown }).revision;
      } catch {
        return;
      }
      if (typeof revision !== 'number') return;
      announcedRef.current = Math.max(announcedRef.current, revision);
      // Before the first answer, or when the figures on screen already count it, there is nothing to fetch.
      if (revisionRef.current === null || revision <= revisionRef.current) return;
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void load(true), 600);
    });
    return () => {
      clearTimeout(timerRef.current);
      source.close();
    };
  }, [quizId, load]);

  const retry = useCallback(() => void load(false), [load]);
  return { dashboard, error, isLoading, live, retry };
}

/** Replaces the children of node `id` (and its hidden and folded counts) with those of `subtree`, everywhere else unchanged. */
export function graftSubtree(forest: ForestNode, id: string, subtree: ForestNode): ForestNode {
  if (forest.id === id) return { ...forest, children: subtree.children, hiddenChildren: subtree.hiddenChildren, subtreeSize: subtree.subtreeSize, more: subtree.more };
  let isChanged = false;
  const children = forest.children.map((child) => {
    const grafted = graftSubtree(child, id, subtree);
    if (grafted !== child) isChanged = true;
    return grafted;
  });
  return isChanged ? { ...forest, children } : forest;
}

/** Whether node `id` is in the forest. */
function hasNode(forest: ForestNode, id: string): boolean {
  return forest.id === id || forest.children.some((child) => hasNode(child, id));
}

async function fetchForest(key: string, nodeId: string | null, signal: AbortSignal, children?: number): Promise<{ ok: true; data: ForestNode } | { ok: false; error: LoadError }> {
  const params = new URLSearchParams(key);
  params.set('node', nodeId ?? '');
  if (children !== undefined) params.set('children', String(children));
  const response = await fetch(`/api/studio/analytics/forest?${params}`, { cache: 'no-store', signal });
  return readAnswer(response, (body) => (body.forest !== null && typeof body.forest === 'object' ? (body.forest as ForestNode) : undefined));
}

/** How many more trees (or children of one player) "+N more" brings at a time. */
const forestPageSize = 12;

/**
 * The referral forest of a query (GET /api/studio/analytics/forest): the largest trees first; `expand(id)` loads
 * one node's subtree and grafts it in; `showMore(id)` pages through a node's folded children ("+N more"; null for
 * the trees themselves). When the dashboard's revision changes the forest is fetched again and the nodes opened
 * and paged so far are opened again, so a live update does not fold what the reader unfolded.
 */
export function useForest(query: DashboardQuery, revision: number | null) {
  const key = toSearchParams(query).toString();
  const [forest, setForest] = useState<ForestNode | null>(null);
  const [error, setError] = useState<LoadError | null>(null);
  const [loadingNodeId, setLoadingNodeId] = useState<string | null>(null);
  const [openedIds, setOpenedIds] = useState<string[]>([]);
  const expandedRef = useRef<string[]>([]);
  // How many children the reader paged to, per node ('' for the trees themselves).
  const shownRef = useRef(new Map<string, number>());
  const keyRef = useRef(key);
  const lastKeyRef = useRef<string | null>(null);
  keyRef.current = key;

  /** The whole forest as the reader left it: the trees, then each opened node's subtree grafted in. */
  const loadWhole = useCallback(async (signal: AbortSignal) => {
    const answer = await fetchForest(keyRef.current, null, signal, shownRef.current.get(''));
    if (!answer.ok) return answer;
    let next = answer.data;
    for (const id of expandedRef.current) {
      if (!hasNode(next, id)) continue;
      const subtree = await fetchForest(keyRef.current, id, signal, shownRef.current.get(id));
      if (subtree.ok) next = graftSubtree(next, id, subtree.data);
    }
    return { ok: true as const, data: next };
  }, []);

  useEffect(() => {
    if (revision === null) return;
    const controller = new AbortController();
    const isNewQuery = lastKeyRef.current !== key;
    lastKeyRef.current = key;
    if (isNewQuery) {
      expandedRef.current = [];
      shownRef.current = new Map();
      setOpenedIds([]);
    }
    // Live updates come at most every few seconds; the forest follows after a pause so a busy quiz does not
    // rebuild it on every event.
    const timer = setTimeout(
      async () => {
        try {
          const answer = await loadWhole(controller.signal);
          if (!answer.ok) {
            if (isNewQuery) setError(answer.error);
            return;
          }
          if (!controller.signal.aborted) {
            setForest(answer.data);
            setError(null);
          }
        } catch {
          // aborted or offline: the forest on screen stays
        }
      },
      isNewQuery ? 0 : 3000,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, revision, loadWhole]);

  /** Fetches one node's subtree (as many children as the reader paged to) and grafts it in, or the whole forest for null. */
  const open = useCallback(
    async (id: string | null) => {
      setLoadingNodeId(id ?? '');
      try {
        if (id === null) {
          const answer = await loadWhole(new AbortController().signal);
          if (answer.ok) setForest(answer.data);
          return;
        }
        const answer = await fetchForest(keyRef.current, id, new AbortController().signal, shownRef.current.get(id));
        if (answer.ok) {
          expandedRef.current = [...expandedRef.current.filter((e) => e !== id), id].slice(-8);
          setOpenedIds(expandedRef.current);
          setForest((current) => (current ? graftSubtree(current, id, answer.data) : current));
        }
      } finally {
        setLoadingNodeId(null);
      }
    },
    [loadWhole],
  );

  const expand = useCallback((id: string) => open(id), [open]);

  const showMore = useCallback(
    (id: string | null, loaded: number) => {
      const nodeKey = id ?? '';
      shownRef.current.set(nodeKey, Math.min(maxForestChildren, Math.max(loaded, shownRef.current.get(nodeKey) ?? 0) + forestPageSize));
      return open(id);
    },
    [open],
  );

  return { forest, error, expand, showMore, loadingNodeId, openedIds };
}
