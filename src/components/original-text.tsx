/**
 * Chinese shown as it is in the English interface — a citation, a plan's own wording, a name an
 * import brought without a translation — is marked: lang="zh" for the browser and screen readers
 * (and the English-UI check), and a visible "original Chinese" label where it is running text.
 */
import type { ReactElement } from 'react';
import type { CsvCell } from '../data/csv-export';
import type { Lang } from '../data/lang';
import { messagesFor } from '../i18n/messages';
import type { TableColumn } from './data-table';

export function OriginalText({
  text,
  lang,
  labelled = false,
}: {
  readonly text: string;
  readonly lang: Lang;
  /** Adds the visible "(original Chinese)" label in the English interface. */
  readonly labelled?: boolean;
}): ReactElement {
  return (
    <>
      <span lang="zh">{text}</span>
      {labelled && lang === 'en' && text !== '' && (
        <span className="original-mark"> ({messagesFor(lang).original})</span>
      )}
    </>
  );
}

/** The table column of a plan's own wording (原文), marked as original Chinese in English. */
export function wordingColumn<Row>(lang: Lang, value: (row: Row) => CsvCell): TableColumn<Row> {
  return { id: 'text', header: messagesFor(lang).wordingHeader, value, data: true };
}

/** Running text that quotes the plans' own Chinese terms: its `{ zh }` parts are marked as such. */
export type QuotingText = readonly (string | { readonly zh: string })[];

export function Quoting({ text }: { readonly text: QuotingText }): ReactElement {
  return (
    <>
      {text.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          // The parts of one catalogue entry never change order: the index is a stable key.
          <span key={i} lang="zh">
            {part.zh}
          </span>
        ),
      )}
    </>
  );
}
