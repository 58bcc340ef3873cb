/**
 * The import dialog: drop or pick a file, watch it being read (off the page's thread, with
 * cancel), read the validation report and the change preview, confirm warnings, apply — then
 * undo if needed. Below, every dataset's versions. Opened from the header or by dropping a file
 * anywhere on the page; a native modal <dialog> (focus kept inside, Esc closes). The steps are
 * file-step.tsx (choose, read) and preview-step.tsx (report, choices, apply); this file holds the
 * dialog, the applied and failed states, and the panels below.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { pick } from '../../data/lang';
import { useI18n } from '../../i18n/use-i18n';
import { writeMessages } from '../../i18n/write-messages';
import { DropZone, Progress } from './file-step';
import { importText } from './import-text';
import { PreviewStep } from './preview-step';
import { PublishedHistory } from './published-history';
import { useImport } from './use-import';
import { VersionsPanel } from './versions-panel';

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
