/**
 * The completion verdict in words and symbols (never colour alone), and what a view's data is:
 * "规划目标（2021—2025）· 实际值截至 2024 年" — the plan period and the latest actual, not the
 * plan's issue date as if it were the date of the data.
 */
import type { Assessment, Verdict } from '../../data/assess/types';
import { pick, type Lang } from '../../data/lang';
import { paletteColor, type ChartTheme } from '../theme';

const VERDICT_TEXT: Readonly<Record<Verdict, readonly [symbol: string, zh: string, en: string]>> = {
  met: ['✔', '已实现', 'Met'],
  'not-met': ['✘', '未实现', 'Not met'],
  'on-track': ['▲', '进度正常', 'On track'],
  moderate: ['△', '需加快', 'Needs acceleration'],
  'off-track': ['▼', '进度滞后', 'Off track'],
  'no-data': ['…', '无数据', 'No data'],
  qualitative: ['◇', '定性目标', 'Qualitative'],
};

export interface VerdictLabel {
  readonly symbol: string;
  readonly text: string;
}

export function verdictLabel(status: Verdict, lang: Lang): VerdictLabel {
  const [symbol, zh, en] = VERDICT_TEXT[status];
  return { symbol, text: pick(lang, zh, en) };
}

/** Okabe–Ito: bluish green met, vermillion not met, orange moderate; a hint beside the words. */
export function verdictColor(status: Verdict, theme: ChartTheme): string {
  const index: Record<Verdict, number> = {
    met: 2,
    'not-met': 5,
    'on-track': 4,
    moderate: 1,
    'off-track': 3,
    'no-data': -1,
    qualitative: -1,
  };
  return index[status] < 0 ? theme.neutral : paletteColor(theme, index[status]);
}

/** 2021—2025 and 2026—2030 as the assessed targets' plan periods (from their target years). */
function periodsOf(assessments: readonly Assessment[]): string[] {
  const ranges = new Set<string>();
  for (const a of assessments) {
    const [from, to] = a.period.split('-');
    const end = Number(to ?? from);
    // A plan's period: the five-year plan its target year falls in (2021—2025 for 2022).
    const start = 2021 + Math.floor((end - 2021) / 5) * 5;
    if (Number.isFinite(start)) ranges.add(`${start}—${start + 4}`);
  }
  return [...ranges].sort();
}

export function dataLabel(assessments: readonly Assessment[], asOf: number | null, lang: Lang): string {
  const periods = periodsOf(assessments).join('、');
  const actual =
    asOf === null
      ? pick(lang, '尚无实际值', 'no actual values yet')
      : pick(lang, `实际值截至 ${asOf} 年`, `actual values to ${asOf}`);
  return pick(lang, `规划目标（${periods}）· ${actual}`, `Plan targets (${periods}) · ${actual}`);
}
