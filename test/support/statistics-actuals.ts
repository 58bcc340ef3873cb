/**
 * Actual values as a statistics office sends them, for unit and end-to-end tests: the wide layout
 * (a title row, 指标名称 | 行政区域 | 单位 | 2021年 … 2025年 | 2021—2025年累计, units in a column or in
 * the name's brackets, blank cells for "not yet", `—` for none), and the per-county layout of a
 * region-keyed task. Made the way WPS exports them: CRLF, trailing empty cells, GBK when encoded.
 */
import { COUNTIES } from '../../src/data/regions';

const YEARS = ['2021年', '2022年', '2023年', '2024年', '2025年', '2021—2025年累计'];

/** Province rows: grain met (7763.1 万吨 = 1552.62 亿斤 ≥ 1500), hogs not met (2097.8 < 2100), … */
const PROVINCE_ROWS: readonly string[][] = [
  ['粮食产量', '', '万吨', '7867.7', '7763.1', '7788.2', '8001.0', '8005.2', ''],
  ['粮食播种面积', '', '万亩', '21826', '22042', '22149', '22173', '', ''],
  ['生猪出栏', '', '万头', '2213.8', '2097.8', '2282.6', '2335.0', '', ''],
  ['有效注册商标数量（万件）', '', '', '37.2', '42.8', '47.9', '53.4', '58.3', ''],
  ['地理标志商标', '', '件', '103', '104', '106', '107', '108', ''],
  ['技术合同成交额', '', '亿元', '317.5', '451.6', '502.2', '560.3', '612.8', ''],
  ['知识产权质押融资登记金额', '', '亿元', '8.6', '9.1', '—', '', '', ''],
];

/** Demonstration area 2021—2025 per county: the first counties over their allocation, the rest under. */
export function countyRows(
  allocation: ReadonlyMap<string, number>,
  share = (i: number): number => (i % 3 === 0 ? 0.9 : 1.05),
): string[][] {
  return COUNTIES.filter((c) => allocation.has(c.name)).map((c, i) => {
    const value = Number(((allocation.get(c.name) ?? 0) * share(i)).toFixed(1));
    return ['示范区面积', c.name, '万亩', '', '', '', '', '', String(value)];
  });
}

export function wideActualsCsv(allocation: ReadonlyMap<string, number>): string {
  const header = ['指标名称', '行政区域', '单位', ...YEARS];
  const rows = [
    ['2021—2025年黑龙江省主要指标完成情况', '', '', '', '', '', '', '', ''],
    header,
    ...PROVINCE_ROWS,
    ...countyRows(allocation),
  ];
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

export function perCountyActualsCsv(rows: ReadonlyArray<readonly [string, string]>): string {
  const lines = [
    '各县（市、区）黑土地保护示范区建设完成情况',
    '行政区域,所属市,2021—2025年累计完成示范区面积（万亩）',
    ...rows.map(([region, value]) => `${region},,${value}`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
