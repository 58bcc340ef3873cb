/**
 * Each dataset's current version, its last imports to restore, "back to the embedded default",
 * and export as CSV in the layout it came in (BOM, formula cells neutralised) so staff can edit
 * in Excel and import again. The actuals table also offers its fill-in template.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactElement } from 'react';
import { safeFileName, toCsvBytes } from '../../data/csv-export';
import { toXlsxBytes } from '../../data/xlsx/write-xlsx';
import { headerRow, tableCells } from '../../data/import/table-csv';
import { pick, type Lang } from '../../data/lang';
import { DATASETS, datasetIdsOf } from '../../data/registry';
import { useCatalog } from '../../queries/catalog-query';
import type { DatasetId, DatasetSpec } from '../../data/schema';
import { downloadBlob } from '../../components/download';
import { restoreVersion } from '../../import/data-store';
import { storageMessage } from '../../import/storage-messages';
import type { DatasetVersions } from '../../import/version-store';
import { writeMessages } from '../../i18n/write-messages';
import { ColumnHeads } from './column-heads';
import { importText } from './import-text';
import { importTime, versionLabel } from '../../queries/data-version';
import { useDatasets } from '../../queries/use-datasets';
import type { LoadedDataset } from '../../queries/dataset-query';
import { versionsQuery } from '../../queries/versions-query';
import { actualsTemplate } from './actuals-template';
import { workbookText } from './workbook-text';

const ALL_IDS: readonly DatasetId[] = DATASETS.map((d) => d.id);

function exportBase(dataset: LoadedDataset): string {
  return dataset.version.kind === 'imported'
    ? dataset.version.fileName.replace(/\.[^.]+$/, '')
    : dataset.spec.file.replace(/\.csv$/, '');
}

function exportCsv(dataset: LoadedDataset): void {
  const bytes = toCsvBytes(
    headerRow(dataset.spec, dataset.columnLabels),
    tableCells(dataset.spec, dataset.rows),
  );
  downloadBlob(
    new Blob([bytes], { type: 'text/csv;charset=utf-8' }),
    safeFileName(exportBase(dataset), 'csv'),
  );
}

/** One sheet, the table's own headers, numbers as numbers: re-imports with no change. */
function exportXlsx(dataset: LoadedDataset): void {
  const bytes = toXlsxBytes(
    dataset.spec.title_zh,
    headerRow(dataset.spec, dataset.columnLabels),
    tableCells(dataset.spec, dataset.rows),
  );
  downloadBlob(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    safeFileName(exportBase(dataset), 'xlsx'),
  );
}

/** What a restore or reset did, said back to the person who clicked. */
type Done = (message: string) => void;

interface Switch {
  /** The version to draw, or null: the embedded (or served) default. */
  readonly to: string | null;
  /** The version active when the user chose: nothing is written if another is active by now. */
  readonly expected: string | null;
  /** Which button asked: it says it is busy. */
  readonly via: 'choice' | 'reset';
}

