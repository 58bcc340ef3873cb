/**
 * The file read: its facts, the sheet question for a workbook, the plan or table choices, the
 * validation report and change preview, the warnings to confirm, apply or discard, and publishing.
 */
import { useState, type ReactElement } from 'react';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import { canApply, type ImportPreview } from '../../data/import/import-plan';
import { pick, type Lang } from '../../data/lang';
import type { Message } from '../../import/storage-messages';
import { MAX_VERSIONS, type StoredVersion } from '../../import/version-store';
import { writeMessages } from '../../i18n/write-messages';
import { importTime } from '../../queries/data-version';
import { ChangePreview, IssueTable } from './import-report';
import { importText } from './import-text';
import { PlanPanel } from './plan-panel';
import { Choices, FileFacts } from './preview-facts';
import { PublishPanel } from './publish-panel';
import { SheetPicker } from './sheet-picker';
import type { ImportChoice } from './use-import';
import { previewIdOf } from './use-publish';

export function PreviewStep({
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
