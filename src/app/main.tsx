import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPrerenders } from '../charts/prerender/prerender';
import { parseViewState } from '../view-state/view-state';
import { App } from './app';
import { createQueryClient } from './query-client';
import { installPrintLayout } from './print-layout';
import { preloadView, viewDatasets } from './view-preload';
import './styles.css';
import './responsive.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installPrintLayout();
const queryClient = createQueryClient();
const bootView = parseViewState(window.location.search).state.view;
// The boot view's prerendered charts (built chart views only), read while its code and data load.
if (viewDatasets(bootView) !== undefined) void loadPrerenders(bootView);
preloadView(bootView, queryClient);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
