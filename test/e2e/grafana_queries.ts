// Every InfluxQL query of the Grafana dashboards, with Grafana's macros and variables replaced by concrete values,
// as Grafana would send them to InfluxDB.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration } from '../../tools/common/duration.ts';

export interface PanelQuery {
  dashboard: string;
  /** Panel title and refId, or `variable <name>` for a templating query. */
  source: string;
  query: string;
}

export interface GrafanaContext {
  fromMs: number;
  toMs: number;
  /** Replaces $__interval / $interval, e.g. '10s'. */
  interval: string;
  /** Values selected for each dashboard variable ("All" = every value). */
  variables: Record<string, string[]>;
}

interface Target {
  refId?: string;
  query?: string;
  rawQuery?: boolean;
  hide?: boolean;
}

interface Panel {
  title?: string;
  targets?: Target[];
  panels?: Panel[];
}

interface Dashboard {
  panels?: Panel[];
  templating?: { list?: { name: string; type: string; query?: string | { query?: string } }[] };
}

/** Raw queries of every panel (rows included) and every query variable of every dashboard in `dir`. */
export function readDashboardQueries(dir: string): PanelQuery[] {
  const out: PanelQuery[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const dashboard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Dashboard;
    const visit = (panels: Panel[] | undefined): void => {
      for (const panel of panels ?? []) {
        for (const target of panel.targets ?? []) {
          if (target.hide) continue;
          if (!target.rawQuery || !target.query) {
            throw new Error(`${file}: panel "${panel.title}" ${target.refId}: only raw InfluxQL queries are supported`);
          }
          out.push({ dashboard: file, source: `panel "${panel.title}" ${target.refId ?? ''}`.trim(), query: target.query });
        }
        visit(panel.panels);
      }
    };
    visit(dashboard.panels);
    for (const variable of dashboard.templating?.list ?? []) {
      if (variable.type !== 'query') continue;
      const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
      if (query) out.push({ dashboard: file, source: `variable ${variable.name}`, query });
    }
  }
  return out;
}

/** Substitutes Grafana's InfluxDB macros and the dashboard variables; throws if anything is left unresolved. */
export function resolveQuery(query: string, context: GrafanaContext): string {
  const intervalMs = String(parseDuration(context.interval));
  let q = query
    .replaceAll('$timeFilter', `time >= ${context.fromMs}ms AND time <= ${context.toMs}ms`)
    .replaceAll('$__timeFilter', `time >= ${context.fromMs}ms AND time <= ${context.toMs}ms`)
    .replaceAll('$__interval_ms', intervalMs)
    .replaceAll('$__interval', context.interval)
    .replaceAll('$interval', context.interval);
  for (const [name, values] of Object.entries(context.variables)) {
    if (values.length === 0) throw new Error(`no values for dashboard variable ${name}`);
    const ref = `(?:\\$\\{${name}(?::\\w+)?\\}|\\$${name}\\b|\\[\\[${name}\\]\\])`;
    // Inside a regex match Grafana expands a multi-value selection to an alternation; elsewhere use one value.
    q = q.replace(new RegExp(`/\\^${ref}\\$/`, 'g'), `/^(${values.map(escapeRegex).join('|')})$/`);
    q = q.replace(new RegExp(ref, 'g'), values[0]!);
  }
  const left = /\$\{?\w+|\[\[\w+\]\]/.exec(q);
  if (left) throw new Error(`unresolved Grafana variable ${left[0]} in ${query}`);
  return q;
}

function escapeRegex(value: string): string {
  return value.replace(/[\\/^$.*+?()[\]{}|]/g, '\\$&');
}

