/**
 * What in the link was not understood (`?county=<script>…`): listed as plain text — React
 * escapes it — so a mistyped or hostile link explains itself instead of failing silently.
 */
import { useState, type ReactElement } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useViewState } from '../view-state/use-view-state';

export function UrlNotice(): ReactElement | null {
  const { problems } = useViewState();
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = problems.map((p) => `${p.param}=${p.value}`).join('&');
  if (problems.length === 0 || dismissed === key) return null;
  return (
    <div className="url-notice" role="alert" data-testid="url-notice">
      <p>{t.notFoundTitle}</p>
      <ul>
        {problems.slice(0, 5).map((p, i) => (
          <li key={`${p.param}-${String(i)}`}>
            <code>{p.param}</code> = <code>{p.value}</code>（{t.notFoundItem}）
          </li>
        ))}
        {problems.length > 5 && <li>… +{problems.length - 5}</li>}
      </ul>
      <button
        type="button"
        onClick={() => {
          setDismissed(key);
        }}
      >
        {t.dismiss}
      </button>
    </div>
  );
}
