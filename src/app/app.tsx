import { useEffect, type ReactElement } from 'react';
import { CountiesView } from '../features/counties/counties-view';
import { IpGrowthPanel } from '../features/overview/ip-growth-panel';
import { useI18n } from '../i18n/use-i18n';
import { useViewState } from '../view-state/use-view-state';
import type { ViewId } from '../view-state/view-state';
import { AppHeader } from './app-header';
import { UrlNotice } from './url-notice';

function ActiveView({ view }: { readonly view: ViewId }): ReactElement {
  switch (view) {
    case 'counties': return <CountiesView />;
    default: return <IpGrowthPanel />;
  }
}

export function App(): ReactElement {
  const { state } = useViewState();
  const { t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.views[state.view]} · ${t.appTitle}`;
  }, [state.lang, state.view, t]);
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main" id="main">
        <UrlNotice />
        <ActiveView view={state.view} />
      </main>
    </div>
  );
}
