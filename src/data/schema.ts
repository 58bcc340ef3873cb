/**
 * Types of the dataset registry: what a dataset file must look like (columns, keys, totals rules)
 * and how its rows become normalised records. Specs are data plus one pure `normalize` function;
 * every stage (validate, totals, normalise, recognise) reads them, nothing else hard-codes a
 * column.
 */
import type { Region, RegionLevel } from './regions';

/**
 * A dataset's id: the eight seed tables' ids (`ip-indicators`, …) and every table the plan
 * catalog (data/catalog.json) adds. No longer a closed union: a new plan needs no code.
 */
export type DatasetId = string;

export interface Provenance {
  readonly title: string;
  readonly docNo: string;
  /** ISO date of issue. */
  readonly date: string;
  readonly issuer: string;
  /** Table or section of the document the dataset reproduces. */
  readonly section: string;
  /** Seed file (in shared/seeds) the numbers were extracted from. */
  readonly seedFile: string;
}

/** `indicator` is a target's stable id, `<dataset>.<code>` (actuals refer to targets by it). */
export type ColumnType = 'number' | 'text' | 'region' | 'city' | 'enum' | 'period' | 'code' | 'indicator';

export interface ColumnSpec {
  readonly key: string;
  /** Header label as the gazette (and so staff) write it, without the unit. */
  readonly header: string;
  readonly header_en: string;
  /** Unit in the header's brackets, e.g. 万亩 for `示范区面积（万亩）`. */
  readonly unit?: string;
  readonly type: ColumnType;
  /** The column must be present in the file. */
  readonly required: boolean;
  /** Cells may be empty (blank means "not given", never zero). */
  readonly optionalCells?: boolean;
  /**
   * A region column where blank means the whole province: 全省 / 黑龙江省 / 合计 type as blank too,
   * so one fact has one key (a file writing 黑龙江省 merges onto the stored blank row).
   */
  readonly provinceIsBlank?: boolean;
  /** Other labels staff or older files use for the same column. */
  readonly aliases?: readonly string[];
  /** Allowed values of an enum column. */
  readonly values?: readonly string[];
  readonly min?: number;
}

export type CellValue = number | string | null;

export interface TypedRow {
  /** 1-based physical line of the row in its file. */
  readonly line: number;
  readonly values: Readonly<Record<string, CellValue>>;
  /** Resolved region for region-keyed datasets. */
  readonly region?: Region;
}

export type TotalsRule =
  /** Each city row equals the sum of its county rows. */
  | { readonly kind: 'counties-sum-to-city'; readonly columns: readonly string[] }
  /** The 合计 row equals the sum of the rows of the given levels. */
  | {
      readonly kind: 'parts-sum-to-total';
      readonly parts: readonly RegionLevel[];
      readonly columns: readonly string[];
    }
  /** Within every row: an "of which" column (其中…) does not exceed its total column. */
  | {
      readonly kind: 'part-within-total';
      readonly part: string;
      readonly total: string;
    }
  /**
   * A long region task table (`region-tasks@1`): per column code, 合计 vs its parts, each city vs
   * its counties, a 其中 figure vs the figure it is part of (region-tasks/stored-totals.ts).
   */
  | {
      readonly kind: 'region-task-totals';
      readonly code: string;
      readonly name: string;
      readonly value: string;
      readonly partOf: string;
    }
  /** Within every row: result = Σ factor × column (5-year = 5 × annual, …). */
  | {
      readonly kind: 'row-identity';
      readonly result: string;
      readonly terms: ReadonlyArray<{ readonly column: string; readonly factor: number }>;
      readonly label_zh: string;
      readonly label_en: string;
    };

export type RecordKind = 'baseline' | 'target' | 'actual';

/** The interchange shape printed by `npm run validate -- --json` and fed to the views. */
export interface NormalizedRecord {
  /** Canonical region name, or null for province-wide indicators. */
  readonly region: string | null;
  readonly regionLevel: RegionLevel | 'province';
  /** Stable indicator id, `<dataset>.<code>`. */
  readonly indicator: string;
  readonly indicatorName: string;
  /** `2021`, or a range `2021-2025`. */
  readonly period: string;
  readonly kind: RecordKind;
  readonly value: number | null;
  readonly unit: string;
  /** Original wording of the target; always set for qualitative ones. */
  readonly text?: string;
  /** Comparator as printed: 超过, 低于, 不少于, 达到, 以上, … */
  readonly comparator?: string;
  /** Upper end of a range target (水田 20—25 厘米). */
  readonly upper?: number;
  /** Stretch value (力争). */
  readonly stretch?: number;
  /** 预期性 or 约束性. */
  readonly attribute?: string;
  /**
   * 年均: the figure is the yearly average over the period (年均增长 5左右), judged on the mean of
   * the period's years, not their sum. Absent for levels and five-year totals.
   */
  readonly yearlyAverage?: boolean;
  /** Breakdown such as the protection zone type; absent means the whole. */
  readonly zone?: string;
  readonly line: number;
  /** 1-based column of the printed cell, when a record was read from a printed region table. */
  readonly column?: number;
}

export interface DatasetSpec {
  readonly id: DatasetId;
  /** File name under data/. */
  readonly file: string;
  readonly title_zh: string;
  readonly title_en: string;
  readonly source: Provenance;
  readonly columns: readonly ColumnSpec[];
  /** Columns whose values together identify a row; a repeat is a duplicate-row error. */
  readonly keys: readonly string[];
  /** Region levels allowed in the region column (region-keyed datasets only). */
  readonly regionLevels?: readonly RegionLevel[];
  readonly totals: readonly TotalsRule[];
  /** A header with no rows is a valid (empty) table: actuals before anything was reported. */
  readonly allowEmpty?: boolean;
  readonly normalize: (row: TypedRow) => NormalizedRecord[];
  /**
   * For indicator lists: which columns hold an indicator's name, values and wording, so a table
   * printed in the gazette's layout can update this one by indicator NAME (plan-resolve.ts).
   */
  readonly indicatorColumns?: IndicatorColumns;
  /** false: not recognised by headers (generic layouts shared by many plans; chosen by id). */
  readonly recognizable?: boolean;
  /**
   * The generic layout a catalog table is stored in (`region-tasks@1`): a file in another layout
   * chosen for it is read as that table printed. Absent for the seed tables' bespoke specs.
   */
  readonly layout?: 'plan-indicators@1' | 'region-tasks@1';
}

/** Column keys of an indicator list's parts; absent = the table has no such column. */
export interface IndicatorColumns {
  readonly code: string;
  readonly name: string;
  /** Sub-indicator (credit's 子项): several rows share a name and differ by it. */
  readonly sub?: string;
  readonly unit?: string;
  readonly baseline?: string;
  readonly target?: string;
  readonly targetText?: string;
  readonly comparator?: string;
  readonly attribute?: string;
  readonly upper?: string;
  readonly cumulative?: string;
}
