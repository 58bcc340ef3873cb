/**
 * Which target does an actual belong to? By the target's id when the row carries one (the
 * fill-in template's 指标 column), otherwise by the indicator's NAME as the statistics office
 * writes it, through the catalog's name identity (normalisation and aliases). A name that fits no
 * target, or several, is an issue naming the line, with "是否为 …？" suggestions.
 */
import type { NormalizedRecord } from '../schema';
import { nameMatcher } from './names';
import { targetRefsOf } from './tables';
import type { AssessIssue, TargetTable } from './types';

export interface JoinedActuals {
  /** Target id → its actual records (every region and zone; the assessment picks its own). */
  readonly byIndicator: ReadonlyMap<string, readonly NormalizedRecord[]>;
  readonly issues: readonly AssessIssue[];
}

function unmatched(actual: NormalizedRecord, suggestions: readonly string[]): AssessIssue {
  const hint = suggestions.length > 0 ? `，是否为${suggestions.map((s) => `“${s}”`).join('或')}？` : '。';
  const hintEn = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '.';
  return {
    kind: 'unmatched-name', line: actual.line, indicator: '', cell: actual.indicatorName,
    message_zh: `第 ${actual.line} 行的指标“${actual.indicatorName}”在各规划中找不到${hint}`,
    message_en: `Line ${actual.line}: no plan has an indicator named "${actual.indicatorName}"${hintEn}`,
  };
}

export function joinActuals(tables: readonly TargetTable[], actuals: readonly NormalizedRecord[]): JoinedActuals {
  const candidates = targetRefsOf(tables);
  const known = new Set(candidates.map((c) => c.id));
  const matcher = nameMatcher(candidates);
  const byIndicator = new Map<string, NormalizedRecord[]>();
  const issues: AssessIssue[] = [];
  const add = (id: string, record: NormalizedRecord): void => {
    const list = byIndicator.get(id);
    if (list) list.push(record); else byIndicator.set(id, [record]);
  };
  for (const actual of actuals) {
    if (actual.kind !== 'actual') continue;
    if (actual.indicator !== '' && known.has(actual.indicator)) { add(actual.indicator, actual); continue; }
    const match = matcher.match(actual.indicatorName);
    for (const id of match.ids) add(id, actual);
    if (match.ids.length === 0) issues.push(unmatched(actual, match.suggestions));
  }
  return { byIndicator, issues };
}
