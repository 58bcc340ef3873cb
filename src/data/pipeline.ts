/**
 * decode → parse → recognise → validate → totals → normalise, for one file. The same function
 * serves the browser (embedded data, imports), a Web Worker and the command-line validator.
 */
import { checkActuals } from './actuals/check';
import { actualsSpec, isActualsSpec, longOrigin, readActualsLayout, withoutUnitConflicts, withTableUnit, type IndicatorRef } from './actuals/actuals-table';
import { decodeBytes, type TextEncodingName } from './decode';
import { matchHeader, recognizeDataset, type HeaderMatch } from './headers';
import { errorsOf, issue, sortIssues, type ValidationIssue } from './issues';
import { normalizeRows } from './normalize';
import { parseCsvText, type ParsedText, type RawRow } from './parse';
import { looksLikePlanTable } from './plan/plan-header';
import { loadPlanTable, type PlanLoadOptions, type PlanReading } from './plan/plan-load';
import { loadRegionTaskTable } from './region-tasks/region-load';
import { findRegionHeader, regionTableKind } from './region-tasks/region-header';
import { allDatasets, catalogEntry, datasetSpec } from './registry';
import type { DatasetId, DatasetSpec, NormalizedRecord, TypedRow } from './schema';
import { compactText } from './text';
import { checkTotals } from './totals';
import { isBlankRow, validateRows, type ValidatedTable } from './validate';

export interface LoadResult {
  readonly dataset: DatasetSpec | null;
  readonly encoding: TextEncodingName | null;
  /** Data rows read (blank rows excluded), whatever their validity. */
  readonly rowCount: number;
  /** Rows that passed validation. */
  readonly rows: readonly TypedRow[];
  readonly records: readonly NormalizedRecord[];
  /** Sorted by line; errors and warnings together. */
  readonly issues: readonly ValidationIssue[];
  /** Column key → header as the file wrote it (flattened when two rows), for exports in kind. */
  readonly columnLabels: Readonly<Record<string, string>>;
  /** Set when the file was a plan's indicator table in a printed layout (update or new plan). */
  readonly plan?: PlanReading;
}

export interface LoadOptions {
  /** Skip recognition: the caller knows (or the user chose) the dataset. */
  readonly datasetId?: DatasetId;
  /**
   * The chosen dataset's spec when the caller holds it and the catalog in use may not (a new
   * plan's table before the plan is applied or published). Used only when its id is `datasetId`.
   */
  readonly spec?: DatasetSpec;
  /** The targets now loaded: actual values are then checked against them by name and unit. */
  readonly targets?: readonly IndicatorRef[];
  /** How a printed plan table finds the indicators it names (current rows) or its new entry. */
  readonly plan?: PlanLoadOptions;
}

function failed(issues: readonly ValidationIssue[], encoding: TextEncodingName | null, dataset: DatasetSpec | null = null): LoadResult {
  return { dataset, encoding, rowCount: 0, rows: [], records: [], issues: sortIssues(issues), columnLabels: {} };
}

function unrecognised(closest: HeaderMatch | null): ValidationIssue {
  const hint = closest ? `最接近“${closest.spec.title_zh}”，但${closest.missingRequired.map((c) => `缺少“${c.header}”`).join('、')}。` : '';
  const hintEn = closest ? ` Closest: "${closest.spec.title_en}", missing ${closest.missingRequired.map((c) => c.header_en).join(', ')}.` : '';
  return issue('unknown-dataset', 'error', { line: 1 }, `无法根据表头识别这是哪张表。${hint}`, `Could not tell which table this is from its headers.${hintEn}`);
}

function ambiguous(matches: readonly HeaderMatch[]): ValidationIssue {
  return issue('unknown-dataset', 'error', { line: 1 },
    `表头同时符合：${matches.map((m) => m.spec.title_zh).join('；')}。请选择数据集。`,
    `The headers fit several tables: ${matches.map((m) => m.spec.title_en).join('; ')}. Choose the dataset.`);
}

/** The spec of the dataset the caller chose, if any. */
function chosenSpec(options: LoadOptions): DatasetSpec | undefined {
  if (options.datasetId === undefined) return undefined;
  return options.spec?.id === options.datasetId ? options.spec : datasetSpec(options.datasetId);
}

function findHeader(rows: readonly RawRow[], options: LoadOptions): HeaderMatch | ValidationIssue {
  const chosen = chosenSpec(options);
  if (chosen) return matchHeader(chosen, rows) ?? unrecognised(null);
  const recognition = recognizeDataset(rows);
  if (recognition.kind === 'recognised') return recognition.match;
  return recognition.kind === 'ambiguous' ? ambiguous(recognition.matches) : unrecognised(recognition.closest);
}

