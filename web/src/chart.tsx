/**
 * An ECharts chart: a div sized by CSS, the chart drawn into it (ECharts sets its styles through the DOM, which the
 * CSP allows). Tooltips are drawn in the canvas too: ECharts' HTML tooltip writes style attributes, which the CSP
 * refuses (hundreds of violations hovering one chart). The canvas is an image to screen readers: `label` describes
 * it; pages show the numbers as text too.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EChartsCoreOption } from 'echarts/core';

/** What every chart shares: described to screen readers, not animated, in the page's font, tooltips in the canvas. */
function withDefaults(option: EChartsCoreOption): EChartsCoreOption {
  const tooltip = option.tooltip && typeof option.tooltip === 'object' ? { tooltip: { ...option.tooltip, renderMode: 'richText' } } : {};
  return { aria: { enabled: true }, textStyle: { fontFamily: 'inherit' }, animation: false, ...option, ...tooltip };
}

type Instance = { setOption: (o: EChartsCoreOption, notMerge?: boolean) => void; resize: () => void; dispose: () => void };

export function Chart({ option, label, size = 'm' }: { option: EChartsCoreOption; label: string; size?: 's' | 'm' | 'l' }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('./echarts').then(({ echarts }) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'canvas' }) as unknown as Instance;
      chart.current = c;
      c.setOption(withDefaults(option), true);
      observer = new ResizeObserver(() => c.resize());
      observer.observe(el.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(withDefaults(option), true);
  }, [option]);
  return <div ref={el} class={`chart chart-${size}`} role="img" aria-label={label} />;
}
