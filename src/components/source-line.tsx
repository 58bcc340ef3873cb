import type { ReactElement } from 'react';
import type { Provenance } from '../data/schema';

/** Where the numbers on a view come from: document, 文号, date, table — on every view. */
export function SourceLine({ source, version }: { readonly source: Provenance; readonly version: string }): ReactElement {
  return (
    <p className="source-line">
      来源：《{source.title}》（{source.docNo}，{source.date}）{source.section} · {version}
    </p>
  );
}
