// The demo's chart as one self-contained SVG: an overview of the whole series and zoomed panels around the labelled
// events, each with the detector band, the series, the flagged points and the event windows.
import { escapeXml, renderPanel, type ChartEvent } from './panel.ts';
import { formatSpan, formatTime } from './scale.ts';
import type { Trace } from './trace.ts';

export interface ChartEventInput {
  kind: string;
  startMs: number;
  endMs: number;
  detected: boolean;
  delayMs?: number;
}

export interface ChartInput {
  trace: Trace;
  stepMs: number;
  /** Labelled events of the trace's printer and field. */
  events: readonly ChartEventInput[];
  /** Second heading line, e.g. detector and scores. */
  subtitle: string;
  /** Zoomed panels shown (default 6). */
  maxZooms?: number;
}

const WIDTH = 1200;
const OVERVIEW_HEIGHT = 300;
const ZOOM_COLUMNS = 3;
const ZOOM_HEIGHT = 210;
const HEADER = 84;

const STYLE = `
text{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;font-size:11px;fill:#333}
.bg,.plot{fill:#fff}
.grid{stroke:#ececec;stroke-width:1}
.frame{fill:none;stroke:#9a9a9a;stroke-width:1}
.band{fill:#9ecae1;fill-opacity:0.6;stroke:#6baed6;stroke-width:0.5}
.series{fill:none;stroke:#08306b;stroke-width:1;stroke-linejoin:round}
.flag{fill:#d62728;stroke:#fff;stroke-width:0.6}
.other{fill:#ff7f0e}
.event.hit{fill:#fdd835;fill-opacity:0.3}
.event.miss{fill:#e53935;fill-opacity:0.2}
.eventmark{text-anchor:middle;font-size:10px;font-weight:bold;fill:#8a6d00}
.ytick{text-anchor:end}
.xtick{text-anchor:middle;fill:#555}
.ptitle{font-size:12px;font-weight:bold}
.title{font-size:17px;font-weight:bold}
.subtitle{font-size:12px;fill:#555}
.legend{font-size:11px}
`;

function legend(field: string, y: number): string {
  const items: [string, string][] = [
    [`<rect x="0" y="-8" width="18" height="10" class="band"/>`, `detector band (${field}_lower … ${field}_upper)`],
    [`<line x1="0" x2="18" y1="-3" y2="-3" class="series"/>`, field],
    [`<circle cx="9" cy="-3" r="3" class="flag"/>`, `anomaly with ${field} outside its band`],
    [`<rect x="8" y="-9" width="2" height="7" class="other"/>`, 'anomaly on another field'],
    [`<rect x="0" y="-9" width="18" height="11" class="event hit"/>`, 'injected event, detected'],
    [`<rect x="0" y="-9" width="18" height="11" class="event miss"/>`, 'injected event, missed'],
  ];
  const out: string[] = [];
  let x = 20;
  for (const [icon, label] of items) {
    out.push(`<g transform="translate(${x},${y})">${icon}<text class="legend" x="24" y="0">${escapeXml(label)}</text></g>`);
    x += 30 + label.length * 6.1;
  }
  return out.join('\n');
}

/**
 * Events worth a close-up, in time order: missed ones first, then one of each kind, then the earliest others.
 * Returns indexes into `events`.
 */
export function pickZooms(events: readonly ChartEventInput[], max: number): number[] {
  const chosen = new Set<number>();
  const add = (i: number): void => {
    if (chosen.size < max) chosen.add(i);
  };
  events.forEach((e, i) => {
    if (!e.detected) add(i);
  });
  const kinds = new Set([...chosen].map((i) => events[i]!.kind));
  events.forEach((e, i) => {
    if (!kinds.has(e.kind)) {
      kinds.add(e.kind);
      add(i);
    }
  });
  events.forEach((_, i) => add(i));
  return [...chosen].sort((a, b) => a - b);
}

function zoomWindow(e: ChartEventInput, stepMs: number): [number, number] {
  const pad = Math.max(120_000, 0.6 * (e.endMs - e.startMs), 20 * stepMs);
  return [e.startMs - pad, e.endMs + stepMs + pad];
}

export function renderChartSvg(input: ChartInput): string {
  const { trace, stepMs } = input;
  const events = [...input.events].sort((a, b) => a.startMs - b.startMs);
  const marks: ChartEvent[] = events.map((e, i) => ({ startMs: e.startMs, endMs: e.endMs, mark: String(i + 1), detected: e.detected }));
  const zooms = pickZooms(events, input.maxZooms ?? 6);
  const zoomRows = Math.ceil(zooms.length / ZOOM_COLUMNS);
  const height = HEADER + OVERVIEW_HEIGHT + (zoomRows > 0 ? 14 + zoomRows * ZOOM_HEIGHT : 0) + 10;
  const fromMs = trace.timesMs[0] ?? 0;
  const toMs = trace.timesMs[trace.timesMs.length - 1] ?? fromMs + stepMs;
  const day = new Date(fromMs).toISOString().slice(0, 10);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    `<title>${escapeXml(`${trace.printer} ${trace.field}: band, anomalies and injected events`)}</title>`,
    `<style>${STYLE}</style>`,
    `<rect class="bg" x="0" y="0" width="${WIDTH}" height="${height}"/>`,
    `<text class="title" x="20" y="26">${escapeXml(`${trace.printer} · ${trace.field} — scored by the ads UDF`)}</text>`,
    `<text class="subtitle" x="20" y="46">${escapeXml(input.subtitle)}</text>`,
    legend(trace.field, 70),
    renderPanel(trace, {
      id: 'overview',
      x: 0,
      y: HEADER,
      width: WIDTH,
      height: OVERVIEW_HEIGHT,
      fromMs,
      toMs,
      title: `${day} ${formatTime(fromMs, 1000)} – ${formatTime(toMs, 1000)} UTC, every point (numbers: injected events on ${trace.field})`,
      stepMs,
      events: marks,
      maxTimeTicks: 14,
    }),
  ];
  const zoomWidth = WIDTH / ZOOM_COLUMNS;
  zooms.forEach((n, i) => {
    const e = events[n]!;
    const [from, to] = zoomWindow(e, stepMs);
    const outcome = e.detected ? `flagged after ${formatSpan(e.delayMs ?? 0)}` : 'missed';
    out.push(
      renderPanel(trace, {
        id: `event-${n + 1}`,
        x: (i % ZOOM_COLUMNS) * zoomWidth,
        y: HEADER + OVERVIEW_HEIGHT + 14 + Math.floor(i / ZOOM_COLUMNS) * ZOOM_HEIGHT,
        width: zoomWidth,
        height: ZOOM_HEIGHT,
        fromMs: from,
        toMs: to,
        title: `${n + 1}: ${e.kind}, ${formatSpan(e.endMs - e.startMs + stepMs)}, ${outcome}`,
        stepMs,
        events: marks,
        maxTimeTicks: 5,
      }),
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
