/**
 * The social-credit plan's indicator table (专栏 主要指标): numeric targets grouped by unit, so
 * that no two units ever share a value axis (percent targets share one 0–100% axis), and the
 * qualitative targets as a checklist of the plan's wording. The layout helper sizes the
 * chart from the type scale, so the same model fits a 1366×768 laptop and a wall screen.
 */
import { comparatorMeaning, type Direction } from '../../data/comparators';
import { indicatorLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { indicatorDecimals } from '../format-indicator';
import type { TypeScale } from '../theme';

export interface CreditBaseline {
  readonly year: number;
  readonly value: number;
  readonly text?: string;
}

export interface CreditNumericItem {
  readonly indicator: string;
  /** Short, unambiguous axis label: the sub-item (承诺率) unless another row has the same one. */
  readonly label: string;
  readonly name: string;
  readonly target: number;
  readonly comparator?: string;
  readonly direction: Direction | null;
  readonly unit: string;
  readonly attribute?: string;
  readonly baseline: CreditBaseline | null;
  /** The plan's wording of the target. */
  readonly text?: string;
  readonly decimals: number;
}

export interface CreditQualitativeItem {
  readonly indicator: string;
  readonly name: string;
  readonly text: string;
  readonly attribute?: string;
}

export interface CreditUnitGroup {
  readonly unit: string;
  /** 100 for percentages (one shared 0–100% axis); null lets the axis fit its own data. */
  readonly axisMax: number | null;
  readonly items: readonly CreditNumericItem[];
}

export interface CreditModel {
  readonly numeric: readonly CreditNumericItem[];
  readonly qualitative: readonly CreditQualitativeItem[];
  /** Percent first, then the other units in the table's order. */
  readonly groups: readonly CreditUnitGroup[];
  /** Numbered indicators of the table (a row with sub-items counts once). */
  readonly indicatorCount: number;
  /** Rows with the 约束性 attribute (binding), the rest being 预期性. */
  readonly bindingCount: number;
}

const SUB_ITEM_SEPARATOR = ' · ';

function subItemOf(name: string): string | undefined {
  const at = name.indexOf(SUB_ITEM_SEPARATOR);
  return at < 0 ? undefined : name.slice(at + SUB_ITEM_SEPARATOR.length);
}

function headingOf(name: string): string {
  const at = name.indexOf(SUB_ITEM_SEPARATOR);
  return at < 0 ? name : name.slice(0, at);
}

function labelOf(record: NormalizedRecord, lang: Lang, repeated: ReadonlySet<string>): string {
  const name = indicatorLabel(lang, record.indicator, record.indicatorName);
  if (lang === 'en') return name;
  const sub = subItemOf(record.indicatorName);
  return sub !== undefined && !repeated.has(sub) ? sub : record.indicatorName;
}

function repeatedSubItems(targets: readonly NormalizedRecord[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const sub of targets.map((t) => subItemOf(t.indicatorName))) {
    if (sub === undefined) continue;
    if (seen.has(sub)) repeated.add(sub);
    seen.add(sub);
  }
  return repeated;
}

function numericItem(
  target: NormalizedRecord,
  records: readonly NormalizedRecord[],
  label: string,
  lang: Lang,
): CreditNumericItem {
  const base = records.find(
    (r) => r.indicator === target.indicator && r.kind === 'baseline' && r.value !== null,
  );
  return {
    indicator: target.indicator,
    label,
    name: indicatorLabel(lang, target.indicator, target.indicatorName),
    target: target.value ?? 0,
    comparator: target.comparator,
    direction: comparatorMeaning(target.comparator)?.direction ?? null,
    unit: target.unit,
    attribute: target.attribute,
    baseline:
      !base || base.value === null
        ? null
        : { year: Number(base.period.slice(-4)), value: base.value, text: base.text },
    text: target.text,
    decimals: indicatorDecimals(records, target.indicator),
  };
}

function groupsOf(numeric: readonly CreditNumericItem[]): CreditUnitGroup[] {
  const units = [...new Set(numeric.map((i) => i.unit))].sort(
    (a, b) => Number(b === '%') - Number(a === '%'),
  );
  return units.map((unit) => ({
    unit,
    axisMax: unit === '%' ? 100 : null,
    items: numeric.filter((i) => i.unit === unit),
  }));
}

export function toCreditModel(records: readonly NormalizedRecord[], lang: Lang): CreditModel {
  const targets = records.filter((r) => r.kind === 'target');
  const repeated = repeatedSubItems(targets);
  const numeric = targets
    .filter((t) => t.value !== null)
    .map((t) => numericItem(t, records, labelOf(t, lang, repeated), lang));
  const qualitative = targets
    .filter((t) => t.value === null)
    .map((t) => ({
      indicator: t.indicator,
      name: indicatorLabel(lang, t.indicator, t.indicatorName),
      text: t.text ?? t.indicatorName,
      attribute: t.attribute,
    }));
  return {
    numeric,
    qualitative,
    groups: groupsOf(numeric),
    indicatorCount: new Set(targets.map((t) => headingOf(t.indicatorName))).size,
    bindingCount: targets.filter((t) => t.attribute === '约束性').length,
  };
}

export interface CreditLayout {
  /** Width of the category labels, in px (they wrap beyond it). */
  readonly labelWidth: number;
  readonly legendHeight: number;
  readonly grids: ReadonlyArray<{
    readonly top: number;
    readonly height: number;
    readonly rowHeight: number;
  }>;
  /** Suggested pixel height of the whole chart. */
  readonly height: number;
}

/** Width of a text in em: CJK and full-width characters are one em, the rest about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”]/.test(char) ? 1 : 0.55;
  return width;
}

const DEFAULT_LABEL_EM = 12;

/** Stacked grids, one per unit: rows tall enough for wrapped labels, gaps for each axis. */
export function layoutCreditChart(model: CreditModel, type: TypeScale): CreditLayout {
  const labelEm = type.labelWidthEm ?? DEFAULT_LABEL_EM;
  const lineHeight = Math.round(type.axis * 1.3);
  const legendHeight = Math.round(type.axis * 3.6);
  // Below a grid its tick labels, above the next one its unit heading.
  const gap = Math.round(type.axis * 3.4) + 12;
  let top = legendHeight;
  const grids = model.groups.map((group) => {
    const lines = Math.max(1, ...group.items.map((i) => Math.ceil(textWidthEm(i.label) / labelEm)));
    const rowHeight = Math.max(lines * lineHeight + 10, Math.round(type.label * 2.2));
    const grid = { top, height: rowHeight * group.items.length, rowHeight };
    top += grid.height + gap;
    return grid;
  });
  return { labelWidth: labelEm * type.axis, legendHeight, grids, height: top };
}
