'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { maxForestChildren, type ForestNode } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { baseOption, chartColors, colorOfChannel, escapeHtml, fontOf } from './chart-style';
import { EChart, type ChartClick } from './EChart';
import type { ChartOption } from './echarts-setup';
import { makeFormatter, type Formatter } from './format';
import { EmptyNote, HiddenTable, Panel } from './parts';

/** The most nodes drawn at once: enough to see the shape of the largest cascades, few enough to stay fluid. */
export const maxDrawnNodes = 320;

const ringColor = '#f59e0b';

/** How many nodes of a branch the reader opened are drawn at least. */
const pinnedPerBranch = 120;

type NodeInfo = { id: string | null; parentId: string | null; label: string; channel: string; generation: number; subtreeSize: number; hiddenChildren: number; more?: { nodes: number; players: number }; isRoot?: boolean };
type TreeDatum = { name: string; value: number; info: NodeInfo; symbol?: string; symbolSize: number; itemStyle: Record<string, unknown>; label?: Record<string, unknown>; children?: TreeDatum[] };

/**
 * Whether a node only stands for folded children (an id-less `more` entry). A real node (or the virtual root)
 * may also carry `more`: then it is the count of its own children that were left out.
 */
function isFoldedNode(node: ForestNode, isRoot: boolean): boolean {
  return !isRoot && node.id === null && node.more !== undefined;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The forest as ECharts tree data, breadth first up to `budget` nodes (the branches the reader opened come
 * first): whatever does not fit is folded into one "+N more (M players)" node per parent, with what the API
 * folded itself. Each node keeps what the tooltip and a click need (id, channel, generation, subtree size,
 * hidden children); names go on the largest dots only. Also the largest branches still closed.
 */
export function toTreeData(root: ForestNode, f: Formatter, t: (key: StudioMessageKey, values?: Record<string, string | number>) => string, options: { budget?: number; isNarrow?: boolean; isRtl?: boolean; openedIds?: string[] } = {}): { data: TreeDatum; drawnPlayers: number; drawnNodes: number; expandable: { id: string; label: string; channel: string; subtreeSize: number; hiddenChildren: number }[] } {
  const budget = options.budget ?? maxDrawnNodes;
  const symbolSizeOf = (size: number) => (options.isNarrow ? Math.min(16, 4 + 1.8 * Math.log2(Math.max(1, size))) : Math.min(30, 6 + 3.2 * Math.log2(Math.max(1, size))));
  const makeMore = (more: { nodes: number; players: number }, parentId: string | null, generation: number): TreeDatum => ({
    name: t('an_forest_more', { nodes: f.count(more.nodes), players: f.count(more.players) }),
    value: more.players,
    info: { id: null, parentId, label: '', channel: '', generation, subtreeSize: more.players, hiddenChildren: 0, more },
    symbolSize: 9,
    symbol: 'roundRect',
    itemStyle: { color: '#ffffff', borderColor: '#94a3b8', borderWidth: 1.5, borderType: 'dashed' },
  });
  const makeDatum = (node: ForestNode, parentId: string | null, isRoot: boolean): TreeDatum => {
    if (isFoldedNode(node, isRoot) && node.more) return makeMore(node.more, parentId, node.generation);
    const color = isRoot ? '#475569' : colorOfChannel(node.channel);
    const isExpandable = node.hiddenChildren > 0 && node.id !== null;
    return {
      name: isRoot ? t('an_forest_root') : node.label,
      value: node.subtreeSize,
      info: { id: node.id, parentId, label: node.label, channel: node.channel, generation: node.generation, subtreeSize: node.subtreeSize, hiddenChildren: node.hiddenChildren, isRoot },
      symbolSize: isRoot ? 14 : symbolSizeOf(node.subtreeSize),
      // A dot that opens on a click wears a ring, in a colour no channel has.
      itemStyle: { color, borderColor: isExpandable ? ringColor : '#ffffff', borderWidth: isExpandable ? 3 : 1 },
    };
  };
  // Branches the reader opened are drawn whatever the budget: the path down to each (last opened first) and its
  // first nodes, breadth first. The rest of the budget goes to the forest, breadth first from the root.
  const pinned = new Set<ForestNode>();
  for (const id of [...(options.openedIds ?? [])].reverse().slice(0, 3)) {
    const path = findPath(root, id);
    if (!path) continue;
    path.forEach((node) => pinned.add(node));
    const opened = path[path.length - 1];
    const below: ForestNode[] = opened ? [...opened.children] : [];
    for (let count = 0; below.length > 0 && count < pinnedPerBranch; count += 1) {
      const node = below.shift() as ForestNode;
      if (isFoldedNode(node, false)) continue;
      pinned.add(node);
      below.push(...node.children);
    }
  }
  const freeBudget = Math.max(60, budget - pinned.size);
  const data = makeDatum(root, null, true);
  let drawnNodes = 1;
  let freeUsed = 0;
  let drawnPlayers = root.id === null ? 0 : 1;
  const queue: [ForestNode, TreeDatum, boolean][] = [[root, data, true]];
  while (queue.length > 0) {
    const [node, datum, isRoot] = queue.shift() as [ForestNode, TreeDatum, boolean];
    const children: TreeDatum[] = [];
    // What the API folded (a node's `more`, or a child that is only a `more`) and what does not fit here, as one dot.
    let folded = { nodes: node.more ? node.more.nodes : 0, players: node.more ? node.more.players : 0 };
    for (const child of node.children) {
      const isFolded = isFoldedNode(child, false);
      const isPinned = pinned.has(child);
      if (!isFolded && (isPinned || freeUsed < freeBudget)) {
        const childDatum = makeDatum(child, node.id, false);
        children.push(childDatum);
        drawnNodes += 1;
        drawnPlayers += 1;
        if (!isPinned) freeUsed += 1;
        queue.push([child, childDatum, false]);
      } else {
        folded = { nodes: folded.nodes + (isFolded ? (child.more?.nodes ?? 0) : 1), players: folded.players + (isFolded ? (child.more?.players ?? 0) : child.subtreeSize) };
      }
    }
    if (folded.nodes > 0) {
      children.push(makeMore(folded, node.id, isRoot ? 0 : node.generation + 1));
      drawnNodes += 1;
    }
    if (children.length > 0) datum.children = children;
  }
  // Names on the largest dots only: beyond a couple of dozen labels a tree of hundreds becomes unreadable.
  const sizes: number[] = [];
  const collect = (d: TreeDatum) => {
    if (!d.info.isRoot) sizes.push(d.info.subtreeSize);
    d.children?.forEach(collect);
  };
  collect(data);
  sizes.sort((a, b) => b - a);
  const threshold = Math.max(2, sizes[Math.min(sizes.length - 1, options.isNarrow ? 6 : 24)] ?? 2);
  const label = (d: TreeDatum) => {
    const isShown = d.info.isRoot || d.info.subtreeSize >= threshold;
    const text = d.info.more ? d.name : d.info.isRoot ? `${d.name} · ${f.compact(d.info.subtreeSize)}` : `\u2068${shorten(d.info.label, 16)}\u2069 · ${f.compact(d.info.subtreeSize)}${d.info.hiddenChildren > 0 ? ' +' : ''}`;
    d.label = isShown ? { show: true, formatter: text, ...(d.info.isRoot ? { position: 'top', align: options.isRtl ? 'right' : 'left', distance: 8, fontWeight: 600 } : {}) } : { show: false };
    d.children?.forEach(label);
  };
  label(data);
  // The largest closed branches, to open from the keyboard or with a finger too big for a small dot.
  const expandable: { id: string; label: string; channel: string; subtreeSize: number; hiddenChildren: number }[] = [];
  const findClosed = (d: TreeDatum) => {
    if (d.info.id !== null && d.info.hiddenChildren > 0) expandable.push({ id: d.info.id, label: d.info.label, channel: d.info.channel, subtreeSize: d.info.subtreeSize, hiddenChildren: d.info.hiddenChildren });
    d.children?.forEach(findClosed);
  };
  findClosed(data);
  expandable.sort((a, b) => b.subtreeSize - a.subtreeSize);
  return { data, drawnPlayers, drawnNodes, expandable: expandable.slice(0, options.isNarrow ? 4 : 6) };
}

/**
 * The referral forest, drawn as a tree from a virtual root (the API's largest trees), with zoom and pan. A dot
 * with hidden children (ringed) opens when clicked, or from the buttons under the chart: its subtree is fetched
 * and grafted in. A "+N more" dot (or its button) shows the next of the children it folds. Generations run in the
 * reading direction: left to right, or right to left in Arabic.
 */
export function ForestPanel(props: { locale: StudioLocale; forest: ForestNode | null; openedIds: string[]; isFailed: boolean; loadingNodeId: string | null; onExpand: (id: string) => void; onMore: (id: string | null, loaded: number) => void }) {
  const { locale, forest } = props;
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const f = makeFormatter(locale);
  const isNarrow = useIsNarrow();
  const built = useMemo(() => (forest ? toTreeData(forest, f, t, { isNarrow, isRtl: locale === 'ar', openedIds: props.openedIds }) : null), [forest, locale, isNarrow, props.openedIds]);

  const option = useMemo((): ChartOption => {
    if (!built) return {};
    const base = baseOption(locale);
    const isRtl = locale === 'ar';
    return {
      ...base,
      tooltip: {
        ...base.tooltip,
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const info = (item?.data as TreeDatum | undefined)?.info;
          if (!info) return '';
          if (info.more) return `${escapeHtml(t('an_forest_more', { nodes: f.count(info.more.nodes), players: f.count(info.more.players) }))}<br/><em>${escapeHtml(t('an_forest_tip_more'))}</em>`;
          if (info.isRoot) return `<strong>${escapeHtml(t('an_forest_root'))}</strong><br/>${escapeHtml(t('an_forest_tip_size', { size: f.count(info.subtreeSize) }))}`;
          return [
            `<strong dir="auto">${escapeHtml(info.label)}</strong>`,
            escapeHtml(t('an_forest_tip_size', { size: f.count(info.subtreeSize) })),
            escapeHtml(t('an_forest_tip_channel', { channel: f.channel(info.channel) })),
            escapeHtml(t('an_forest_tip_generation', { n: f.count(info.generation) })),
            ...(info.hiddenChildren > 0 && info.id ? [`<em>${escapeHtml(t('an_forest_tip_hidden', { count: f.count(info.hiddenChildren) }))}</em>`] : []),
          ].join('<br/>');
        },
      },
      series: [
        {
          id: 'forest',
          type: 'tree',
          data: [built.data],
          layout: 'orthogonal',
          symbol: 'circle',
          orient: isRtl ? 'RL' : 'LR',
          left: isNarrow ? 24 : isRtl ? 150 : 70,
          right: isNarrow ? 24 : isRtl ? 70 : 150,
          top: isNarrow ? 28 : 16,
          bottom: 16,
          roam: true,
          scaleLimit: { min: 0.4, max: 8 },
          expandAndCollapse: false,
          initialTreeDepth: -1,
          edgeShape: 'curve',
          lineStyle: { color: '#cbd2e1', width: 1, curveness: 0.5 },
          label: { position: isRtl ? 'right' : 'left', verticalAlign: 'middle', align: isRtl ? 'left' : 'right', fontSize: 11, color: chartColors.ink, fontFamily: fontOf(locale), distance: 6 },
          leaves: { label: { position: isRtl ? 'left' : 'right', align: isRtl ? 'right' : 'left' } },
          emphasis: { focus: 'ancestor' },
          animationDurationUpdate: 400,
        },
      ],
    } as ChartOption;
  }, [built, locale, isNarrow]);

  function click(event: ChartClick) {
    const info = (event.data as TreeDatum | undefined)?.info;
    if (!info || props.loadingNodeId !== null) return;
    if (info.more) {
      const loaded = loadedChildren(info.parentId);
      if (loaded !== null && loaded < maxForestChildren) props.onMore(info.parentId, loaded);
      return;
    }
    if (info.id && info.hiddenChildren > 0) props.onExpand(info.id);
  }

  /** How many children of a node (null: the trees) the forest holds, not counting what the API folded; null when it is not there. */
  function loadedChildren(id: string | null): number | null {
    const node = forest ? (id === null ? forest : findPath(forest, id)?.at(-1)) : undefined;
    return node ? node.children.filter((child) => !isFoldedNode(child, false)).length : null;
  }

  // "+N more" as buttons too: for the trees, and for each branch the reader opened that folds children.
  const pageable = forest
    ? [forest, ...props.openedIds.map((id) => findPath(forest, id)?.at(-1))].flatMap((node) => {
        const loaded = node ? (loadedChildren(node.id) ?? 0) : 0;
        return node && node.more && node.more.nodes > 0 && loaded < maxForestChildren ? [{ id: node.id, label: node.label, more: node.more, loaded }] : [];
      })
    : [];

  const trees = forest?.children.filter((tree) => !isFoldedNode(tree, false)) ?? [];
  const isEmpty = forest !== null && trees.length === 0;
  return (
    <Panel id="an-forest" title={t('an_forest_title')} lead={t('an_forest_lead')} wide testId="forest">
      {props.isFailed && !forest ? <p className="notice notice-error">{t('an_forest_error')}</p> : null}
      {isEmpty ? <EmptyNote>{t('an_forest_empty')}</EmptyNote> : null}
      {!forest && !props.isFailed ? <div className="an-skeleton an-chart-forest" role="status" aria-label={t('an_loading')} /> : null}
      {built && !isEmpty ? (
        <>
          <div className="an-forest-box" aria-busy={props.loadingNodeId !== null}>
            <EChart option={option} label={t('an_forest_chart_label', { count: f.count(trees.length), size: f.count(trees[0]?.subtreeSize ?? 0) })} className="an-chart-forest" onClick={click} testId="forest-chart" />
            {props.loadingNodeId !== null ? (
              <p className="an-forest-loading" role="status">
                {t('an_forest_loading')}
              </p>
            ) : null}
          </div>
          {built.expandable.length > 0 ? (
            <div className="an-branches" data-testid="forest-branches">
              <span className="muted small">{t('an_forest_open_label')}</span>
              {built.expandable.map((node) => (
                <button key={node.id} type="button" className="btn btn-sm an-chip" data-testid="forest-open" data-node={node.id} aria-label={t('an_forest_open_branch', { name: node.label, count: f.count(node.hiddenChildren) })} disabled={props.loadingNodeId !== null} onClick={() => props.onExpand(node.id)}>
                  <span className="an-dot an-dot-ringed" style={{ background: colorOfChannel(node.channel) }} aria-hidden="true" />
                  <bdi>{shorten(node.label, 18)}</bdi> · {f.compact(node.subtreeSize)} +
                </button>
              ))}
            </div>
          ) : null}
          {pageable.length > 0 ? (
            <div className="an-branches" data-testid="forest-pages">
              {pageable.map((node) => (
                <button key={node.id ?? ''} type="button" className="btn btn-sm an-chip" data-testid="forest-more" disabled={props.loadingNodeId !== null} onClick={() => props.onMore(node.id, node.loaded)}>
                  {node.id === null ? t('an_forest_page_trees', { count: f.count(node.more.nodes) }) : t('an_forest_page_node', { name: `\u2068${shorten(node.label, 18)}\u2069`, count: f.count(node.more.nodes) })}
                </button>
              ))}
            </div>
          ) : null}
          <div className="an-forest-foot">
            <ul className="an-legend" aria-hidden="true">
              {[...new Set(collectChannels(forest))].map((channel) => (
                <li key={channel}>
                  <span className="an-dot" style={{ background: colorOfChannel(channel) }} />
                  {f.channel(channel)}
                </li>
              ))}
            </ul>
            <p className="muted small" data-testid="forest-drawn" data-nodes={built.drawnNodes}>
              {t('an_forest_capped', { count: f.count(built.drawnPlayers), total: f.count(forest?.subtreeSize ?? 0) })}
            </p>
          </div>
          <HiddenTable caption={t('an_forest_title')} head={[t('an_col_tree'), t('an_col_size'), t('an_col_arrived')]} rows={trees.map((tree) => [tree.label, f.count(tree.subtreeSize), f.channel(tree.channel)])} />
        </>
      ) : null}
    </Panel>
  );
}

/** The nodes from the root down to node `id`, or null when it is not in the forest. */
function findPath(node: ForestNode, id: string): ForestNode[] | null {
  if (node.id === id) return [node];
  for (const child of node.children) {
    const path = findPath(child, id);
    if (path) return [node, ...path];
  }
  return null;
}

function collectChannels(node: ForestNode | null): string[] {
  if (!node) return [];
  const own = node.id !== null && node.channel ? [node.channel] : [];
  return [...own, ...node.children.flatMap(collectChannels)];
}

const narrowQuery = '(max-width: 640px)';

/** Whether the screen is a phone's: the forest then draws smaller dots and fewer names. */
function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(narrowQuery);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
}
