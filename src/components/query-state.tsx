import type { ReactElement } from 'react';
import { DatasetLoadError } from '../queries/dataset-query';

/** Loading and failure states that say what is happening, never a blank panel. */
export function LoadingPanel({ label }: { readonly label: string }): ReactElement {
  return (
    <div className="panel-state" role="status">
      正在加载{label}…
    </div>
  );
}

export function ErrorPanel({ error }: { readonly error: Error }): ReactElement {
  // A DatasetLoadError's message already names the file, line and first error.
  const detail = error instanceof DatasetLoadError ? error.message : `${error.name}: ${error.message}`;
  return (
    <div className="panel-state panel-error" role="alert">
      数据无法加载：{detail}
    </div>
  );
}
