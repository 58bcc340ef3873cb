/**
 * After the preview: publish the checked table into the served data/ folder — by the server
 * (WebDAV) or a picked folder when the deployment offers one, else a download with the exact
 * file name and where it goes.
 */
import { useState, type ReactElement } from 'react';
import { CATALOG_FILE_NAME, type CatalogDocument } from '../../data/catalog/catalog-schema';
import { DATA_URL } from '../../queries/publish-queries';
import { canonicalTableText } from '../../data/publish/check';
import type { ImportPreview } from '../../data/import/import-plan';
import { pick, type Lang } from '../../data/lang';
import { downloadBlob } from '../../components/download';
import { catalogWith } from '../../import/publish/publish-table';
import { PublishError } from '../../import/publish/publish-target';
import {
  baseLine,
  catalogLine,
  downloadSteps,
  PUBLISH_ERRORS,
  PUBLISH_TEXT as T,
  publishedLine,
  type Pair,
} from './publish-text';
import { usePublish } from './use-publish';

function say(lang: Lang, pair: Pair): string {
  return pick(lang, pair[0], pair[1]);
}

function errorText(lang: Lang, error: unknown): string {
  if (error instanceof PublishError) {
    const pair = PUBLISH_ERRORS[error.kind];
    return error.kind === 'server' || error.kind === 'catalog' || error.kind === 'catalog-late'
      ? `${say(lang, pair)} ${error.detail}`
      : say(lang, pair);
  }
  return error instanceof Error ? error.message : String(error);
}

/** The served catalog.json with the plan added (the embedded catalog when none is served). */
async function catalogFileWith(plan: CatalogDocument): Promise<string> {
  const response = await fetch(`${DATA_URL}${CATALOG_FILE_NAME}`, { cache: 'no-store' });
  return catalogWith(response.ok ? await response.text() : null, plan).text;
}

function DownloadRoute({
  preview,
  lang,
  plan,
}: {
  readonly preview: ImportPreview;
  readonly lang: Lang;
  readonly plan: CatalogDocument | null;
}): ReactElement | null {
  const [failure, setFailure] = useState<unknown>(null);
  const spec = preview.dataset;
  if (!spec || !preview.next) return null;
  const text = preview.next.text;
  const save = (): void => {
    downloadBlob(
      new Blob([canonicalTableText(spec, text).text], { type: 'text/csv;charset=utf-8' }),
      spec.file,
    );
  };
  const saveCatalog = (): void => {
    if (!plan) return;
    catalogFileWith(plan).then((json) => {
      setFailure(null);
      downloadBlob(new Blob([json], { type: 'application/json' }), CATALOG_FILE_NAME);
    }, setFailure);
  };
  return (
    <div className="publish-download" data-testid="publish-download">
      <p>
        {say(lang, T.downloadIntro)}{' '}
        <button type="button" onClick={save} data-testid="publish-download-button">
          {say(lang, T.download)} {spec.file}
        </button>
        {plan && (
          <>
            {' '}
            <button type="button" onClick={saveCatalog} data-testid="publish-download-catalog">
              {say(lang, T.download)} {CATALOG_FILE_NAME}
            </button>
          </>
        )}
      </p>
      <ol className="publish-steps">
        {downloadSteps(spec.file).map((pair) => (
          <li key={pair[0]}>{say(lang, pair)}</li>
        ))}
      </ol>
      {plan && <p className="muted">{say(lang, T.planDownload)}</p>}
      {failure !== null && <p className="panel-error-inline">{errorText(lang, failure)}</p>}
    </div>
  );
}

export function PublishPanel({
  preview,
  sourceFile,
  ready,
  lang,
  plan,
  onPreviewAgain,
}: {
  readonly preview: ImportPreview;
  readonly sourceFile: string;
  readonly ready: boolean;
  readonly lang: Lang;
  /** A new plan's document (新增规划): published into catalog.json with the table. */
  readonly plan: CatalogDocument | null;
  /** Reads the file again against the tables now served: a new preview, a new base. */
  readonly onPreviewAgain: () => void;
}): ReactElement {
  const { routes, target, base, publish, by, setBy, chooseFolder, refreshCurrent } = usePublish(
    preview,
    sourceFile,
    plan,
  );
  const spec = preview.dataset;
  const done = publish.data;
  return (
    <section className="publish-panel" aria-labelledby="publish-title" data-testid="publish-panel">
      <h3 id="publish-title">{say(lang, T.title)}</h3>
      <p className="muted">{say(lang, T.intro)}</p>
      {target && (
        <>
          <p data-testid="publish-route">
            {say(lang, target.kind === 'webdav' ? T.server : T.folder)} <strong>{target.label}</strong>
          </p>
          {base.data && (
            <p className="muted" data-testid="publish-base">
              {say(lang, baseLine(base.data.exists, base.data.modified))}
            </p>
          )}
          {base.error && <p className="panel-error-inline">{errorText(lang, base.error)}</p>}
          <div className="publish-row">
            <label className="field">
              {say(lang, T.by)}
              <input
                value={by}
                onChange={(e) => {
                  setBy(e.target.value);
                }}
                maxLength={40}
                data-testid="publish-by"
              />
            </label>
            <button
              type="button"
              className="primary"
              data-testid="publish-button"
              disabled={!ready || !base.data || publish.isPending || done !== undefined || publish.isError}
              onClick={() => {
                publish.mutate();
              }}
            >
              {say(lang, publish.isPending ? T.publishing : T.publish)} data/{spec?.file}
            </button>
            {!ready && <span className="muted">{say(lang, T.needsCheck)}</span>}
          </div>
        </>
      )}
      {!target && routes && (routes.canPickFolder || routes.folderNeedsPermission) && (
        <p>
          <button
            type="button"
            onClick={() => {
              void chooseFolder();
            }}
            data-testid="publish-pick-folder"
          >
            {say(lang, routes.folderNeedsPermission ? T.regrant : T.pickFolder)}
          </button>
        </p>
      )}
      {done && (
        <p className="publish-done" role="status" data-testid="publish-done">
          {say(lang, publishedLine(done.file, done.rows, done.replaced))}
        </p>
      )}
      {done?.catalog && plan && (
        <p className="publish-done" data-testid="publish-catalog">
          {say(lang, catalogLine(plan.title, done.catalog))}
        </p>
      )}
      {plan && !done && target && (
        <p className="muted" data-testid="publish-plan-note">
          {say(lang, T.planNote)}
        </p>
      )}
      {publish.error && (
        <div className="panel-error" role="alert" data-testid="publish-error">
          <p>{errorText(lang, publish.error)}</p>
          {publish.error instanceof PublishError &&
            (publish.error.kind === 'conflict' || publish.error.kind === 'catalog-late') && (
              <button
                type="button"
                onClick={() => {
                  void refreshCurrent().then(onPreviewAgain);
                }}
                data-testid="publish-repreview"
              >
                {say(lang, T.repreview)}
              </button>
            )}
        </div>
      )}
      {routes && !target && <DownloadRoute preview={preview} lang={lang} plan={plan} />}
    </section>
  );
}
