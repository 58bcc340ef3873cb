/**
 * The table alternative every chart has: same rows, sortable by any column with the keyboard
 * (header buttons, aria-sort), numbers right-aligned in tabular figures. The column spec also
 * drives CSV export, so the file holds exactly what the table shows.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { CsvCell } from '../data/csv-export';
import { dataLang } from '../data/lang';

export interface TableColumn<Row> {
  readonly id: string;
  /** Header with its unit, as it should appear in the table and the exported CSV. */
  readonly header: string;
  /** Raw value: sorted on and exported. */
  readonly value: (row: Row) => CsvCell;
  /** Text shown in the cell; defaults to the raw value. */
  readonly display?: (row: Row) => string;
  readonly numeric?: boolean;
  /** The column that names the row (county, indicator): a row header for screen readers. */
  readonly rowHeader?: boolean;
  /**
   * Cells show data as given — a name with no English, a plan's own wording — so a Chinese cell
   * is marked lang="zh" whatever the interface language (see original-text.tsx).
   */
  readonly data?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}

type Sort = { readonly column: string; readonly descending: boolean } | null;

function compareCells(a: CsvCell, b: CsvCell): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

function sortRows<Row>(spec: TableSpec<Row>, sort: Sort): readonly Row[] {
  const column = sort ? spec.columns.find((c) => c.id === sort.column) : undefined;
  if (!sort || !column) return spec.rows;
  const sign = sort.descending ? -1 : 1;
  // Empty cells stay last in both directions: "no value" is not the smallest value.
  return [...spec.rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    if (va === null || va === '' || vb === null || vb === '') return compareCells(va, vb);
    return sign * compareCells(va, vb);
  });
}

function ariaSort(sort: Sort, id: string): 'ascending' | 'descending' | 'none' {
  if (sort?.column !== id) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

export function DataTable<Row>({
  spec,
  sortLabel,
}: {
  readonly spec: TableSpec<Row>;
  readonly sortLabel: string;
}): ReactElement {
  const [sort, setSort] = useState<Sort>(null);
  const rows = useMemo(() => sortRows(spec, sort), [spec, sort]);
  const toggle = (id: string, numeric: boolean): void => {
    // Numbers sort largest first on the first click: planners look for the top counties.
    setSort((s) =>
      s?.column === id ? { column: id, descending: !s.descending } : { column: id, descending: numeric },
    );
  };
  return (
    <table className="data-table">
      <caption>{spec.caption}</caption>
      <thead>
        <tr>
          {spec.columns.map((c) => (
            <th
              key={c.id}
              scope="col"
              aria-sort={ariaSort(sort, c.id)}
              className={c.numeric === true ? 'num' : undefined}
            >
              <button
                type="button"
                className="sort-button"
                title={sortLabel}
                onClick={() => {
                  toggle(c.id, c.numeric === true);
                }}
              >
                {c.header}
                <span aria-hidden="true">{sortMark(sort, c.id)}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={spec.rowKey(row)}>
            {spec.columns.map((c) =>
              c.rowHeader === true ? (
                <th key={c.id} scope="row" lang={cellLang(c, row)}>
                  {cellText(c, row)}
                </th>
              ) : (
                <td key={c.id} className={c.numeric === true ? 'num' : undefined} lang={cellLang(c, row)}>
                  {cellText(c, row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function sortMark(sort: Sort, id: string): string {
  if (sort?.column !== id) return ' ⇅';
  return sort.descending ? ' ▼' : ' ▲';
}

function cellText<Row>(column: TableColumn<Row>, row: Row): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null ? '—' : String(value);
}

function cellLang<Row>(column: TableColumn<Row>, row: Row): 'zh' | undefined {
  return column.data === true ? dataLang(cellText(column, row)) : undefined;
}

export function tableToCsvRows<Row>(spec: TableSpec<Row>): { header: string[]; rows: CsvCell[][] } {
  return {
    header: spec.columns.map((c) => c.header),
    rows: spec.rows.map((row) => spec.columns.map((c) => c.value(row))),
  };
}
