/**
 * The way into imports from anywhere: a header button, and a file dropped anywhere on the page.
 * Only this small shell is in the first bundle; the dialog (report, preview, versions) and the
 * worker load when first used.
 */
import { lazy, Suspense, useEffect, useState, type ReactElement } from 'react';
import type { Lang } from '../data/lang';
import { messagesFor } from '../i18n/messages';

const ImportDialog = lazy(() => import('../features/import/import-dialog'));

type Dialog = { readonly open: false } | { readonly open: true; readonly file: File | null };

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') === true;
}

export function ImportEntry({ lang }: { readonly lang: Lang }): ReactElement {
  const [dialog, setDialog] = useState<Dialog>({ open: false });
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // Otherwise the browser would navigate away to show the file.
      event.preventDefault();
      setDialog({ open: true, file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <>
      <button
        type="button"
        className="header-button"
        data-testid="open-import"
        onClick={() => {
          setDialog({ open: true, file: null });
        }}
      >
        {messagesFor(lang).importData}
      </button>
      {dialog.open && (
        <Suspense fallback={null}>
          <ImportDialog
            file={dialog.file}
            onClose={() => {
              setDialog({ open: false });
            }}
          />
        </Suspense>
      )}
    </>
  );
}
