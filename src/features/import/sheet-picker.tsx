/**
 * A workbook with several sheets: each sheet with what it was recognised as (table, data rows),
 * and a button to import it. Sheet names are React text, as every cell from a file.
 */
import type { ReactElement } from 'react';
import type { SheetSummary } from '../../data/import/import-plan';
import { pick, type Lang } from '../../data/lang';
import { datasetSpec } from '../../data/registry';
import { workbookText } from './workbook-text';

function recognised(sheet: SheetSummary, lang: Lang): string {
  if (sheet.dataset === null) return workbookText(lang).notRecognised;
  const spec = datasetSpec(sheet.dataset);
  return pick(lang, spec.title_zh, spec.title_en);
}

export function SheetPicker({
  sheets,
  lang,
  onPick,
}: {
  readonly sheets: readonly SheetSummary[];
  readonly lang: Lang;
  readonly onPick: (sheet: string) => void;
}): ReactElement {
  const text = workbookText(lang);
  return (
    <section className="sheet-picker" aria-labelledby="sheet-picker-title" data-testid="sheet-picker">
      <h3 id="sheet-picker-title">{text.pickTitle}</h3>
      <p className="muted">{text.pickHint}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{text.sheet}</th>
            <th scope="col">{text.recognisedAs}</th>
            <th scope="col" className="num">
              {text.dataRows}
            </th>
            <th scope="col">
              <span className="visually-hidden">{text.importSheet}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr key={sheet.name} data-testid="sheet-option">
              <th scope="row">
                {sheet.name}
                {sheet.hidden ? text.hidden : ''}
              </th>
              <td>{recognised(sheet, lang)}</td>
              <td className="num">{sheet.rows}</td>
              <td>
                <button
                  type="button"
                  className={sheet.dataset !== null && !sheet.hidden ? 'primary' : undefined}
                  onClick={() => {
                    onPick(sheet.name);
                  }}
                  aria-label={`${text.importSheet}: ${sheet.name}`}
                >
                  {text.importSheet}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Once a sheet is read, the others stay one choice away. */
export function SheetSwitch({
  sheets,
  current,
  lang,
  onPick,
}: {
  readonly sheets: readonly SheetSummary[];
  readonly current: string;
  readonly lang: Lang;
  readonly onPick: (sheet: string) => void;
}): ReactElement {
  const text = workbookText(lang);
  return (
    <label className="field">
      {text.sheet}
      <select
        value={current}
        data-testid="import-sheet-choice"
        onChange={(e) => {
          onPick(e.target.value);
        }}
      >
        {sheets.map((s) => (
          <option
            key={s.name}
            value={s.name}
          >{`${s.name}${s.hidden ? text.hidden : ''} · ${recognised(s, lang)} · ${s.rows}`}</option>
        ))}
      </select>
    </label>
  );
}
