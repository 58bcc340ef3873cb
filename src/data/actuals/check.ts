/**
 * Actual values checked against the targets they report on, before anything is stored: each row's
 * indicator found by id or by NAME (the catalog's identity), its unit equal to the target's or
 * convertible by an exact stated factor. An unmatched name or a unit with no exact factor is an
 * error naming the line and cell ("是否为 …？" for names); a blank unit is a warning. Matched rows
 * are written with the target's id and canonical name, so the stored table joins by id.
 */
import { buildNameIndex, matchIndicatorName, suggestionText, type IndicatorRef, type NameIndex } from '../indicator-names';
import { issue, type ValidationIssue } from '../issues';
import type { CellValue, TypedRow } from '../schema';
import { excerpt } from '../text';
import { cumulativeUnit, unitFactor } from '../units';
import type { RowOrigin } from './layout-read';

export interface CheckedActuals {
  readonly rows: readonly TypedRow[];
  readonly issues: readonly ValidationIssue[];
}

const INDICATOR_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/;
/** A file of 100,000 rows with one wrong unit column must not produce 100,000 messages. */
const MAX_ISSUES = 500;

function text(value: CellValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function convertible(unit: string, ref: IndicatorRef, period: string): boolean {
  const to = ref.unit ?? '';
  if (unitFactor(unit, to)) return true;
  return period.includes('-') && unitFactor(cumulativeUnit(unit), to) !== null;
}

function unitIssue(row: TypedRow, origin: RowOrigin, unit: string, ref: IndicatorRef): ValidationIssue {
  const column = origin.unit || origin.value;
  return issue('constraint-error', 'error', { line: row.line, column, cell: unit },
    `第 ${row.line} 行“${ref.name}”的单位是“${excerpt(unit)}”，目标的单位是“${ref.unit ?? ''}”，两者之间没有确切的换算关系，不能比较。请换算为“${ref.unit ?? ''}”后再导入。`,
    `Line ${row.line}: "${ref.name}" is in ${excerpt(unit)} but its target is in ${ref.unit ?? ''}, with no exact conversion; convert it to ${ref.unit ?? ''} before importing.`);
}

function blankUnit(row: TypedRow, origin: RowOrigin, ref: IndicatorRef): ValidationIssue {
  return issue('missing-cell', 'warning', { line: row.line, column: origin.unit || origin.value, cell: '' },
    `第 ${row.line} 行“${ref.name}”没有填写单位，按目标单位“${ref.unit ?? ''}”理解。`,
    `Line ${row.line}: "${ref.name}" has no unit; read as the target's (${ref.unit ?? ''}).`);
}

function unmatched(row: TypedRow, origin: RowOrigin, name: string, hint: { zh: string; en: string }): ValidationIssue {
  return issue('constraint-error', 'error', { line: row.line, column: origin.name, cell: name },
    `第 ${row.line} 行的指标“${excerpt(name)}”在各规划中找不到。${hint.zh}`,
    `Line ${row.line}: no plan has an indicator named "${excerpt(name)}". ${hint.en}`.trimEnd());
}

function unknownId(row: TypedRow, origin: RowOrigin, id: string): ValidationIssue {
  return issue('constraint-error', 'warning', { line: row.line, column: origin.name, cell: id },
    `指标“${id}”没有对应的目标，导入后不会显示在进展中。请对照填报模板检查指标编号。`,
    `No target has the id "${id}"; it will not show in progress. Check the id against the fill-in template.`);
}

type Resolved = { readonly refs: readonly IndicatorRef[] } | { readonly hint: { zh: string; en: string } };

function resolve(index: NameIndex, name: string): Resolved {
  const match = matchIndicatorName(index, name);
  if (match.kind === 'exact') return { refs: [match.ref] };
  return match.kind === 'ambiguous' ? { refs: match.refs } : { hint: suggestionText(match) };
}

export function checkActuals(rows: readonly TypedRow[], origins: (row: TypedRow) => RowOrigin, targets: readonly IndicatorRef[]): CheckedActuals {
  const index = buildNameIndex(targets);
  const byId = new Map(targets.map((t) => [t.id, t]));
  const matches = new Map<string, Resolved>();
  const issues: ValidationIssue[] = [];
  // One message per cell: a wide row's unit cell serves every year of the row.
  const reported = new Set<string>();
  const report = (found: ValidationIssue): void => {
    const key = `${found.line}:${found.column}:${found.code}`;
    if (issues.length >= MAX_ISSUES || reported.has(key)) return;
    reported.add(key);
    issues.push(found);
  };
  const out: TypedRow[] = [];
  let unknown = 0;
  let firstUnknown: ValidationIssue | null = null;
  for (const row of rows) {
    const origin = origins(row);
    const written = text(row.values.indicator);
    const name = text(row.values.name) || written;
    if (INDICATOR_ID.test(written) && !byId.has(written)) {
      const found = unknownId(row, origin, written);
      unknown += 1;
      firstUnknown ??= found;
      report(found);
      out.push(row);
      continue;
    }
    const byIdRef = byId.get(written);
    let resolved: Resolved | undefined = byIdRef ? { refs: [byIdRef] } : matches.get(name);
    if (resolved === undefined) {
      resolved = resolve(index, name);
      matches.set(name, resolved);
    }
    if ('hint' in resolved) { report(unmatched(row, origin, name, resolved.hint)); continue; }
    const refs = resolved.refs;
    const first = refs[0];
    if (!first) continue;
    const unit = text(row.values.unit);
    const period = text(row.values.period);
    const wrong = unit === '' ? undefined : refs.find((ref) => !convertible(unit, ref, period));
    if (wrong) { report(unitIssue(row, origin, unit, wrong)); continue; }
    if (unit === '') report(blankUnit(row, origin, first));
    out.push({ ...row, values: { ...row.values, indicator: refs.length === 1 ? first.id : null, name: first.name } });
  }
  // Most rows for no target: the wrong file or an old template, not a few new indicators. Refused
  // whole (nothing would show, and the progress view would carry every row for nothing).
  if (firstUnknown && unknown * 2 > rows.length) issues.unshift(mostlyUnknown(firstUnknown, unknown, rows.length));
  return { rows: out, issues };
}

function mostlyUnknown(first: ValidationIssue, unknown: number, total: number): ValidationIssue {
  return issue('constraint-error', 'error', { line: first.line, column: first.column, cell: first.cell },
    `文件 ${total} 行中有 ${unknown} 行的指标编号没有对应的目标（第一处：第 ${first.line} 行“${first.cell}”）。多数行对不上目标，多半是选错了文件或用了旧模板；未导入。请用“下载填报模板”重新填写。`,
    `${unknown} of the file's ${total} rows name an indicator id no target has (first: line ${first.line}, "${first.cell}"). Most rows match no target — probably the wrong file or an old template; nothing was imported. Fill in the current template instead.`);
}
