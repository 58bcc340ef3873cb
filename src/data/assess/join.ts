/**
 * Which target does an actual belong to? By the target's id when the row carries one (the
 * fill-in template's 指标 column), otherwise by the indicator's NAME as the statistics office
 * writes it, through the catalog's name identity (normalisation and aliases). A name that fits no
 * target, or several, is an issue naming the line, with "是否为 …？" suggestions.
 */
import type { NormalizedRecord } from '../schema';
import { nameMatcher, type NameCandidate } from './names';
import type { AssessIssue, TargetTable } from './types';

export interface JoinedActuals {
  /** Target id → its actual records (every region and zone; the assessment picks its own). */
  readonly byIndicator: ReadonlyMap<string, readonly NormalizedRecord[]>;
  readonly issues: readonly AssessIssue[];
}

interface Candidate extends NameCandidate {
  readonly regionKeyed: boolean;
  readonly regions: ReadonlySet<string | null>;
}

function candidatesOf(tables: readonly TargetTable[]): Candidate[] {
  const byId = new Map<string, { name: string; regionKeyed: boolean; regions: Set<string | null> }>();
  for (const table of tables) {
    for (const record of table.records) {
      if (record.kind !== 'target') continue;
      const entry = byId.get(record.indicator) ?? { name: record.indicatorName, regionKeyed: table.regionKeyed, regions: new Set() };
      entry.regions.add(record.region);
      byId.set(record.indicator, entry);
    }
  }
  return [...byId].map(([id, e]) => ({ id, name: e.name, regionKeyed: e.regionKeyed, regions: e.regions }));
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

function ambiguous(actual: NormalizedRecord, names: readonly string[]): AssessIssue {
  return {
    kind: 'ambiguous-name', line: actual.line, indicator: '', cell: actual.indicatorName,
    message_zh: `第 ${actual.line} 行的指标“${actual.indicatorName}”对应多个目标（${names.join('；')}），请在“指标”列填写指标编号（见填报模板）。`,
    message_en: `Line ${actual.line}: "${actual.indicatorName}" fits several targets (${names.join('; ')}); give the indicator id in the 指标 column (see the fill-in template).`,
  };
}

/** Of several targets with the name, those that have a target for this actual's region. */
function narrowed(actual: NormalizedRecord, found: readonly Candidate[]): readonly Candidate[] {
  if (found.length <= 1) return found;
  const here = found.filter((c) => c.regions.has(actual.region));
  return here.length > 0 ? here : found;
}

export function joinActuals(tables: readonly TargetTable[], actuals: readonly NormalizedRecord[]): JoinedActuals {
  const candidates = candidatesOf(tables);
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
    const found = narrowed(actual, candidates.filter((c) => match.ids.includes(c.id)));
    const only = found[0];
    if (found.length === 1 && only) add(only.id, actual);
    else if (found.length > 1) issues.push(ambiguous(actual, found.map((c) => `${c.name}（${c.id}）`)));
    else issues.push(unmatched(actual, match.suggestions));
  }
  return { byIndicator, issues };
}
