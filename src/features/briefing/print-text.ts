/**
 * Words printed on paper beside the charts: the view state's filters as a line a reader of the
 * page can check ("指标：示范区面积（万亩） · 市：哈尔滨市"), and the running head and foot that
 * every printed page carries in its margin (CSS `@page` margin boxes, fed through custom
 * properties, so the text must be a CSS string literal).
 */
import { countyMetric } from '../../data/county-metrics';
import { regionLabel, unitLabel, zoneLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { printMessages } from '../../i18n/print-messages';
import type { ViewState } from '../../view-state/view-state';

/** `"…"` with quotes, backslashes and line breaks escaped, for a CSS `content` value. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ');
  return `"${escaped}"`;
}

function field(lang: Lang, name: string, value: string): string {
  return `${name}${printMessages(lang).fieldSeparator}${value}`;
}

/** The county filters of a view state, one "name：value" per dimension in use. */
export function filterFields(state: ViewState, lang: Lang): string[] {
  const text = printMessages(lang);
  const metric = countyMetric(state.metric);
  const fields: string[] = [];
  if (metric) {
    const unit = unitLabel(lang, metric.unit);
    fields.push(
      field(
        lang,
        text.metric,
        `${pick(lang, metric.label_zh, metric.label_en)}${unit === '' ? '' : pick(lang, `（${unit}）`, ` (${unit})`)}`,
      ),
    );
  }
  const lists: readonly [readonly string[], string, (name: string) => string][] = [
    [state.cities, text.cities, (n) => regionLabel(lang, n)],
    [state.zones, text.zones, (n) => zoneLabel(lang, n)],
    [state.counties, text.counties, (n) => regionLabel(lang, n)],
  ];
  for (const [names, dimension, label] of lists) {
    if (names.length > 0) fields.push(field(lang, dimension, names.map(label).join(text.listSeparator)));
  }
  if (state.cities.length + state.zones.length + state.counties.length === 0) fields.push(text.allCounties);
  if (!state.farm) fields.push(text.farmHidden);
  if (state.detail !== null) fields.push(field(lang, text.detail, regionLabel(lang, state.detail)));
  return fields;
}

/** Only the counties view filters; elsewhere the page says it shows all data. */
export function filterLine(state: ViewState, lang: Lang): string {
  const text = printMessages(lang);
  const fields = state.view === 'counties' ? filterFields(state, lang) : [text.noFilters];
  return field(lang, text.filters, fields.join(' · '));
}

/** "重点县比较 · 目标看板 · 筛选条件：…" — the top margin of every printed page. */
export function runningHead(viewTitle: string, appTitle: string, filters: string): string {
  return `${viewTitle} · ${appTitle} · ${filters}`;
}

/** "来源：《…》（文号，日期）附件1 · 内置数据 · 2021-12-31" — the bottom margin of every printed page. */
export function runningFoot(sources: string, version: string, lang: Lang): string {
  return `${printMessages(lang).sourcePrefix}${sources}${version === '' ? '' : ` · ${version}`}`;
}
