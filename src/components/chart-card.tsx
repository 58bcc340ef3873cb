/**
 * A chart as every view shows it: title, note, the chart, its table alternative, CSV and PNG
 * export, and the source line. Views supply the option-driven chart and the table spec; this
 * card owns nothing else.
 */
import { useRef, useState, type ReactElement, type ReactNode } from 'react';
import { toCsvBytes, safeFileName } from '../data/csv-export';
import type { Lang } from '../data/lang';
import type { Provenance } from '../data/schema';
import { messagesFor } from '../i18n/messages';
import { useI18n } from '../i18n/use-i18n';
import { DataTable, tableToCsvRows, type TableSpec } from './data-table';
import { downloadBlob } from './download';
import { svgToPng } from './export-png';
import { SourceLine, sourcesText } from './source-line';

interface ChartCardProps<Row> {
  readonly id: string;
  readonly title: string;
  readonly note?: ReactNode;
  /** The chart, already sized (a `.chart-box` around an `EChart`). */
  readonly chart: ReactNode;
  readonly aside?: ReactNode;
  readonly table: TableSpec<Row>;
  readonly sources: readonly Provenance[];
  readonly version: string;
  /** False when the body is not a chart (figures as tiles): no PNG export then. */
  readonly png?: boolean;
}

function exportCsv<Row>(table: TableSpec<Row>, title: string): void {
  const { header, rows } = tableToCsvRows(table);
  const bytes = toCsvBytes(header, rows);
  downloadBlob(new Blob([bytes], { type: 'text/csv;charset=utf-8' }), safeFileName(title, 'csv'));
}

async function exportPng(
  root: HTMLElement | null,
  title: string,
  sources: readonly Provenance[],
  lang: Lang,
): Promise<void> {
  const svg = root?.querySelector('figure svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error(messagesFor(lang).chartNotDrawn);
  const blob = await svgToPng(svg, { title, source: sourcesText(sources) });
  downloadBlob(blob, safeFileName(title, 'png'));
}

export function ChartCard<Row>(props: ChartCardProps<Row>): ReactElement {
  const { id, title, note, chart, aside, table, sources, version, png = true } = props;
  const { lang, t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const onPng = (): void => {
    setExportError(null);
    exportPng(root.current, title, sources, lang).catch((error: unknown) => {
      setExportError(`${t.exportFailed}: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`} ref={root}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="panel-actions">
          <button
            type="button"
            onClick={() => {
              exportCsv(table, title);
            }}
          >
            {t.exportCsv}
          </button>
          {png && (
            <button type="button" onClick={onPng}>
              {t.exportPng}
            </button>
          )}
        </div>
      </div>
      {note !== undefined && <div className="panel-note">{note}</div>}
      {exportError !== null && (
        <p role="alert" className="panel-error-inline">
          {exportError}
        </p>
      )}
      <div className={aside === undefined ? 'panel-body' : 'panel-body panel-body--aside'}>
        {chart}
        {aside}
      </div>
      <details className="table-toggle">
        <summary>{t.showTable}</summary>
        <DataTable spec={table} sortLabel={t.sortBy} />
      </details>
      <SourceLine sources={sources} version={version} lang={lang} />
    </section>
  );
}
