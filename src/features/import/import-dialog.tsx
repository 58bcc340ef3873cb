/**
 * The import dialog: drop or pick a file, watch it being read (off the page's thread, with
 * cancel), read the validation report and the change preview, confirm warnings, apply — then
 * undo if needed. Below, every dataset's versions. Opened from the header or by dropping a file
 * anywhere on the page; a native modal <dialog> (focus kept inside, Esc closes).
 */
import { useEffect, useRef, useState, type DragEvent, type ReactElement } from 'react';
import { canApply, type ImportPreview } from '../../data/import/import-plan';
import type { ImportMode } from '../../data/import/table-diff';
import { pick, type Lang } from '../../data/lang';
import { allDatasets, isDatasetId } from '../../data/registry';
import { MAX_FILE_BYTES } from '../../data/decode';
import type { Message } from '../../import/storage-messages';
import { MAX_VERSIONS, type StoredVersion } from '../../import/version-store';
import { importTime } from '../../queries/data-version';
import type { ImportProgress } from '../../import/import-client';
import { useI18n } from '../../i18n/use-i18n';
import { writeMessages } from '../../i18n/write-messages';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import { ChangePreview, encodingLabel, IssueTable } from './import-report';
import { SheetPicker, SheetSwitch } from './sheet-picker';
import { workbookText } from './workbook-text';
import { PublishPanel } from './publish-panel';
import { PublishedHistory } from './published-history';
import { PlanPanel } from './plan-panel';
import { useImport, type ImportChoice } from './use-import';
import { previewIdOf } from './use-publish';
import { VersionsPanel } from './versions-panel';
import { importText } from './import-text';

const STAGES: readonly ImportProgress[] = ['read', 'decode', 'validate', 'compare'];

function Progress({
  stage,
  fileName,
  lang,
  onCancel,
}: {
  readonly stage: ImportProgress;
  readonly fileName: string;
  readonly lang: Lang;
  readonly onCancel: () => void;
}): ReactElement {
  const step = STAGES.indexOf(stage) + 1;
  const text = importText(lang);
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <p>
        {fileName}：{text.step(step, STAGES.length, text.stages[stage])}
      </p>
      <progress max={STAGES.length} value={step} aria-label={importText(lang).progress} />
      <button type="button" onClick={onCancel}>
        {importText(lang).cancel}
      </button>
    </div>
  );
}

