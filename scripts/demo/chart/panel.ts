// One chart panel: a time range of the trace with its band shaded, the series line, flagged points marked and the
// labelled event windows shaded, with value and time axes. Returns an SVG fragment (a <g>).
import { lowerBound, toColumns, type Column } from './columns.ts';
import { formatTime, linearScale, niceTicks, tickDecimals, timeTicks } from './scale.ts';
import { FLAG_FIELD, FLAG_OTHER, type Trace } from './trace.ts';

export interface ChartEvent {
  startMs: number;
  /** Time of the event's last point (inclusive). */
  endMs: number;
  /** Short mark drawn on the window, e.g. its number. */
  mark: string;
  detected: boolean;
}

export interface PanelSpec {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fromMs: number;
  toMs: number;
  title: string;
  /** Sampling step: an event window extends one step past its last point. */
  stepMs: number;
  events: readonly ChartEvent[];
  maxTimeTicks: number;
}

const MARGIN = { left: 58, right: 14, top: 24, bottom: 24 };

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();
export const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function valueDomain(columns: readonly Column[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of columns) {
    for (const v of c.values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (!Number.isNaN(c.lower)) lo = Math.min(lo, c.lower);
    if (!Number.isNaN(c.upper)) hi = Math.max(hi, c.upper);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const pad = Math.max((hi - lo) * 0.06, Math.abs(hi) * 1e-3, 1e-6);
  return [lo - pad, hi + pad];
}

/** Closed polygons of the band, one per run of columns that have one. */
function bandPaths(columns: readonly Column[], px: (x: number) => number, py: (v: number) => number): string[] {
  const paths: string[] = [];
  let run: Column[] = [];
  const flush = (): void => {
    if (run.length > 1) {
      const top = run.map((c) => `${r1(px(c.x))},${r1(py(c.upper))}`);
      const bottom = run.map((c) => `${r1(px(c.x))},${r1(py(c.lower))}`).reverse();
      paths.push(`M${top.join('L')}L${bottom.join('L')}Z`);
    }
    run = [];
  };
  for (const c of columns) {
    if (Number.isNaN(c.lower) || Number.isNaN(c.upper)) flush();
    else run.push(c);
  }
  flush();
  return paths;
}

export function renderPanel(trace: Trace, spec: PanelSpec): string {
  const plotW = spec.width - MARGIN.left - MARGIN.right;
  const plotH = spec.height - MARGIN.top - MARGIN.bottom;
  const left = spec.x + MARGIN.left;
  const top = spec.y + MARGIN.top;
  const bottom = top + plotH;
  const columns = toColumns(trace, spec.fromMs, spec.toMs, plotW);
  const [vMin, vMax] = valueDomain(columns);
  const px = (x: number): number => left + x;
  const py = linearScale([vMin, vMax], [bottom, top]);
  const tx = linearScale([spec.fromMs, spec.toMs], [left, left + plotW]);
  const out: string[] = [`<g class="panel" id="${spec.id}">`];
  out.push(`<clipPath id="${spec.id}-clip"><rect x="${left}" y="${top}" width="${plotW}" height="${plotH}"/></clipPath>`);
  out.push(`<rect class="plot" x="${left}" y="${top}" width="${plotW}" height="${plotH}"/>`);

  const yTicks = niceTicks(vMin, vMax, Math.max(2, Math.floor(plotH / 45)));
  const decimals = tickDecimals(yTicks);
  for (const v of yTicks) {
    const y = r1(py(v));
    out.push(`<line class="grid" x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}"/>`);
    out.push(`<text class="ytick" x="${left - 6}" y="${y}" dy="0.35em">${v.toFixed(decimals)}</text>`);
  }
  const { stepMs: tStep, ticks } = timeTicks(spec.fromMs, spec.toMs, spec.maxTimeTicks);
  for (const t of ticks) {
    const x = r1(tx(t));
    out.push(`<line class="grid" x1="${x}" x2="${x}" y1="${top}" y2="${bottom}"/>`);
    out.push(`<text class="xtick" x="${x}" y="${bottom + 15}">${formatTime(t, tStep)}</text>`);
  }

  out.push(`<g clip-path="url(#${spec.id}-clip)">`);
  for (const e of spec.events) {
    if (e.endMs + spec.stepMs < spec.fromMs || e.startMs > spec.toMs) continue;
    const x0 = tx(e.startMs);
    const w = Math.max(3, tx(e.endMs + spec.stepMs) - x0);
    out.push(`<rect class="event ${e.detected ? 'hit' : 'miss'}" x="${r1(x0)}" y="${top}" width="${r1(w)}" height="${plotH}"/>`);
    out.push(`<text class="eventmark" x="${r1(x0 + w / 2)}" y="${top + 11}">${escapeXml(e.mark)}</text>`);
  }
  for (const d of bandPaths(columns, px, py)) out.push(`<path class="band" d="${d}"/>`);
  const line = columns.flatMap((c) => c.values.map((v) => `${r1(px(c.x))},${r1(py(v))}`));
  if (line.length > 0) out.push(`<path class="series" d="M${line.join('L')}"/>`);

  // Flagged points: one marker per few pixels is enough to see them, and keeps the file small.
  const seen = new Set<string>();
  const others = new Set<number>();
  const end = lowerBound(trace.timesMs, spec.toMs + 1);
  for (let i = lowerBound(trace.timesMs, spec.fromMs); i < end; i++) {
    const flag = trace.flags[i];
    if (flag === FLAG_FIELD) {
      const x = tx(trace.timesMs[i]!);
      const y = py(trace.values[i]!);
      const key = `${Math.round(x / 2)}:${Math.round(y / 2)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`<circle class="flag" cx="${r1(x)}" cy="${r1(y)}" r="2.6"/>`);
    } else if (flag === FLAG_OTHER) {
      const x = Math.round(tx(trace.timesMs[i]!));
      if (others.has(x)) continue;
      others.add(x);
      out.push(`<rect class="other" x="${x - 0.75}" y="${bottom - 6}" width="1.5" height="6"/>`);
    }
  }
  out.push('</g>');
  out.push(`<rect class="frame" x="${left}" y="${top}" width="${plotW}" height="${plotH}"/>`);
  out.push(`<text class="ptitle" x="${spec.x + 14}" y="${spec.y + 16}">${escapeXml(spec.title)}</text>`);
  out.push('</g>');
  return out.join('\n');
}
