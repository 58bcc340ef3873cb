/**
 * The generic indicator table (`plan-indicators@1`): the layout a new plan's table is stored in
 * (served file, import version). Printed layouts are read by plan-table.ts and written into this
 * one, so a new plan needs no code: its spec is made from its catalog entry. Codes are optional
 * for staff; when absent they are derived from the name's identity key, so the same name always
 * gets the same code.
 */
import type { CatalogDocument, CatalogTable } from '../catalog/catalog-schema';
import { periodYears } from '../catalog/catalog-schema';
import type { ColumnSpec, DatasetSpec, NormalizedRecord, TypedRow } from '../schema';
import { compact, numberAt, textAt } from '../datasets/records';
import { catalogSpecHead } from '../catalog/table-spec-head';

/** FNV-1a, 32 bits, base 36: short, stable, ASCII. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** Code of an indicator without one: `i` + hash of its identity key (indicator-names). */
export function derivedCode(nameKey: string): string {
  return `i${stableHash(nameKey)}`;
}

const text = (key: string, header: string, header_en: string): ColumnSpec => ({ key, header, header_en, type: 'text', required: false, optionalCells: true });
const num = (key: string, header: string, header_en: string): ColumnSpec => ({ key, header, header_en, type: 'number', required: false, optionalCells: true });

export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', header: '指标代码', header_en: 'Indicator code', type: 'code', required: true },
  text('category', '类别', 'Category'),
  { key: 'name', header: '指标名称', header_en: 'Indicator', type: 'text', required: true },
  text('unit', '单位', 'Unit'),
  { key: 'base_year', header: '基期年份', header_en: 'Base year', type: 'period', required: false, optionalCells: true },
  num('baseline', '基期值', 'Base value'),
  { key: 'target_year', header: '目标年份', header_en: 'Target year', type: 'period', required: false, optionalCells: true },
  text('comparator', '比较符', 'Comparator'),
  num('target', '目标值', 'Target value'),
  num('upper', '目标上限', 'Upper end'),
  // 累计: the figure is the period's total ([x]); 年均: the period's yearly average (年均增长 5左右).
  { key: 'cumulative', header: '累计', header_en: 'Cumulative', type: 'enum', values: ['累计', '年均'], required: false, optionalCells: true },
  text('target_text', '目标原文', 'Target wording'),
  text('growth', '年均增长', 'Yearly growth'),
  { key: 'attribute', header: '属性', header_en: 'Attribute', type: 'enum', values: ['预期性', '约束性'], required: false, optionalCells: true },
  text('source', '来源单元格', 'Source cell'),
  text('note', '备注', 'Note'),
];

function planRecords(id: string, document: CatalogDocument) {
  const years = periodYears(document.period);
  const span = years ? `${years[0]}-${years[1]}` : document.period;
  return (row: TypedRow): NormalizedRecord[] => {
    const scope = {
      region: document.region, regionLevel: document.level === 'province' ? 'province' as const : document.level === 'city' ? 'city' as const : 'county' as const,
      indicator: `${id}.${textAt(row, 'code') ?? ''}`, indicatorName: textAt(row, 'name') ?? '', unit: textAt(row, 'unit') ?? '', line: row.line,
    };
    const out: NormalizedRecord[] = [];
    const baseline = numberAt(row, 'baseline');
    if (baseline !== null) out.push({ ...scope, period: textAt(row, 'base_year') ?? '', kind: 'baseline', value: baseline });
    const aggregate = textAt(row, 'cumulative');
    const cumulative = aggregate !== undefined;
    const target = numberAt(row, 'target');
    const wording = textAt(row, 'target_text');
    if (target !== null || wording !== undefined) {
      out.push(compact<NormalizedRecord>({
        ...scope, period: cumulative ? span : textAt(row, 'target_year') ?? (years ? String(years[1]) : ''), kind: 'target', value: target,
        text: wording, comparator: textAt(row, 'comparator'), upper: numberAt(row, 'upper') ?? undefined, attribute: textAt(row, 'attribute'),
        yearlyAverage: aggregate === '年均' ? true : undefined,
      }));
    }
    return out;
  };
}

/** The spec of a catalog table in the generic layout. */
export function planIndicatorSpec(document: CatalogDocument, table: CatalogTable): DatasetSpec {
  return {
    ...catalogSpecHead(document, table),
    columns: PLAN_COLUMNS,
    keys: ['code'],
    totals: [],
    normalize: planRecords(table.dataset, document),
    indicatorColumns: { code: 'code', name: 'name', unit: 'unit', baseline: 'baseline', target: 'target', targetText: 'target_text', comparator: 'comparator', attribute: 'attribute', upper: 'upper', cumulative: 'cumulative' },
    recognizable: false,
  };
}