/**
 * Actual values in a statistics office's wide or per-county layout, read into the long actuals
 * table. Tried when the caller says the file holds actuals, or when no table's headers fit (the
 * 附件2 layout `2021年建设面积（万亩）` is a target table, recognised first).
 */
function loadActualsLayout(parsed: ParsedText, encoding: TextEncodingName | null, options: LoadOptions): LoadResult | null {
  const spec = actualsSpec();
  if (!spec || (options.datasetId !== undefined && options.datasetId !== spec.id)) return null;
  const layout = readActualsLayout(parsed.rows);
  if (!layout) return null;
  const stated = withoutUnitConflicts(layout.rows, layout.origin);
  const checked = options.targets ? checkActuals(stated.rows, layout.origin, options.targets) : { rows: stated.rows, issues: [] };
  const issues = sortIssues([...parsed.issues, ...layout.issues, ...stated.issues, ...checked.issues]);
  return { dataset: spec, encoding, rowCount: layout.rowCount, rows: checked.rows, records: normalizeRows(spec, checked.rows), issues, columnLabels: {} };
}

/** Stages 3–5 on rows already read from a CSV or a JSON table. */
export function loadRawRows(parsed: ParsedText, encoding: TextEncodingName | null, options: LoadOptions = {}): LoadResult {
  if (parsed.rows.every((r) => isBlankRow(r.cells))) {
    return failed([...parsed.issues, issue('empty-file', 'error', { line: 0 }, '文件中没有内容。', 'The file has no content.')], encoding);
  }
  const first = options.datasetId === undefined ? null : loadActualsLayout(parsed, encoding, options);
  if (first) return first;
  const table = loadTable(parsed, encoding, options);
  if (table.dataset === null && options.datasetId === undefined) {
    // A table that names targets (属性, 目标, 基期值) is a plan's; bare years are actual values first.
    // A region table that says it holds tasks (任务, 分解 …) is read as one before the actuals
    // layouts; one that says neither tasks nor results (完成, 实际 …) after them.
    const plan = looksLikePlanTable(parsed.rows) ? loadPrinted(parsed, encoding, options) : null;
    const kind = plan || seedNearMiss(parsed.rows) ? null : regionTableKind(parsed.rows);
    const tasks = kind === 'tasks' ? loadRegionPrinted(parsed, encoding, options) : null;
    return plan ?? tasks ?? loadActualsLayout(parsed, encoding, options) ?? loadPrinted(parsed, encoding, options)
      ?? (kind === 'maybe' ? loadRegionPrinted(parsed, encoding, options) : null) ?? table;
  }
  if (options.datasetId === undefined || isAccepted(table)) return table;
  // A table in a generic layout chosen by id whose own layout does not fit: that table printed.
  const chosen = chosenSpec(options);
  if (chosen?.layout === 'region-tasks@1') return loadRegionPrinted(parsed, encoding, options, chosen) ?? table;
  return chosen?.recognizable === false ? loadPrinted(parsed, encoding, options) ?? table : table;
}

function loadTable(parsed: ParsedText, encoding: TextEncodingName | null, options: LoadOptions): LoadResult {
  const header = findHeader(parsed.rows, options);
  if (!('spec' in header)) return failed([...parsed.issues, header], encoding);
  if (errorsOf(header.issues).length > 0) return failed([...parsed.issues, ...header.issues], encoding, header.spec);
  const typed = validateRows(header, parsed.rows, parsed.delimiter === undefined ? {} : { delimiter: parsed.delimiter });
  const validated = isActualsSpec(header.spec) ? longActuals(typed, parsed.rows, header) : typed;
  // Long-layout actuals against the targets: names and units of the rows that typed cleanly.
  const checked = options.targets && isActualsSpec(header.spec)
    ? checkActuals(validated.rows, longOrigin(header.columnIndex), options.targets) : null;
  const table = checked ? { ...validated, rows: checked.rows, issues: [...validated.issues, ...checked.issues] } : validated;
  const locate = (key: string): number => (header.columnIndex.get(key) ?? -1) + 1;
  // A rejected row would make every total it belongs to look wrong: check totals on clean tables.
  const totals = errorsOf(table.issues).length === 0 ? checkTotals(header.spec, table.rows, locate) : [];
  // Rows after an unclosed quote are one swallowed cell: the quote is the one error to report.
  const swallowed = parsed.swallowedFrom;
  const rowIssues = swallowed === undefined ? table.issues : table.issues.filter((i) => i.line < swallowed);
  const issues = sortIssues([...parsed.issues, ...header.issues, ...rowIssues, ...totals]);
  const rowCount = parsed.rows.length - header.dataStart - table.blankRows;
  const columnLabels = Object.fromEntries([...header.columnIndex].map(([key, index]) => [key, compactText(header.labels[index] ?? '')]));
  return { dataset: header.spec, encoding, rowCount, rows: table.rows, records: normalizeRows(header.spec, table.rows), issues, columnLabels };
}

