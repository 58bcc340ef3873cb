import type { ReactElement } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { DatasetLoadError } from '../queries/dataset-query';

/** Loading and failure states that say what is happening, never a blank panel. */
export function LoadingPanel({ label }: { readonly label: string }): ReactElement {
  const { t } = useI18n();
  return (
    <div className="panel-state" role="status">
      {t.loading(label)}
    </div>
  );
}

export function ErrorPanel({ error }: { readonly error: Error }): ReactElement {
  const { t } = useI18n();
  // A DatasetLoadError's message already names the file, line and first error.
  const detail = error instanceof DatasetLoadError ? error.message : `${error.name}: ${error.message}`;
  return (
    <div className="panel-state panel-error" role="alert">
      {t.loadFailed(detail)}
    </div>
  );
}
