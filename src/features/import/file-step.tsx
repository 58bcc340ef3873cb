/** Choosing a file (drop or pick) and watching it being read, with cancel. */
import { useRef, useState, type DragEvent, type ReactElement } from 'react';
import { MAX_FILE_BYTES } from '../../data/decode';
import type { Lang } from '../../data/lang';
import type { ImportProgress } from '../../import/import-client';
import { importText } from './import-text';

export function DropZone({
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

const STAGES: readonly ImportProgress[] = ['read', 'decode', 'validate', 'compare'];

export function Progress({
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