/** The long layout's rows: blank units from a 单位 line above the header; conflicting units refused. */
function longActuals(typed: ValidatedTable, raw: readonly RawRow[], header: HeaderMatch): ValidatedTable {
  const withUnit = withTableUnit(typed.rows, raw.filter((r) => r.line < header.headerLine));
  const stated = withoutUnitConflicts(withUnit, longOrigin(header.columnIndex));
  return { ...typed, rows: stated.rows, issues: [...typed.issues, ...stated.issues] };
}

const defaultPlanOptions = (): PlanLoadOptions => ({
  indicatorLists: allDatasets().filter((s) => s.indicatorColumns),
  aliases: (id) => catalogEntry(id)?.table.aliases,
});

/** A plan's table as printed (指标名称 | 2020年 基期值 | 2025年 预期值 …), when it is one. */
function loadPrinted(parsed: ParsedText, encoding: TextEncodingName | null, options: LoadOptions): LoadResult | null {
  const chosen = chosenSpec(options);
  const generic = chosen === undefined || chosen.recognizable === false;
  const plan = generic ? loadPlanTable(parsed.rows, { ...defaultPlanOptions(), ...options.plan }) : null;
  if (!plan) return null;
  const issues = sortIssues([...parsed.issues, ...plan.issues]);
  const accepted = errorsOf(issues).length === 0;
  const named = plan.recordCodes;
  const records = accepted ? normalizeRows(plan.spec, named ? plan.rows.filter((r) => named.codes.has(String(r.values[named.column] ?? ''))) : plan.rows) : [];
  const columnLabels = Object.fromEntries(plan.spec.columns.map((c) => [c.key, c.unit ? `${c.header}（${c.unit}）` : c.header]));
  return { dataset: plan.spec, encoding, rowCount: plan.reading.indicators.length, rows: accepted ? plan.rows : [], records, issues, columnLabels, plan: plan.reading };
}

/**
 * A seed table with a column missing (附件1 without 示范区面积) is that table broken, not a new
 * region table: when the closest seed spec names every figure column of the file, the file is
 * refused with that table named (`unknown-dataset`), as before region tables were read. A column
 * no seed table has (`2026年建设面积` beside 附件2's 其中标准化示范区) makes it a new table.
 */
function seedNearMiss(rows: readonly RawRow[]): boolean {
  const recognition = recognizeDataset(rows);
  const header = findRegionHeader(rows);
  if (recognition.kind !== 'unrecognised' || !recognition.closest || !header) return false;
  const { spec, columnIndex } = recognition.closest;
  const figures = spec.columns.filter((c) => c.type === 'number' && columnIndex.has(c.key)).length;
  return figures >= header.columns.length;
}

/** A region task table as printed (行政区域 | 2026年建设任务（万亩） | 其中：… ), when it is one. */
function loadRegionPrinted(parsed: ParsedText, encoding: TextEncodingName | null, options: LoadOptions, chosen?: DatasetSpec): LoadResult | null {
  const regionTables = allDatasets().filter((s) => s.layout === 'region-tasks@1');
  const tasks = loadRegionTaskTable(parsed.rows, { ...options.plan, regionTables, ...(chosen ? { chosen } : {}) });
  if (!tasks) return null;
  const issues = sortIssues([...parsed.issues, ...tasks.issues]);
  const accepted = errorsOf(issues).length === 0;
  const columnLabels = Object.fromEntries(tasks.spec.columns.map((c) => [c.key, c.header]));
  return {
    dataset: tasks.spec, encoding, rowCount: tasks.rowCount, rows: accepted ? tasks.rows : [], records: accepted ? tasks.records : [],
    issues, columnLabels, plan: tasks.reading,
  };
}

export function loadCsvText(text: string, encoding: TextEncodingName | null, options: LoadOptions = {}): LoadResult {
  return loadRawRows(parseCsvText(text), encoding, options);
}

/** A file that could not be read at all (decode failed): nothing but the one issue. */
export function unreadable(issue: ValidationIssue): LoadResult {
  return failed([issue], null);
}

export function loadCsvBytes(bytes: Uint8Array, options: LoadOptions = {}): LoadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed([decoded.issue], null);
  return loadCsvText(decoded.text, decoded.encoding, options);
}

/** Accepted means: no error. Warnings (a total that does not add up) need a person's eye. */
export function isAccepted(result: LoadResult): boolean {
  return result.dataset !== null && errorsOf(result.issues).length === 0;
}