function FileFacts({
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

function Choices({
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

function PreviewStep({
  preview,
  sourceFile,
  lang,
  notice,
  drops,
  onChoose,
  applying,
  onApply,
  onDiscard,
}: {
  readonly preview: ImportPreview;
  readonly sourceFile: string;
  readonly lang: Lang;
  /** The apply is being written: the button waits, saying so. */
  readonly applying: boolean;
  readonly onChoose: (choice: ImportChoice) => void;
  readonly notice: Message | undefined;
  readonly drops: readonly StoredVersion[];
  readonly onApply: (plan?: CatalogDocument) => void;
  readonly onDiscard: () => void;
}): ReactElement {
  const [confirmed, setConfirmed] = useState(false);
  const [planDoc, setPlanDoc] = useState<CatalogDocument | null>(
    preview.plan?.kind === 'new' ? preview.plan.document : null,
  );
  const warnings = preview.counts.warnings;
  // A workbook with several sheets and none chosen: the question, not an error report.
  if (
    preview.sheet === null &&
    preview.errors.every((e) => e.code === 'sheet-required') &&
    preview.errors.length > 0
  ) {
    return (
      <div className="import-step" data-testid="import-sheets">
        <FileFacts preview={preview} lang={lang} />
        <SheetPicker
          sheets={preview.sheets}
          lang={lang}
          onPick={(name) => {
            onChoose({ sheet: name });
          }}
        />
        <div className="import-buttons">
          <button type="button" onClick={onDiscard}>
            {importText(lang).discard}
          </button>
        </div>
      </div>
    );
  }
  const ready = canApply(preview) && (warnings === 0 || confirmed);
  return (
    <div className="import-step" data-testid="import-preview">
      {notice && (
        <p className="panel-error-inline" role="status" data-testid="import-notice">
          {pick(lang, notice.zh, notice.en)}
        </p>
      )}
      <FileFacts preview={preview} lang={lang} />
      {preview.plan ? (
        <PlanPanel
          preview={preview}
          lang={lang}
          onChoose={(newPlan) => {
            onChoose({ newPlan });
          }}
          onDocument={setPlanDoc}
        />
      ) : (
        <Choices preview={preview} lang={lang} onChoose={onChoose} />
      )}
      <IssueTable issues={preview.errors} total={preview.counts.errors} lang={lang} kind="error" />
      {/* What changes comes first; the warnings to check sit right above the confirmation. */}
      <ChangePreview preview={preview} lang={lang} />
      <IssueTable issues={preview.warnings} total={preview.counts.warnings} lang={lang} kind="warning" />
      {canApply(preview) && warnings > 0 && (
        <label className="field--check import-confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.target.checked);
            }}
            data-testid="import-confirm"
          />
          {importText(lang).confirmWarnings(warnings)}
        </label>
      )}
      {canApply(preview) && drops.length > 0 && (
        <p className="muted" data-testid="import-drops">
          {importText(lang).drops(
            MAX_VERSIONS,
            drops.map((v) => ({ fileName: v.fileName, when: importTime(v.importedAt) })),
          )}
        </p>
      )}
      <div className="import-buttons">
        <button
          type="button"
          className="primary"
          disabled={!ready || applying}
          aria-busy={applying}
          onClick={() => {
            onApply(planDoc ?? undefined);
          }}
          data-testid="import-apply"
        >
          {applying ? writeMessages(lang).applying : importText(lang).apply}
        </button>
        <button type="button" onClick={onDiscard}>
          {importText(lang).discard}
        </button>
        {!canApply(preview) && <span className="panel-error-inline">{importText(lang).hasErrors}</span>}
      </div>
      {canApply(preview) && (
        <PublishPanel
          key={previewIdOf(preview)}
          preview={preview}
          sourceFile={sourceFile}
          ready={ready}
          lang={lang}
          plan={preview.plan?.kind === 'new' ? planDoc : null}
          onPreviewAgain={() => {
            onChoose({ datasetId: preview.dataset?.id, mode: preview.mode });
          }}
        />
      )}
    </div>
  );
}

function DropZone({
  lang,
  onFile,
}: {
  readonly lang: Lang;
  readonly onFile: (file: File) => void;
}): ReactElement {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    // The page-wide drop target would start the same file again.
    event.stopPropagation();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={drop}
    >
      <p>{importText(lang).dropHere}</p>
      <button type="button" onClick={() => input.current?.click()}>
        {importText(lang).chooseFile}
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,.xls,.et,.csv,.tsv,.txt,.json,text/csv,application/json"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <p className="muted">{importText(lang).supported(MAX_FILE_BYTES / 1024 / 1024)}</p>
    </div>
  );
}

export default function ImportDialog({
  file,
  onClose,
}: {
  readonly file: File | null;
  readonly onClose: () => void;
}): ReactElement {
  const { lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, start, cancel, apply, undo, applyPending, undoPending, undoError } = useImport();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    if (file) start(file);
  }, [file, start]);
  const current = state.kind === 'working' || state.kind === 'previewed' ? state.file : null;
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      data-testid="import-dialog"
    >
      <div className="import-head">
        <h2 id="import-title">{importText(lang).title}</h2>
        <button
          type="button"
          onClick={() => {
            dialog.current?.close();
          }}
          aria-label={importText(lang).close}
        >
          ✕
        </button>
      </div>
      {/* An undo says what it did, until the next file is chosen. */}
      {state.kind === 'idle' && state.undone !== undefined && (
        <p className="import-done" role="status" data-testid="import-undone">
          {importText(lang).undone(state.undone)}
        </p>
      )}
      {state.kind === 'idle' && (
        <DropZone
          lang={lang}
          onFile={(f) => {
            start(f);
          }}
        />
      )}
      {state.kind === 'working' && (
        <Progress stage={state.stage} fileName={state.file.name} lang={lang} onCancel={cancel} />
      )}
      {state.kind === 'previewed' && current && (
        <PreviewStep
          key={`${state.preview.sheet ?? ''}-${state.preview.dataset?.id ?? ''}-${state.preview.mode}-${state.preview.plan?.kind ?? ''}`}
          preview={state.preview}
          sourceFile={current.name}
          lang={lang}
          notice={state.notice}
          drops={state.drops}
          onChoose={(choice) => {
            start(current, choice);
          }}
          applying={applyPending}
          onApply={apply}
          onDiscard={cancel}
        />
      )}
      {state.kind === 'applied' && (
        <div className="import-done" role="status" data-testid="import-applied">
          <p>{importText(lang).applied(state.version.fileName, state.version.rowCount)}</p>
          {undoError && (
            <p className="panel-error-inline" role="alert" data-testid="import-undo-refused">
              {pick(lang, undoError.zh, undoError.en)}
            </p>
          )}
          <button
            type="button"
            data-testid="import-undo"
            disabled={undoPending}
            aria-busy={undoPending}
            onClick={undo}
          >
            {undoPending ? writeMessages(lang).undoing : importText(lang).undo}
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
            }}
          >
            {importText(lang).seeCharts}
          </button>
          <button type="button" onClick={cancel}>
            {importText(lang).another}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className="panel-error" role="alert">
          <p>{pick(lang, state.message.zh, state.message.en)}</p>
          <button type="button" onClick={cancel}>
            {importText(lang).retry}
          </button>
        </div>
      )}
      <VersionsPanel lang={lang} />
      <PublishedHistory
        lang={lang}
        onRepublish={(f) => {
          start(f);
        }}
      />
    </dialog>
  );
}
