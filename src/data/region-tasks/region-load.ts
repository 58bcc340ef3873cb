/**
 * A file in a printed region task layout, through the same stages as a printed plan table: read
 * (region-table.ts), totals checked (region-totals.ts), resolved to the catalog's region table it
 * updates (same column names) or to a new plan drafted from its title row, written into the
 * generic `region-tasks@1` layout, then typed and normalised by that table's spec. Every record
 * keeps the printed cell it came from (line and column).
 */
import type { CatalogDocument, CatalogTable } from '../catalog/catalog-schema';
import type { ValidationIssue } from '../issues';
import { normalizeRows } from '../normalize';
import type { RawRow } from '../parse';
import { periodFromTitle } from '../plan/plan-header';
import { typeRows, type PlanLoadOptions, type PlanReading } from '../plan/plan-load';
import { stableHash } from '../plan/plan-spec';
import type { CellValue, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import { compactText } from '../text';
import { findRegionHeader, type RegionHeader } from './region-header';
import { metricCode, REGION_TASKS_LAYOUT, regionTaskSpec } from './region-spec';
import { readRegionTable, taskReads, type RegionTaskRow } from './region-table';
import { checkRegionTotals } from './region-totals';

export interface RegionLoadOptions extends PlanLoadOptions {
  /** The generic region tables of the catalog in use: a file with their column names updates one. */
  readonly regionTables?: readonly DatasetSpec[];
  /** The table the caller chose: the file is read as that table printed. */
  readonly chosen?: DatasetSpec;
}

export interface RegionLoad {
  readonly spec: DatasetSpec;
  readonly rows: readonly TypedRow[];
  readonly issues: readonly ValidationIssue[];
  readonly reading: PlanReading;
  /** Records with the printed cell's column (`column`) beside its line. */
  readonly records: readonly NormalizedRecord[];
  /** Region rows read. */
  readonly rowCount: number;
}

function periodOf(header: RegionHeader): string {
  const title = header.title ?? '';
  const fromTitle = periodFromTitle(title) ?? /(\d{4})\s*年/.exec(title)?.[1];
  if (fromTitle) return fromTitle;
  const years = [...new Set(header.columns.flatMap((c) => c.period ?? []))];
  return years.length === 1 && years[0] ? years[0].replace('-', '—') : '';
}

/** A document drafted from the file: title and period from the title row, the rest for staff. */
export function draftRegionPlan(header: RegionHeader): { document: CatalogDocument; table: CatalogTable } {
  const titleRow = header.title ?? '';
  const id = `plan-${stableHash(titleRow || header.columns.map((c) => c.name).join('|'))}`;
  const title = titleRow || '任务分解表';
  return {
    document: {
      id, title, docNo: '', issuer: '', date: '', level: 'province', region: null, period: periodOf(header),
      domain: id, domain_zh: title, domain_en: title, tables: [],
    },
    table: { dataset: id, file: `${id}.csv`, role: 'region-tasks', section: title, title_zh: title, title_en: title, layout: REGION_TASKS_LAYOUT },
  };
}

/** The catalog's region table whose column names the file repeats (at least half, one best). */
function matchTable(header: RegionHeader, options: RegionLoadOptions): DatasetSpec | null {
  if (options.chosen) return options.chosen;
  if (options.newPlan !== undefined || options.forceNew === true) return null;
  const names = new Set(header.columns.map((c) => compactText(c.name)));
  const scored = (options.regionTables ?? []).map((spec) => {
    const theirs = new Set((options.current?.(spec) ?? []).map((r) => compactText(String(r.values.name ?? ''))));
    return { spec, count: [...names].filter((n) => theirs.has(n)).length };
  }).sort((a, b) => b.count - a.count);
  const [best, next] = scored;
  if (!best || best.count * 2 < names.size || best.count === 0 || next?.count === best.count) return null;
  return best.spec;
}

function storedRows(rows: readonly RegionTaskRow[]): Array<{ line: number; values: Record<string, CellValue> }> {
  return rows.flatMap((row) => row.figures.map((f) => {
    const whole = row.figures.find((g) => g.column.index === f.column.partOf);
    return {
      line: row.line,
      values: {
        region: row.region.name, code: metricCode(f.column.name), name: f.column.name, unit: f.column.unit ?? '',
        period: f.column.period ?? '', value: f.value, part_of: whole ? metricCode(whole.column.name) : '',
        source: `${f.cell.line}:${f.cell.column}`,
      },
    };
  }));
}

/** Each record with the column of the printed cell its figure came from. */
function withColumns(records: readonly NormalizedRecord[], rows: readonly RegionTaskRow[], spec: DatasetSpec): NormalizedRecord[] {
  const columns = new Map<string, number>();
  for (const row of rows) for (const f of row.figures) columns.set(`${row.line}|${spec.id}.${metricCode(f.column.name)}`, f.cell.column);
  return records.map((r) => ({ ...r, column: columns.get(`${r.line}|${r.indicator}`) ?? 0 }));
}

export function loadRegionTaskTable(rows: readonly RawRow[], options: RegionLoadOptions): RegionLoad | null {
  const header = findRegionHeader(rows);
  if (!header) return null;
  const table = readRegionTable(header, rows);
  const totals = checkRegionTotals(header.columns, table.rows);
  const target = matchTable(header, options);
  // An entry staff completed (dialog, --new-plan) counts only when it is a region table's.
  const given = options.newPlan?.table.layout === REGION_TASKS_LAYOUT ? options.newPlan : undefined;
  const drafted = given ?? draftRegionPlan(header);
  const spec = target ?? regionTaskSpec(drafted.document, drafted.table);
  const typed = typeRows(spec, header.headerLine, storedRows(table.rows));
  const reading: PlanReading = {
    kind: target ? 'update' : 'new',
    title: header.title,
    period: periodOf(header) || null,
    document: target ? null : { ...drafted.document, tables: [drafted.table] },
    indicators: [],
    named: [],
    tasks: taskReads(table.rows),
  };
  return {
    spec, rows: typed.rows, issues: [...table.issues, ...totals, ...typed.issues], reading,
    records: withColumns(normalizeRows(spec, typed.rows), table.rows, spec), rowCount: table.rows.length,
  };
}
