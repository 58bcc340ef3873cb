/**
 * A plan's table as printed, in the import dialog: "更新已有规划表" (matched by indicator names)
 * or "新增规划". For a new plan staff complete the document (title, 文号, issuer, date, period —
 * prefilled from the file's title row) and see every indicator read with the cell it came from.
 */
import { useState, type ReactElement } from 'react';
import type { CatalogDocument } from '../../data/catalog/catalog-schema';
import type { ImportPreview } from '../../data/import/import-plan';
import type { Lang } from '../../data/lang';
import type { PlanIndicator } from '../../data/plan/plan-table';
import type { RegionTaskRead } from '../../data/region-tasks/region-table';
import { importPlanText, planText } from '../../i18n/plan-text';
import { regionText } from '../../i18n/region-text';
import { ColumnHeads } from './column-heads';

type DocField = 'title' | 'docNo' | 'issuer' | 'date' | 'period';
const FIELDS: readonly DocField[] = ['title', 'docNo', 'issuer', 'date', 'period'];

function targetOf(ind: PlanIndicator, lang: Lang): { value: string; comparator: string; cell: string } {
  const t = ind.target;
  if (!t) return { value: '—', comparator: '', cell: '' };
  const p = t.parsed;
  const cell = `${t.cell.line}:${t.cell.column}`;
  if (p.kind !== 'figure') return { value: t.cell.raw, comparator: '', cell };
  const range = p.upper !== undefined ? `–${p.upper}` : '';
  return {
    // [x] a five-year total; 年均 x a yearly average read from the 年均增长 column.
    value: `${ind.yearlyAverage ? `${planText(lang).yearlyAverage} ` : ''}${p.cumulative ? '[' : ''}${p.value}${range}${p.cumulative ? ']' : ''}`,
    comparator: p.comparator ?? '',
    cell,
  };
}

function IndicatorsRead({
  indicators,
  lang,
}: {
  readonly indicators: readonly PlanIndicator[];
  readonly lang: Lang;
}): ReactElement {
  const t = importPlanText(lang);
  return (
    <table className="data-table" data-testid="plan-indicators-read">
      <caption>{t.readCaption(indicators.length)}</caption>
      <ColumnHeads names={t.columns} />
      <tbody>
        {indicators.map((ind) => {
          const target = targetOf(ind, lang);
          return (
            <tr key={ind.line}>
              <th scope="row" lang="zh">
                {ind.name}
              </th>
              <td>{ind.unit ?? ''}</td>
              <td>{ind.base ? `${ind.base.value}（${ind.base.cell.line}:${ind.base.cell.column}）` : '—'}</td>
              <td>
                {target.value}
                {target.cell ? `（${target.cell}）` : ''}
              </td>
              <td>{target.comparator}</td>
              <td>{ind.attribute ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A region task table's figures as read, each with its cell (region names are the canonical ones). */
function TasksRead({
  tasks,
  lang,
}: {
  readonly tasks: readonly RegionTaskRead[];
  readonly lang: Lang;
}): ReactElement {
  const t = regionText(lang);
  const regions = new Set(tasks.map((task) => task.region)).size;
  return (
    <table className="data-table" data-testid="region-tasks-read">
      <caption>{t.readCaption(regions, tasks.length)}</caption>
      <ColumnHeads names={t.columns} />
      <tbody>
        {tasks.map((task) => (
          <tr key={`${task.cell.line}:${task.cell.column}`}>
            <th scope="row">{task.region}</th>
            <td>{task.metric}</td>
            <td>{task.unit ?? ''}</td>
            <td>{`${task.value}（${task.cell.line}:${task.cell.column}）`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlanPanel({
  preview,
  lang,
  onChoose,
  onDocument,
}: {
  readonly preview: ImportPreview;
  readonly lang: Lang;
  readonly onChoose: (newPlan: boolean) => void;
  readonly onDocument: (document: CatalogDocument) => void;
}): ReactElement | null {
  const plan = preview.plan;
  const draft = plan?.document ?? null;
  const [doc, setDoc] = useState<CatalogDocument | null>(draft);
  if (!plan) return null;
  const t = importPlanText(lang);
  const r = regionText(lang);
  const tasks = plan.tasks;
  const edit = (field: DocField, value: string): void => {
    if (!doc) return;
    const next = {
      ...doc,
      [field]: value,
      ...(field === 'title' ? { domain_zh: value, domain_en: value } : {}),
    };
    setDoc(next);
    onDocument(next);
  };
  return (
    <div className="plan-panel" data-testid="plan-panel">
      <fieldset className="chip-group">
        <legend>{tasks ? r.choice : t.choice}</legend>
        <label className="field--check">
          <input
            type="radio"
            name="plan-kind"
            checked={plan.kind === 'update'}
            onChange={() => {
              onChoose(false);
            }}
            data-testid="plan-update"
          />
          {/* A new plan's drafted table is not one that exists: the update names only a real one. */}
          {(tasks ? r.update : t.update)(plan.kind === 'update' ? (preview.dataset?.title_zh ?? '') : '')}
        </label>
        <label className="field--check">
          <input
            type="radio"
            name="plan-kind"
            checked={plan.kind === 'new'}
            onChange={() => {
              onChoose(true);
            }}
            data-testid="plan-new"
          />
          {t.addNew}
        </label>
      </fieldset>
      {plan.kind === 'new' && doc && (
        <div className="plan-fields">
          {FIELDS.map((field) => (
            <label key={field} className="field">
              {t.fields[field]}
              <input
                value={doc[field]}
                onChange={(e) => {
                  edit(field, e.target.value);
                }}
                data-testid={`plan-field-${field}`}
              />
            </label>
          ))}
        </div>
      )}
      {tasks ? (
        <TasksRead tasks={tasks} lang={lang} />
      ) : (
        <IndicatorsRead indicators={plan.indicators} lang={lang} />
      )}
    </div>
  );
}
