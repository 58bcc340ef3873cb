import type { ReactElement } from 'react';
import type { Lang } from '../data/lang';
import type { Provenance } from '../data/schema';
import { messagesFor } from '../i18n/messages';
import { OriginalText } from './original-text';

/** 《黑土地保护…》（黑政办规〔2021〕40号，2021-12-31）附件1 — the text of a source citation. */
export function sourceText(source: Provenance): string {
  // Reported actuals have no 文号 or date of issue: no empty brackets for them.
  const issued = [source.docNo, source.date].filter((part) => part !== '').join('，');
  return `《${source.title}》${issued === '' ? '' : `（${issued}）`}${source.section}`;
}

/** Sources of one document cited once: 《…》（文号，日期）附件1 任务分解表、五、分区保护技术路径. */
export function sourcesText(sources: readonly Provenance[]): string {
  const byDocument = new Map<string, { source: Provenance; sections: string[] }>();
  for (const source of sources) {
    const entry = byDocument.get(source.docNo) ?? { source, sections: [] };
    if (!entry.sections.includes(source.section)) entry.sections.push(source.section);
    byDocument.set(source.docNo, entry);
  }
  return [...byDocument.values()]
    .map(({ source, sections }) => sourceText({ ...source, section: sections.join('、') }))
    .join('；');
}

/** Where the numbers on a view come from — document, 文号, date, table — and which data version. */
export function SourceLine({
  sources,
  version,
  lang,
}: {
  readonly sources: readonly Provenance[];
  readonly version: string;
  readonly lang: Lang;
}): ReactElement {
  return (
    <p className="source-line">
      {messagesFor(lang).sourcePrefix}
      <OriginalText text={sourcesText(sources)} lang={lang} labelled /> · {version}
    </p>
  );
}
