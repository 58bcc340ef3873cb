import type { ReactElement } from 'react';
import { CountyRankingPanel } from '../features/overview/county-ranking-panel';
import { IpGrowthPanel } from '../features/overview/ip-growth-panel';

export function App(): ReactElement {
  return (
    <div className="app">
      <header className="app-header">
        <h1>目标看板</h1>
        <p className="app-subtitle">黑龙江省规划目标任务 · Target Board</p>
      </header>
      <main className="app-main">
        <IpGrowthPanel />
        <CountyRankingPanel />
      </main>
    </div>
  );
}
