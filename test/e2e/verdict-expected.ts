/**
 * What the verdict e2e expects, derived in Node from data/ and the imported file — never copied
 * from the screen: the assessment of the embedded targets against the file's actual values, and,
 * as a check on that, the grain plan's verdicts worked out by hand from its CSV (≥ targets, exact
 * unit factors) and the county completion from the allocation table.
 */
import Papa from 'papaparse';
import { assessTargets } from '../../src/data/assess/assess';
import {
  countVerdicts,
  summarizePlans,
  type PlanSummary,
  type VerdictCounts,
} from '../../src/data/assess/summary';
import { assessInputsOf, targetRefsOf } from '../../src/data/assess/tables';
import type { Assessment } from '../../src/data/assess/types';
import { loadCsvBytes } from '../../src/data/pipeline';
import { DATASETS } from '../../src/data/registry';
import { countyRows } from '../support/statistics-actuals';
import { dataFileText, readCsv } from './support';

export interface ExpectedVerdicts {
  readonly plans: readonly PlanSummary[];
  /** Over every plan's indicator targets (county tasks apart), as the wall counts them. */
  readonly totals: VerdictCounts;
  readonly headline: readonly Assessment[];
  readonly bindingMissed: number;
}

export function expectedVerdicts(
  fileBytes: Uint8Array,
  currentYear = new Date().getFullYear(),
): ExpectedVerdicts {
  const loaded = DATASETS.map((spec) => ({
    spec,
    records: loadCsvBytes(new TextEncoder().encode(dataFileText(spec.file)), { datasetId: spec.id }).records,
  }));
  const inputs = assessInputsOf(loaded);
  const file = loadCsvBytes(fileBytes, { targets: targetRefsOf(inputs.tables) });
  if (file.dataset?.id !== 'progress-actuals' || file.issues.some((i) => i.severity === 'error'))
    throw new Error('the actuals file does not load');
  const report = assessTargets(inputs.tables, [...inputs.actuals, ...file.records], { currentYear });
  const headline = report.assessments.filter((a) => !a.regionKeyed);
  return {
    plans: summarizePlans(report.assessments),
    totals: countVerdicts(headline),
    headline,
    bindingMissed: headline.filter((a) => a.bindingMissed).length,
  };
}

/** Exact factors from the wide file's units to the targets' (1 亿斤 = 5 万吨, 1 亿亩 = 10,000 万亩). */
const FACTORS: Readonly<Record<string, number>> = {
  '万吨→亿斤': 1 / 5,
  '万亩→亿亩': 1 / 10_000,
  '万头→万头': 1,
  '万亩→万亩': 1,
};

/** The grain plan (all ≥ targets for 2022) against the file's 2022 column, by hand. */
export function grainByHand(wideCsv: string): { met: number; notMet: number; noData: number } {
  const rows = Papa.parse<Record<string, string>>(wideCsv.split('\r\n').slice(1).join('\n'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const result = { met: 0, notMet: 0, noData: 0 };
  for (const target of readCsv('grain-livestock-2022.csv')) {
    const row = rows.find((r) => r['指标名称'] === target['指标名称'] && (r['行政区域'] ?? '') === '');
    const cell = row?.['2022年'] ?? '';
    if (!row || cell === '') {
      result.noData += 1;
      continue;
    }
    const factor = FACTORS[`${row['单位'] ?? ''}→${target['单位'] ?? ''}`];
    if (factor === undefined) throw new Error(`no factor for ${target['指标名称'] ?? ''}`);
    if (Number(cell) * factor >= Number(target['目标值'])) result.met += 1;
    else result.notMet += 1;
  }
  return result;
}

/** Each county's completion (% of its allocation, to one decimal as the map shows it) and verdict. */
export function countyCompletion(
  allocation: ReadonlyMap<string, number>,
): { region: string; completion: number; met: boolean }[] {
  return countyRows(allocation).map((row) => {
    const region = row[1] ?? '';
    const value = Number(row[8]);
    const target = allocation.get(region) ?? NaN;
    return { region, completion: Number(((value / target) * 100).toFixed(1)), met: value >= target };
  });
}
