/**
 * The shell: header, link notice and the active view. Views other than the overview load on
 * first visit (their own chunks), so the first screen does not carry every view's code.
 */
import { lazy, Suspense, useEffect, useState, type ReactElement } from 'react';
import { LoadingPanel } from '../components/query-state';
import { OverviewView } from '../features/overview/overview-view';
import { useI18n } from '../i18n/use-i18n';
import { useViewState } from '../view-state/use-view-state';
import type { ViewId } from '../view-state/view-state';
import { AppHeader } from './app-header';
import { UrlNotice } from './url-notice';
import { DataWarnings } from './data-warnings';
import { usePrintMargins } from './use-print-margins';
import { useDataSync } from '../queries/use-data-sync';
import { useWallMode } from '../view-state/use-wall-state';

const CountiesView = lazy(() =>
  import('../features/counties/counties-view').then((m) => ({ default: m.CountiesView })),
);
const IpView = lazy(() => import('../features/ip/ip-view').then((m) => ({ default: m.IpView })));
const CreditView = lazy(() =>
  import('../features/credit/credit-view').then((m) => ({ default: m.CreditView })),
);
const GrainView = lazy(() => import('../features/grain/grain-view').then((m) => ({ default: m.GrainView })));
const BlackSoilView = lazy(() =>
  import('../features/black-soil/black-soil-view').then((m) => ({ default: m.BlackSoilView })),
);
// Wall mode (?mode=wall) is a different screen altogether, loaded only when asked for.
const WallView = lazy(() => import('../features/wall/wall-view').then((m) => ({ default: m.WallView })));
const PlanView = lazy(() => import('../features/plan/plan-view').then((m) => ({ default: m.PlanView })));
// The A4 briefing (打印简报), loaded when asked for.
const BriefingView = lazy(() =>
  import('../features/briefing/briefing-view').then((m) => ({ default: m.BriefingView })),
);
const ProgressView = lazy(() =>
  import('../features/progress/progress-view').then((m) => ({ default: m.ProgressView })),
);

function ActiveView({ view }: { readonly view: ViewId }): ReactElement {
  switch (view) {
    case 'counties':
      return <CountiesView />;
    case 'ip':
      return <IpView />;
    case 'credit':
      return <CreditView />;
    case 'grain':
      return <GrainView />;
    case 'progress':
      return <ProgressView />;
    case 'black-soil':
      return <BlackSoilView />;
    case 'overview':
      return <OverviewView />;
    case 'plan':
      return <PlanView />;
  }
}

function DesktopApp(): ReactElement {
  const { state } = useViewState();
  const { t } = useI18n();
  // The briefing belongs to the view it was opened from: navigating elsewhere leaves it.
  const [briefingOf, setBriefingOf] = useState<ViewId | null>(null);
  const briefing = briefingOf === state.view;
  useDataSync();
  usePrintMargins(briefing);
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.views[state.view]} · ${t.appTitle}`;
  }, [state.lang, state.view, t]);
  return (
    <div className="app">
      <AppHeader
        onBriefing={() => {
          setBriefingOf(state.view);
          window.scrollTo({ top: 0 });
        }}
      />
      <main className="app-main" id="main">
        <UrlNotice />
        <DataWarnings lang={state.lang} />
        <Suspense fallback={<LoadingPanel label={t.views[state.view]} />}>
          {briefing ? (
            <BriefingView
              onClose={() => {
                setBriefingOf(null);
              }}
            />
          ) : (
            <ActiveView view={state.view} />
          )}
        </Suspense>
      </main>
    </div>
  );
}

export function App(): ReactElement {
  return useWallMode() ? (
    <Suspense fallback={null}>
      <WallView />
    </Suspense>
  ) : (
    <DesktopApp />
  );
}
