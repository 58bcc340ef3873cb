/**
 * Reading the typed chart options in tests without casts. ECharts types a component as one
 * object or a list, a formatter as text or a callback, an axis as one of four kinds; these
 * narrow at run time and fail the test when the option is not the shape the test expects.
 */
import type { PiecewiseVisualMapComponentOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { ItemParams, MapChartOption, TooltipParams } from '../../src/charts/chart-option';

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}

/** A component given as one object or a list, as a list. */
export function all<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return isList(value) ? [...value] : [value];
}

/** The first (or only) of a component; fails the test where there is none. */
export function one<T>(value: T | readonly T[] | undefined): T {
  const [first] = all(value);
  if (first === undefined) throw new Error('the option has no such component');
  return first;
}

/** A formatter's params as ECharts passes them, with what the test sets (a data index, a value…). */
export function params(p: Partial<ItemParams> = {}): ItemParams {
  return {
    componentType: 'series',
    componentSubType: 'bar',
    componentIndex: 0,
    name: '',
    dataIndex: 0,
    data: null,
    value: null,
    $vars: [],
    ...p,
  };
}

type LabelFormatter = string | ((p: ItemParams) => string) | undefined;

/** A label's text for the given item: the label's formatter called as ECharts calls it. */
export function labelText(label: { formatter?: LabelFormatter } | undefined, p: Partial<ItemParams>): string {
  const formatter = label?.formatter;
  if (formatter === undefined) throw new Error('the label has no formatter');
  return typeof formatter === 'string' ? formatter : formatter(params(p));
}

type TooltipFormatter =
  string | ((p: TooltipParams, ticket: string) => string | HTMLElement | HTMLElement[]) | undefined;

/** The tooltip's HTML for one item (item trigger) or a list of them (axis trigger). */
export function tooltipHtml(
  option: { tooltip?: { formatter?: TooltipFormatter } | Array<{ formatter?: TooltipFormatter }> },
  p: Partial<ItemParams> | Array<Partial<ItemParams>>,
): string {
  const formatter = one(option.tooltip).formatter;
  if (typeof formatter !== 'function') throw new Error('the tooltip has no formatter function');
  const html = formatter(Array.isArray(p) ? p.map(params) : params(p), '');
  if (typeof html !== 'string') throw new Error('the tooltip formatter returned an element');
  return html;
}

type Axis = XAXisComponentOption | YAXisComponentOption;

/** A category axis' names, as text (a name given as `{ value, textStyle }` gives its value). */
export function categories(axis: Axis | readonly Axis[] | undefined): string[] {
  return categoryItems(axis).map((d) => (typeof d === 'object' ? String(d.value) : String(d)));
}

/** A category axis' data as given: names, or `{ value, textStyle }` where a name is styled. */
export function categoryItems(
  axis: Axis | readonly Axis[] | undefined,
): Array<string | number | { value: string | number; textStyle?: { fontWeight?: unknown } }> {
  const first = one(axis);
  if (first.type !== 'category') throw new Error(`not a category axis: ${String(first.type)}`);
  return first.data ?? [];
}

/** A data item given as an object (`{ value, itemStyle, label }`), not a bare value or a pair. */
export function isItemObject<T>(item: T): item is Exclude<Extract<T, object>, readonly unknown[] | Date> {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && !(item instanceof Date);
}

/** A colour given as text (not a gradient or pattern), or '' where there is none. */
export function colorText(color: unknown): string {
  return typeof color === 'string' ? color : '';
}

/** A value axis' upper end for data reaching `dataMax`: its `max`, called where it is a function. */
export function axisMax(axis: Axis | readonly Axis[] | undefined, dataMax: number): unknown {
  const max = one(axis).max;
  return typeof max === 'function' ? max({ min: 0, max: dataMax }) : max;
}

/** A piecewise visualMap's pieces (none for a continuous one). */
export function visualPieces(
  option: MapChartOption,
): NonNullable<PiecewiseVisualMapComponentOption['pieces']> {
  const visualMap = one(option.visualMap);
  return 'pieces' in visualMap ? (visualMap.pieces ?? []) : [];
}
