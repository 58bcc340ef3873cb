/**
 * A file in a printed plan layout, through the same stages as any table: read (plan-table.ts),
 * resolved by names (plan-resolve.ts) to the indicator list it updates or to a new plan drafted
 * from its title row, written into that table's own layout, then typed and normalised by the
 * table's spec. Every line in an issue is the printed file's line.
 */
import { derivedCode, planIndicatorSpec, stableHash } from './plan-spec';
import { findPlanHeader, periodFromTitle, type PlanHeader } from './plan-header';
import { readPlanTable, type PlanIndicator } from './plan-table';
import { nameRowsOf, resolveByNames, updateByNames, type NameRows } from './plan-resolve';
import type { CatalogDocument, CatalogTable } from '../catalog/catalog-schema';
import { periodYears } from '../catalog/catalog-schema';
import type { HeaderMatch } from '../headers';
import type { ValidationIssue } from '../issues';
import type { RawRow } from '../parse';
import type { CellValue, DatasetSpec, TypedRow } from '../schema';
import { validateRows } from '../validate';
import type { RegionTaskRead } from '../region-tasks/region-table';

export interface PlanReading {
  readonly kind: 'update' | 'new';
  /** The title row above the table, when the file has one. */
  readonly title: string | null;
  readonly period: string | null;
  /** The plan's catalog entry: drafted from the file for a new plan (staff complete it). */
  readonly document: CatalogDocument | null;
  readonly indicators: readonly PlanIndicator[];
  /** Lines of the printed rows that named an indicator of the table. */
  readonly named: readonly number[];
  /** A region task table (region-tasks/): every figure read, with its cell; no indicators then. */
  readonly tasks?: readonly RegionTaskRead[];
}

export interface PlanLoadOptions {
  /** The rows now shown of an indicator list (for name matching and updates). */
  readonly current?: (spec: DatasetSpec) => readonly TypedRow[] | null;
  readonly indicatorLists?: readonly DatasetSpec[];
  /** Aliases from the catalog, by dataset id. */
  readonly aliases?: (id: string) => Readonly<Record<string, readonly string[]>> | undefined;
  /** Read as a new plan even when the names match a table (staff chose "新增规划"). */
  readonly forceNew?: boolean;
  /** For a new plan: the entry staff completed in the dialog (or the catalog's, once applied). */
  readonly newPlan?: { readonly document: CatalogDocument; readonly table: CatalogTable };
}

export interface PlanLoad {
  readonly spec: DatasetSpec;
  readonly rows: readonly TypedRow[];
  readonly issues: readonly ValidationIssue[];
  readonly reading: PlanReading;
  /** For an update, the codes of the rows the file named (its records); null: every row. */
  readonly recordCodes: { readonly column: string; readonly codes: ReadonlySet<string> } | null;
}

