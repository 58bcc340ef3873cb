/** What the preview says about the file read, and the choices that read it again: sheet, table, mode. */
import type { ReactElement } from 'react';
import type { ImportPreview } from '../../data/import/import-plan';
import type { ImportMode } from '../../data/import/table-diff';
import { pick, type Lang } from '../../data/lang';
import { allDatasets, isDatasetId } from '../../data/registry';
import { encodingLabel } from './import-report';
import { importText } from './import-text';
import { SheetSwitch } from './sheet-picker';
import type { ImportChoice } from './use-import';
import { workbookText } from './workbook-text';

export function FileFacts({
  preview,
  lang,
}: {
  readonly preview: ImportPreview;
  readonly lang: Lang;
}): ReactElement {
  return (
    <dl className="import-facts" data-testid="import-facts">
      <div>
        <dt>{importText(lang).file}</dt>
        <dd>{preview.fileName}</dd>
      </div>
      <div>
        <dt>{importText(lang).format}</dt>
        <dd>{preview.format.toUpperCase()}</dd>
      </div>
      {preview.format === 'xlsx' ? (
        <div>
          <dt>{workbookText(lang).sheet}</dt>
          <dd data-testid="import-sheet">{preview.sheet ?? '—'}</dd>
        </div>
      ) : (
        <div>
          <dt>{importText(lang).encoding}</dt>
          <dd data-testid="import-encoding">{encodingLabel(preview.encoding, lang)}</dd>
        </div>
      )}
      <div>
        <dt>{importText(lang).table}</dt>
        <dd data-testid="import-dataset">
          {preview.dataset
            ? pick(lang, preview.dataset.title_zh, preview.dataset.title_en)
            : importText(lang).notRecognised}
        </dd>
      </div>
      <div>
        <dt>{importText(lang).dataRows}</dt>
        <dd>{preview.rowCount}</dd>
      </div>
    </dl>
  );
}

export function Choices({
  preview,
  lang,
  onChoose,
}: {
  readonly preview: ImportPreview;
  readonly lang: Lang;
  readonly onChoose: (choice: ImportChoice) => void;
}): ReactElement {
  const datasetId = preview.dataset?.id;
  const sheet = preview.sheet ?? undefined;
  return (
    <div className="import-choices">
      {sheet !== undefined && preview.sheets.length > 1 && (
        <SheetSwitch
          sheets={preview.sheets}
          current={sheet}
          lang={lang}
          onPick={(name) => {
            onChoose({ sheet: name });
          }}
        />
      )}
      <label className="field">
        {importText(lang).importInto}
        <select
          value={datasetId ?? ''}
          data-testid="import-dataset-choice"
          onChange={(e) => {
            const id = e.target.value;
            if (isDatasetId(id))
              onChoose({ datasetId: id, mode: preview.mode, ...(sheet === undefined ? {} : { sheet }) });
          }}
        >
          {datasetId === undefined && <option value="">{importText(lang).choose}</option>}
          {allDatasets().map((d) => (
            <option key={d.id} value={d.id}>
              {pick(lang, d.title_zh, d.title_en)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="chip-group">
        <legend>{importText(lang).mode}</legend>
        {(['replace', 'merge'] as const satisfies readonly ImportMode[]).map((mode) => (
          <label key={mode} className="field--check">
            <input
              type="radio"
              name="import-mode"
              value={mode}
              checked={preview.mode === mode}
              disabled={!preview.dataset}
              onChange={() => {
                onChoose({
                  ...(datasetId === undefined ? {} : { datasetId }),
                  mode,
                  ...(sheet === undefined ? {} : { sheet }),
                });
              }}
            />
            {mode === 'replace' ? importText(lang).replace : importText(lang).merge}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
