/** Placeholder until the county map lands (issue 4): says so rather than showing nothing. */
import type { ReactElement } from 'react';
import { pick } from '../../data/lang';
import type { ViewState } from '../../view-state/view-state';
import type { CountyData } from './use-county-models';

export default function MapCard({ state }: { readonly data: CountyData; readonly state: ViewState; readonly update: (patch: Partial<ViewState>) => void }): ReactElement {
  return <div className="panel-state" role="status">{pick(state.lang, '地图正在准备中。', 'The map is being prepared.')}</div>;
}
