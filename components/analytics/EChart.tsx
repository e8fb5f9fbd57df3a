'use client';

import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ChartOption } from './echarts-setup';

type EChartsModule = typeof import('./echarts-setup');
type Chart = ReturnType<EChartsModule['echarts']['init']>;

/** What a click on a chart element hands over: the element's data item as it was given in the option. */
export type ChartClick = { data?: unknown; dataIndex?: number; name?: string };

let loading: Promise<EChartsModule> | undefined;
/** ECharts is loaded on the client only, once, when the first chart mounts: the studio's other pages never carry it. */
function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts-setup');
  return loading;
}

/**
 * The canvas is drawn with the page's font: wait until Noto Sans and Noto Sans Arabic are ready (the page's own
 * text has usually loaded them already), or a chart drawn in a fallback font would stay so.
 */
async function waitForFonts(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.allSettled([document.fonts.load('12px "Noto Sans"', 'Ab1'), document.fonts.load('12px "Noto Sans Arabic"', 'ابت')]);
}

/**
 * One ECharts chart, client-only: made when it mounts (canvas renderer), given each new option as it changes
 * (merged, so a live update moves the bars instead of redrawing them from nothing), resized with its box and
 * disposed when it unmounts. People get `label` (role="img"); the figures themselves go in a table beside it.
 */
export function EChart(props: { option: ChartOption; label: string; className?: string; onClick?: (click: ChartClick) => void; testId?: string; style?: CSSProperties }) {
  const { option, label, className, onClick, testId, style } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const optionRef = useRef(option);
  const clickRef = useRef(onClick);
  const [isReady, setIsReady] = useState(false);
  optionRef.current = option;
  clickRef.current = onClick;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let isDisposed = false;
    let observer: ResizeObserver | undefined;
    void Promise.all([loadECharts(), waitForFonts()]).then(([{ echarts }]) => {
      if (isDisposed) return;
      const chart = echarts.init(box, null, { renderer: 'canvas' });
      chartRef.current = chart;
      chart.setOption(optionRef.current);
      chart.on('click', (params) => clickRef.current?.({ data: params.data, dataIndex: params.dataIndex, name: params.name }));
      observer = new ResizeObserver(() => {
        if (!chart.isDisposed()) chart.resize();
      });
      observer.observe(box);
      setIsReady(true);
    });
    return () => {
      isDisposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    // Series are replaced as a whole (one that is gone disappears); those that stay, by id, animate to their new values.
    if (chart && !chart.isDisposed()) chart.setOption(option, { replaceMerge: ['series', 'xAxis', 'yAxis', 'grid'] });
  }, [option]);

  return <div ref={boxRef} className={`an-chart ${className ?? ''}`} role="img" aria-label={label} style={style} data-testid={testId} data-ready={isReady ? 'true' : 'false'} />;
}
