/**
 * An ECharts chart: a div sized by CSS, the chart drawn into it (ECharts sets its styles through the DOM, which the
 * CSP allows). The canvas is an image to screen readers: `label` describes it; pages show the numbers as text too.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EChartsCoreOption } from 'echarts/core';

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
      c.setOption({ aria: { enabled: true }, textStyle: { fontFamily: 'inherit' }, animation: false, ...option }, true);
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
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option]);
  return <div ref={el} class={`chart chart-${size}`} role="img" aria-label={label} />;
}
