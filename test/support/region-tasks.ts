/**
 * A new year's region task table as a province office sends it, for unit and end-to-end tests: a
 * title row, a `单位：万亩` line, 序号 | 县（市、区） | 高标准农田建设任务 | 其中：高效节水灌溉, the 39
 * key counties and the farm group, and a 合计 row written as the exact decimal sum of its parts
 * (or a wrong one on request). Made the way WPS exports it: CRLF, GBK when encoded. Figures are
 * computed from the county's position, never copied, so tests derive expectations from here.
 */
import { COUNTIES } from '../../src/data/regions';

export const REGION_TITLE = '2026年黑土地保护高标准农田建设任务分解表';
export const REGION_HEADER = ['序号', '县（市、区）', '高标准农田建设任务', '其中：高效节水灌溉'] as const;
export const FARM_GROUP_ROW = ['北大荒农垦集团有限公司', '120.5', '30.2'] as const;

/** Tenths: exact integers, so the sum here is exact too. */
function tenths(i: number): readonly [number, number] {
  const task = 50 + ((i * 37) % 200);
  return [task, Math.floor(task / 3)];
}

const show = (t: number): string => (t / 10).toFixed(1);

export interface RegionRow {
  readonly region: string;
  readonly task: string;
  readonly part: string;
}

export function regionRows(): RegionRow[] {
  return COUNTIES.map((c, i) => {
    const [task, part] = tenths(i);
    return { region: c.name, task: show(task), part: show(part) };
  });
}

/** The 合计 row as the exact sum of the counties and the farm group. */
export function regionTotals(): readonly [string, string] {
  const task = COUNTIES.reduce((s, _, i) => s + tenths(i)[0], 0) + 1205;
  const part = COUNTIES.reduce((s, _, i) => s + tenths(i)[1], 0) + 302;
  return [show(task), show(part)];
}

export interface RegionTableOptions {
  /** Replace the 合计 row's task figure. */
  readonly total?: string;
  /** Replace a county's cells (by canonical name): [task, part] as written. */
  readonly cells?: Readonly<Record<string, readonly [string, string]>>;
  /** Extra rows after the farm group, as [序号, region, task, part]. */
  readonly extra?: readonly (readonly string[])[];
}

export function regionTasksCsv(options: RegionTableOptions = {}): string {
  const [task, part] = regionTotals();
  const rows = regionRows().map((r, i) => {
    const cells = options.cells?.[r.region] ?? [r.task, r.part];
    return [String(i + 1), r.region, ...cells];
  });
  const lines = [
    [REGION_TITLE, '', '', ''],
    ['', '', '', '单位：万亩'],
    [...REGION_HEADER],
    ['', '合计', options.total ?? task, part],
    ...rows,
    [String(rows.length + 1), ...FARM_GROUP_ROW],
    ...(options.extra ?? []),
  ];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** Physical line of a county's row (title, unit line, header, 合计 come first). */
export function regionLine(region: string): number {
  return 5 + regionRows().findIndex((r) => r.region === region);
}

export const TOTAL_LINE = 4;
