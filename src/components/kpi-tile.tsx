import type { ReactElement, ReactNode } from 'react';
import { dataLang } from '../data/lang';

/** A headline figure: name, the number large with its comparator and unit, and a detail line. */
export function KpiTile({
  name,
  comparator,
  value,
  unit,
  detail,
  tag,
}: {
  readonly name: string;
  readonly comparator?: string;
  readonly value: string;
  readonly unit: string;
  readonly detail?: ReactNode;
  readonly tag?: string;
}): ReactElement {
  return (
    <div className="kpi-tile">
      <div className="kpi-name">
        <span lang={dataLang(name)}>{name}</span>
        {tag !== undefined && <span className="attr">{tag}</span>}
      </div>
      <div className="kpi-figure">
        {comparator !== undefined && comparator !== '' && (
          <span className="kpi-comparator">{comparator}</span>
        )}
        <span className="kpi-value">{value}</span>
        <span className="kpi-unit" lang={dataLang(unit)}>
          {unit}
        </span>
      </div>
      {detail !== undefined && <div className="kpi-detail">{detail}</div>}
    </div>
  );
}
