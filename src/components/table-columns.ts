/**
 * Table columns that mean the same in every view's table: an indicator's name, its comparator,
 * unit and 约束性/预期性 attribute, a region's name, and a rate as a percentage. The header stays the view's own
 * (each catalogue words it for its table); what the cells hold and show is decided here once.
 */
import { formatPercent } from '../charts/format';
import { attributeLabel, comparatorLabel, indicatorLabel, regionLabel, unitLabel } from '../data/glossary';
import type { Lang } from '../data/lang';
import type { TableColumn } from './data-table';

/** The row header: the indicator's Chinese name, shown in English where the glossary has it. */
export function indicatorColumn<Row>(
  lang: Lang,
  header: string,
  indicator: (row: Row) => string,
  name: (row: Row) => string,
): TableColumn<Row> {
  return {
    rowHeader: true,
    id: 'name',
    header,
    data: true,
    value: name,
    display: (row) => indicatorLabel(lang, indicator(row), name(row)),
  };
}

/** 超过 / 低于 / 不少于 …, kept in Chinese in the CSV, translated on screen. */
export function comparatorColumn<Row>(
  lang: Lang,
  header: string,
  comparator: (row: Row) => string | undefined,
): TableColumn<Row> {
  return {
    id: 'comparator',
    header,
    value: (row) => comparator(row) ?? '',
    display: (row) => comparatorLabel(lang, comparator(row) ?? ''),
  };
}

/** The unit as the data gives it; a unit with no English stays Chinese and is marked as such. */
export function unitColumn<Row>(lang: Lang, header: string, unit: (row: Row) => string): TableColumn<Row> {
  return { id: 'unit', header, data: true, value: unit, display: (row) => unitLabel(lang, unit(row)) };
}

/** A county, city or the farm group by its canonical Chinese name, shown in English where known. */
export function regionColumn<Row>(
  lang: Lang,
  id: string,
  header: string,
  region: (row: Row) => string,
): TableColumn<Row> {
  return { id, header, value: region, display: (row) => regionLabel(lang, region(row)) };
}

/** 约束性 / 预期性 (binding / indicative). */
export function attributeColumn<Row>(
  lang: Lang,
  header: string,
  attribute: (row: Row) => string | undefined,
): TableColumn<Row> {
  return {
    id: 'attribute',
    header,
    value: (row) => attribute(row) ?? '',
    display: (row) => attributeLabel(lang, attribute(row)),
  };
}

/**
 * A ratio (0.125) as a percentage: the CSV holds the percent rounded to one decimal (12.5), so a
 * spreadsheet sorts and sums it as shown; the cell shows "+12.5%". No ratio: empty, shown as —.
 */
export function percentColumn<Row>(
  id: string,
  header: string,
  ratio: (row: Row) => number | null | undefined,
): TableColumn<Row> {
  const of = (row: Row): number | null => ratio(row) ?? null;
  return {
    id,
    header,
    numeric: true,
    value: (row) => {
      const r = of(row);
      return r === null ? null : Math.round(r * 1000) / 10;
    },
    display: (row) => {
      const r = of(row);
      return r === null ? '—' : formatPercent(r);
    },
  };
}
