/**
 * The validation report and the change preview of one import, before anything is applied.
 * Every cell from the file is rendered as React text (never HTML), so a hostile cell shows as
 * the characters it is.
 */
import type { ReactElement } from 'react';
import type { TextEncodingName } from '../../data/decode';
import type { ImportPreview } from '../../data/import/import-plan';
import type { CellChange } from '../../data/import/table-diff';
import type { ValidationIssue } from '../../data/issues';
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { shortCell } from '../../data/parse';
import { rowLabel } from '../../data/row-key';
import type { CellValue, DatasetSpec, TypedRow } from '../../data/schema';
import { ColumnHeads } from './column-heads';
import { importText } from './import-text';

export function encodingLabel(encoding: TextEncodingName | null, lang: Lang): string {
  const text = importText(lang);
  return encoding === null ? text.notDetected : text.encodings[encoding];
}

/** A changed cell as shown: long cells (a note pasted whole, a swallowed file) are shortened. */
function cellText(value: CellValue, lang: Lang): string {
  return value === null ? importText(lang).empty : shortCell(String(value), SHOWN_CHARS);
}

const SHOWN_CHARS = 80;

/** A row as people name it: its indicator name where it has one (a plan table's key is a derived code). */
function rowName(keys: readonly string[], row: TypedRow): string {
  const name = row.values.name;
  // A code key (a plan table's derived code) reads as the indicator's name; other keys stay.
  const named = typeof name === 'string' && name !== '' ? keys.map((k) => (k === 'code' ? 'name' : k)) : keys;
  return shortCell(rowLabel([...new Set(named)], row), 60);
}

function columnHeader(spec: DatasetSpec, key: string, lang: Lang): string {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) return key;
  const unit = column.unit ? `（${unitLabel(lang, column.unit)}）` : '';
  return `${pick(lang, column.header, column.header_en)}${unit}`;
}

function moreNote(shown: number, total: number, lang: Lang): ReactElement | null {
  if (total <= shown) return null;
  return <p className="muted">{importText(lang).more(total, shown)}</p>;
}

export function IssueTable({
  issues,
  total,
  lang,
  kind,
}: {
  readonly issues: readonly ValidationIssue[];
  readonly total: number;
  readonly lang: Lang;
  readonly kind: 'error' | 'warning';
}): ReactElement | null {
  if (issues.length === 0) return null;
  const title = kind === 'error' ? importText(lang).errors(total) : importText(lang).warnings(total);
  return (
    <section className={`import-issues import-issues--${kind}`} aria-label={title}>
      <h4>{title}</h4>
      <div className="table-scroll">
        <table className="data-table" data-testid={`import-${kind}s`}>
          <ColumnHeads
            names={[
              importText(lang).line,
              importText(lang).column,
              importText(lang).message,
              importText(lang).cell,
            ]}
          />
          <tbody>
            {issues.map((i, index) => (
              <tr key={`${String(i.line)}-${String(i.column)}-${String(index)}`}>
                <td className="num">
                  {i.line > 0 ? i.line : '—'}
                  {i.sheetCell === undefined ? null : <div className="import-sheet-cell">{i.sheetCell}</div>}
                </td>
                <td className="num">
                  {i.column > 0 ? String(i.column) : '—'}
                  {/* The file's own header: data, shown as written. */}
                  {i.column > 0 && i.field ? <span lang="zh">{` ${i.field.slice(0, 24)}`}</span> : null}
                </td>
                <td>
                  {pick(lang, i.message_zh, i.message_en)}
                  {/* The Frictionless code is for whoever fixes the app, not the office worker: a details line. */}
                  <details className="issue-details">
                    <summary>{importText(lang).details}</summary>
                    <code>{i.code}</code>
                  </details>
                </td>
                <td className="import-cell" lang="zh">
                  {i.cell === undefined ? '' : shortCell(i.cell, 120)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {moreNote(issues.length, total, lang)}
    </section>
  );
}

/** How many changes are listed open; the rest fold under one line (the real changes come first). */
const OPEN_CHANGES = 12;

function ChangeTable({
  changes,
  spec,
  lang,
  testId,
}: {
  readonly changes: readonly CellChange[];
  readonly spec: DatasetSpec;
  readonly lang: Lang;
  readonly testId?: string;
}): ReactElement {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <ColumnHeads
          names={[
            importText(lang).item,
            importText(lang).column,
            importText(lang).beforeAfter,
            importText(lang).fileLine,
          ]}
        />
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.row}-${c.column}`}>
              <th scope="row" lang="zh">
                {shortCell(c.row, 40)}
              </th>
              <td>{columnHeader(spec, c.column, lang)}</td>
              <td className="num">
                <span className="import-before">{cellText(c.before, lang)}</span> →{' '}
                <span className="import-after">{cellText(c.after, lang)}</span>
              </td>
              <td className="num">{c.line}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeRows({
  changes,
  spec,
  lang,
}: {
  readonly changes: readonly CellChange[];
  readonly spec: DatasetSpec;
  readonly lang: Lang;
}): ReactElement {
  const rest = changes.slice(OPEN_CHANGES);
  return (
    <>
      <ChangeTable changes={changes.slice(0, OPEN_CHANGES)} spec={spec} lang={lang} testId="import-changes" />
      {rest.length > 0 && (
        <details className="import-more" data-testid="import-more-changes">
          <summary>{importText(lang).moreChanges(rest.length)}</summary>
          <ChangeTable changes={rest} spec={spec} lang={lang} />
        </details>
      )}
    </>
  );
}

export function ChangePreview({
  preview,
  lang,
}: {
  readonly preview: ImportPreview;
  readonly lang: Lang;
}): ReactElement | null {
  const { diff, dataset, counts } = preview;
  if (!diff || !dataset) return null;
  const summary = importText(lang).summary(counts.changed, counts.added, counts.removed, counts.unchanged);
  const names = (rows: typeof diff.added): string => rows.map((r) => rowName(dataset.keys, r)).join('、');
  return (
    <section className="import-preview" aria-label={importText(lang).previewLabel}>
      <h4 data-testid="import-summary">{summary}</h4>
      {counts.changed === 0 && counts.added === 0 && counts.removed === 0 && (
        <p>{importText(lang).identical}</p>
      )}
      {diff.changed.length > 0 && <ChangeRows changes={diff.changed} spec={dataset} lang={lang} />}
      {moreNote(diff.changed.length, counts.changed, lang)}
      {diff.added.length > 0 && (
        <p data-testid="import-added">
          <strong>{importText(lang).added}</strong>
          {names(diff.added)}
          {counts.added > diff.added.length ? ' …' : ''}
        </p>
      )}
      {diff.removed.length > 0 && (
        <p data-testid="import-removed" className="import-removed">
          <strong>{importText(lang).removed}</strong>
          {names(diff.removed)}
          {counts.removed > diff.removed.length ? ' …' : ''}
        </p>
      )}
    </section>
  );
}
