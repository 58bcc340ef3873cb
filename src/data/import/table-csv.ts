/**
 * A table back to CSV text in the layout the app reads: one header row (the dataset's headers
 * with units, or the labels the imported file used), then the typed rows. This is what a version
 * stores and what "export" gives staff to edit in Excel, so parse(serialise(rows)) must give the
 * same rows back (tested). No formula escaping here — the stored text is the data; escaping
 * belongs to the export that leaves the app (`csv-export.ts`).
 */
import Papa from 'papaparse';
import { formatPlainDecimal } from '../decimal';
import type { ColumnSpec, DatasetSpec, TypedRow } from '../schema';

/** Column key → header label as the imported file wrote it. */
export type HeaderLabels = Readonly<Record<string, string>>;

export function canonicalHeader(column: ColumnSpec): string {
  return column.unit ? `${column.header}（${column.unit}）` : column.header;
}

export function headerRow(spec: DatasetSpec, labels: HeaderLabels = {}): string[] {
  return spec.columns.map((c) => (Object.hasOwn(labels, c.key) ? labels[c.key] : undefined) ?? canonicalHeader(c));
}

export function tableCells(spec: DatasetSpec, rows: readonly TypedRow[]): (string | number)[][] {
  // Plain digits (0.0000001, not 1e-7): what the app writes it must read back as the same number.
  return rows.map((row) => spec.columns.map((c) => {
    const value = row.values[c.key] ?? '';
    return typeof value === 'number' ? formatPlainDecimal(value) : value;
  }));
}

export function tableCsvText(spec: DatasetSpec, rows: readonly TypedRow[], labels: HeaderLabels = {}): string {
  const body = Papa.unparse({ fields: headerRow(spec, labels), data: tableCells(spec, rows) }, { newline: '\r\n', quotes: false });
  // papaparse ends an empty table's header with a newline of its own, a full one without.
  return `${body.replace(/\r\n$/, '')}\r\n`;
}
