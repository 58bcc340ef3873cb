/**
 * The server's publication log (data/history/publications.json): who published which file when,
 * and the copy each publication replaced. "Publish this old version again" takes that copy
 * through the whole import again — report, preview, publish — with the same checks.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { pick, type Lang } from '../../data/lang';
import { publicationsOf } from '../../data/publish/history';
import { publicationLogQuery, publishRoutesQuery } from '../../queries/publish-queries';
import { PUBLISH_TEXT as T } from './publish-text';

const SHOWN = 20;

export function PublishedHistory({
  lang,
  onRepublish,
}: {
  readonly lang: Lang;
  readonly onRepublish: (file: File) => void;
}): ReactElement | null {
  const routes = useQuery(publishRoutesQuery('publications')).data;
  const target = routes?.server ?? routes?.folder ?? null;
  const log = useQuery(publicationLogQuery(target)).data;
  if (!target || !log) return null;
  const entries = publicationsOf(log).slice(0, SHOWN);
  const republish = async (path: string, file: string): Promise<void> => {
    const bytes = await target.read(path);
    // Named after the history copy, so the log says where a restored table came from.
    if (bytes)
      onRepublish(new File([bytes as BlobPart], path.split('/').at(-1) ?? file, { type: 'text/csv' }));
  };
  return (
    <section className="versions published-history" data-testid="published-history">
      <h3>{pick(lang, T.history[0], T.history[1])}</h3>
      {entries.length === 0 ? (
        <p className="muted">{pick(lang, T.noHistory[0], T.noHistory[1])}</p>
      ) : (
        <table className="data-table">
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.file}-${e.publishedAt}`} data-testid="publication">
                <td>{new Date(e.publishedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                <td>{e.publishedBy || '—'}</td>
                <td>
                  data/{e.file} ← {e.sourceFile}（{e.rows}）
                </td>
                <td>
                  {e.replaced && (
                    <button
                      type="button"
                      data-testid="publication-republish"
                      title={`${pick(lang, T.replacedCopy[0], T.replacedCopy[1])}: data/${e.replaced}`}
                      onClick={() => {
                        if (e.replaced) void republish(e.replaced, e.file);
                      }}
                    >
                      {pick(lang, T.republish[0], T.republish[1])}（{e.replaced.replace(/^history\//, '')}）
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