function VersionRow({
  dataset,
  versions,
  lang,
  templateSource,
  onDone,
}: {
  readonly dataset: LoadedDataset;
  readonly versions: DatasetVersions | undefined;
  readonly lang: Lang;
  readonly templateSource: readonly LoadedDataset[];
  readonly onDone: Done;
}): ReactElement {
  const spec: DatasetSpec = dataset.spec;
  const active = versions?.active ?? null;
  // The version picked in the list, for the active version it was picked against: once another
  // version becomes active (here or in another tab) the list shows that one again.
  const [picked, setPicked] = useState<{ readonly against: string | null; readonly id: string } | null>(null);
  const choice = picked !== null && picked.against === active ? picked.id : (active ?? '');
  const title = pick(lang, spec.title_zh, spec.title_en);
  const switching = useMutation({
    // Compare-and-swap against the version this panel shows active: a change made meanwhile in
    // another tab is not overwritten unseen (the panel reloads and the user chooses again). The
    // store announces the change; useDataSync reloads the views and this list.
    mutationFn: ({ to, expected }: Switch) => restoreVersion(spec.id, to, expected),
    onSuccess: (_done, { to }) => {
      const chosen = versions?.versions.find((v) => v.id === to);
      const what = chosen
        ? `${chosen.fileName} · ${importTime(chosen.importedAt)}`
        : importText(lang).embedded;
      onDone(importText(lang).switched(title, what));
    },
  });
  const switchTo = (to: string | null, via: Switch['via']): void => {
    switching.mutate({ to, expected: active, via });
  };
  const busy = switching.isPending ? switching.variables.via : null;
  const refusal = switching.error === null ? null : storageMessage(switching.error);
  const selectId = `version-${spec.id}`;
  return (
    <tr data-testid={`dataset-${spec.id}`}>
      <th scope="row">
        {pick(lang, spec.title_zh, spec.title_en)}
        <div className="muted">{spec.file}</div>
      </th>
      <td data-testid="dataset-version">{versionLabel([dataset], lang) || importText(lang).embeddedEmpty}</td>
      <td className="num">{dataset.rows.length}</td>
      <td>
        <div className="version-actions">
          <label htmlFor={selectId} className="visually-hidden">
            {importText(lang).chooseVersion}
          </label>
          <select
            id={selectId}
            value={choice}
            onChange={(e) => {
              setPicked({ against: active, id: e.target.value });
            }}
          >
            <option value="">{importText(lang).embeddedDefault}</option>
            {(versions?.versions ?? []).map((v) => (
              <option key={v.id} value={v.id}>{`${v.fileName} · ${importTime(v.importedAt)}`}</option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              switchTo(choice === '' ? null : choice, 'choice');
            }}
            disabled={choice === (active ?? '') || busy !== null}
            aria-busy={busy === 'choice'}
          >
            {busy === 'choice' ? writeMessages(lang).switching : importText(lang).useVersion}
          </button>
          <button
            type="button"
            onClick={() => {
              switchTo(null, 'reset');
            }}
            disabled={active === null || busy !== null}
            aria-busy={busy === 'reset'}
          >
            {busy === 'reset' ? writeMessages(lang).resetting : importText(lang).reset}
          </button>
          {refusal && (
            <span className="panel-error-inline" role="alert" data-testid="version-refused">
              {pick(lang, refusal.zh, refusal.en)}
            </span>
          )}
          <button
            type="button"
            onClick={() => {
              exportCsv(dataset);
            }}
          >
            {importText(lang).exportCsv}
          </button>
          <button
            type="button"
            onClick={() => {
              exportXlsx(dataset);
            }}
          >
            {workbookText(lang).exportXlsx}
          </button>
          {spec.id === 'progress-actuals' && (
            <button
              type="button"
              onClick={() => {
                downloadBlob(
                  new Blob([actualsTemplate(templateSource, new Date())], { type: 'text/csv;charset=utf-8' }),
                  'actuals-template.csv',
                );
              }}
            >
              {importText(lang).template}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

export function VersionsPanel({ lang }: { readonly lang: Lang }): ReactElement {
  // The template lists every plan of the catalog in use (one served or imported too); the rows
  // below stay the tables with stored versions.
  const catalog = useCatalog();
  const state = useDatasets(useMemo(() => datasetIdsOf(catalog), [catalog]));
  const versions = useQuery(versionsQuery()).data;
  const [done, setDone] = useState<string | null>(null);
  if (state.status !== 'success') return <p className="muted">{importText(lang).readingVersions}</p>;
  const everyTable = [...state.data.values()];
  const datasets = everyTable.filter((d) => ALL_IDS.includes(d.spec.id));
  return (
    <section className="versions" aria-labelledby="versions-title">
      <h3 id="versions-title">{importText(lang).versions}</h3>
      <p className="muted" data-testid="storage-status">
        {versions?.persistent === false ? importText(lang).notPersistent : importText(lang).persistent}
      </p>
      {done !== null && (
        <p className="import-done" role="status" data-testid="versions-done">
          {done}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table versions-table">
          <ColumnHeads
            names={[
              importText(lang).table,
              importText(lang).currentVersion,
              importText(lang).rows,
              importText(lang).actions,
            ]}
          />
          <tbody>
            {datasets.map((d) => (
              <VersionRow
                key={d.spec.id}
                dataset={d}
                versions={versions?.byDataset.get(d.spec.id)}
                lang={lang}
                templateSource={everyTable}
                onDone={setDone}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
