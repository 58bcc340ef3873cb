import type { ReactElement } from 'react';
import type { Lang } from '../data/lang';
import type { Provenance } from '../data/schema';

/** 《黑土地保护…》（黑政办规〔2021〕40号，2021-12-31）附件1 — the text of a source citation. */
export function sourceText(source: Provenance): string {
  return `《${source.title}》（${source.docNo}，${source.date}）${source.section}`;
}

/** Where the numbers on a view come from — document, 文号, date, table — and which data version. */
export function SourceLine({ sources, version, lang }: {
  readonly sources: readonly Provenance[];
  readonly version: string;
  readonly lang: Lang;
}): ReactElement {
  return (
    <p className="source-line">
      {lang === 'zh' ? '来源：' : 'Source: '}
      {sources.map(sourceText).join('；')} · {version}
    </p>
  );
}
