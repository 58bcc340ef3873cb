/**
 * Synthetic actuals files of any size for throughput benchmarks and worker tests: valid rows
 * (unique indicator × region × year), the shapes staff files have (Chinese names, decimals,
 * blank optional cells). Synthetic indicator ids keep every row unique at 100,000 rows.
 */
import { ALL_REGIONS } from '../../src/data/regions';

export const ACTUALS_HEADER = '指标,指标名称,行政区域,类型区,年份,实际值,单位,备注';

const YEARS = 101; // 2000–2100, the period type's range

export function actualsCsv(rows: number): string {
  const lines = [ACTUALS_HEADER];
  const regions = ALL_REGIONS.length;
  for (let i = 0; i < rows; i += 1) {
    const region = ALL_REGIONS[i % regions]?.name ?? '合计';
    const year = 2000 + (Math.floor(i / regions) % YEARS);
    const indicator = Math.floor(i / (regions * YEARS));
    lines.push(`bench.m${indicator},示范区面积,${region},,${year},${((i * 37) % 10000) / 10},万亩,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