function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Rows written in a generic layout, typed and checked by its spec (lines stay the printed file's). */
export function typeRows(spec: DatasetSpec, headerLine: number, rows: ReadonlyArray<{ line: number; values: Readonly<Record<string, CellValue>> }>): { rows: readonly TypedRow[]; issues: readonly ValidationIssue[] } {
  const labels = spec.columns.map((c) => c.header);
  const match: HeaderMatch = {
    spec, columnIndex: new Map(spec.columns.map((c, i) => [c.key, i])), dataStart: 1, headerLine, labels,
    issues: [], missingRequired: [], matchedCount: labels.length,
  };
  const raw: RawRow[] = [{ line: headerLine, cells: labels }, ...rows.map((r) => ({ line: r.line, cells: spec.columns.map((c) => cellText(r.values[c.key])) }))];
  const table = validateRows(match, raw);
  return { rows: table.rows, issues: table.issues };
}

/** A document drafted from the file: title and period from the title row, the rest for staff. */
export function draftPlan(header: PlanHeader, indicators: readonly PlanIndicator[]): { document: CatalogDocument; table: CatalogTable } {
  const titleRow = header.title ?? '';
  const title = titleRow.replace(/(主要)?(指标|目标)(表|体系)?$/, '').trim() || titleRow;
  const id = `plan-${stableHash(titleRow || indicators.map((i) => i.key).join('|'))}`;
  const period = periodFromTitle(titleRow) ?? '';
  return {
    document: { id, title, docNo: '', issuer: '', date: '', level: 'province', region: null, period, domain: id, domain_zh: title, domain_en: title, tables: [] },
    table: { dataset: id, file: `${id}.csv`, role: 'indicators', section: titleRow || '主要指标', title_zh: titleRow || title, title_en: titleRow || title, layout: 'plan-indicators@1' },
  };
}

function where(ind: PlanIndicator): string {
  const parts = [ind.base && `基期值 ${ind.base.cell.line}:${ind.base.cell.column}`, ind.target && `目标 ${ind.target.cell.line}:${ind.target.cell.column}`];
  return parts.filter(Boolean).join('；');
}

function planValues(ind: PlanIndicator, document: CatalogDocument): Record<string, CellValue> {
  const years = periodYears(document.period);
  const t = ind.target?.parsed;
  const figure = t?.kind === 'figure' ? t : null;
  return {
    code: derivedCode(ind.key), category: ind.category, name: ind.name, unit: ind.unit ?? figure?.unit ?? '',
    base_year: ind.baseYear !== null ? String(ind.baseYear) : ind.base && years ? String(years[0] - 1) : '',
    baseline: ind.base?.value ?? null,
    target_year: ind.targetYear !== null ? String(ind.targetYear) : years ? String(years[1]) : '',
    comparator: figure?.comparator ?? '', target: figure?.value ?? null, upper: figure?.upper ?? null,
    cumulative: figure?.cumulative ? '累计' : ind.yearlyAverage && figure ? '年均' : '', target_text: ind.target && (ind.target.parsed.kind === 'words' || figure?.wording) ? ind.target.cell.raw : '',
    growth: ind.growth, attribute: ind.attribute, source: where(ind), note: ind.note,
  };
}

function names(options: PlanLoadOptions): NameRows {
  const lists = (options.indicatorLists ?? []).filter((s) => s.indicatorColumns);
  return nameRowsOf(lists.map((spec) => ({ spec, rows: options.current?.(spec) ?? [], aliases: options.aliases?.(spec.id) })));
}

export function loadPlanTable(rows: readonly RawRow[], given: PlanLoadOptions): PlanLoad | null {
  const header = findPlanHeader(rows);
  if (!header) return null;

  const table = readPlanTable(header, rows);
  // Rows are matched by identity: read each current table once.
  const seen = new Map<DatasetSpec, readonly TypedRow[] | null>();
  const current = (spec: DatasetSpec): readonly TypedRow[] | null => {
    if (!seen.has(spec)) seen.set(spec, given.current?.(spec) ?? null);
    return seen.get(spec) ?? null;
  };
  const options: PlanLoadOptions = { ...given, current };
  const index = names(options);
  const target = options.newPlan || options.forceNew ? null : resolveByNames(table.indicators, index);
  const base = { title: header.title, period: header.title ? periodFromTitle(header.title) : null, indicators: table.indicators };
  if (target) {
    const update = updateByNames(target, options.current?.(target) ?? [], table.indicators, index);
    const typed = typeRows(target, header.headerLine, update.rows);
    return {
      spec: target, rows: typed.rows, issues: [...table.issues, ...update.issues, ...typed.issues], recordCodes: { column: target.indicatorColumns?.code ?? '', codes: update.namedCodes },
      reading: { ...base, kind: 'update', document: null, named: [...update.named] },
    };
  }
  const plan = options.newPlan ?? draftPlan(header, table.indicators);
  const spec = planIndicatorSpec(plan.document, plan.table);
  const typed = typeRows(spec, header.headerLine, table.indicators.map((ind) => ({ line: ind.line, values: planValues(ind, plan.document) })));
  return {
    spec, rows: typed.rows, issues: [...table.issues, ...typed.issues], recordCodes: null,
    reading: { ...base, kind: 'new', document: { ...plan.document, tables: [plan.table] }, named: [] },
  };
}
