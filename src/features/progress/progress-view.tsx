/**
 * Were the targets met? Every plan's verdict counts, the 约束性 targets not met by name, every
 * target's verdict in words (what the plan asks, the actual compared, any unit conversion), each
 * indicator's actual series against the plan's path, and per county the completion of its
 * allocated task (ranking and map). All from the one engine (src/data/assess) the wall and
 * `npm run assess` use.
 */
import { useMemo, type ReactElement } from 'react';
import { buildProgressOption } from '../../charts/build-progress-option';
import { buildVerdictOption, verdictChartHeight } from '../../charts/build-verdict-option';
import { EChart } from '../../charts/echart';
import { toProgressModel } from '../../charts/progress-model';
import { dataLabel } from '../../charts/verdict-labels';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { summarizePlans, type PlanSummary } from '../../data/assess/summary';
import type { Assessment } from '../../data/assess/types';
import { pick, type Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { versionLabel } from '../../queries/data-version';
import { useAssessment } from '../../queries/use-assessment';
import { CountyCompletion } from './county-completion';
import { nameOf, verdictTable, verdictText } from './verdict-table';

/** The target and its actuals (in the target's unit) as records, for the series-vs-path chart. */
function seriesRecords(a: Assessment): NormalizedRecord[] {
  const common = {
    region: a.region,
    regionLevel: 'province' as const,
    indicator: a.indicator,
    indicatorName: a.name,
    unit: a.unit,
    line: 0,
  };
  const target: NormalizedRecord = {
    ...common,
    period: a.period,
    kind: 'target',
    value: a.target,
    ...(a.comparator ? { comparator: a.comparator } : {}),
    ...(a.rule?.upper === undefined ? {} : { upper: a.rule.upper }),
  };
  const baseline: NormalizedRecord[] = a.baseline
    ? [{ ...common, period: String(a.baseline.year), kind: 'baseline', value: a.baseline.value }]
    : [];
  return [
    target,
    ...baseline,
    ...a.series.map((p): NormalizedRecord => ({
      ...common,
      period: String(p.year),
      kind: 'actual',
      value: p.value,
    })),
  ];
}

/** A chart of yearly values against a path says something only for a single-year level target. */
function charted(a: Assessment): boolean {
  return (
    !a.regionKeyed &&
    a.series.length > 0 &&
    a.target !== null &&
    !a.period.includes('-') &&
    a.zone === undefined
  );
}

function planTable(plans: readonly PlanSummary[], lang: Lang): TableSpec<PlanSummary> {
  const count = (p: PlanSummary, key: keyof PlanSummary['counts']): number => p.counts[key];
  return {
    caption: pick(lang, '各规划目标完成情况（项）', 'Targets per plan by verdict'),
    rowKey: (p) => p.plan,
    rows: plans,
    columns: [
      { rowHeader: true, id: 'plan', header: pick(lang, '规划', 'Plan'), value: (p) => p.plan },
      { id: 'met', header: pick(lang, '✔ 已实现', '✔ Met'), value: (p) => count(p, 'met'), numeric: true },
      {
        id: 'not-met',
        header: pick(lang, '✘ 未实现', '✘ Not met'),
        value: (p) => count(p, 'not-met'),
        numeric: true,
      },
      {
        id: 'trend',
        header: pick(lang, '进行中（▲△▼）', 'In progress'),
        value: (p) => count(p, 'on-track') + count(p, 'moderate') + count(p, 'off-track'),
        numeric: true,
      },
      {
        id: 'no-data',
        header: pick(lang, '… 无数据', '… No data'),
        value: (p) => count(p, 'no-data'),
        numeric: true,
      },
      {
        id: 'qualitative',
        header: pick(lang, '◇ 定性', '◇ Qualitative'),
        value: (p) => count(p, 'qualitative'),
        numeric: true,
      },
    ],
  };
}

export function ProgressView(): ReactElement {
  const state = useAssessment();
  const settings = useChartSettings();
  const lang = settings.lang;
  const report = state.status === 'success' ? state.report : null;
  const plans = useMemo(() => (report ? summarizePlans(report.assessments) : []), [report]);
  if (state.status === 'pending') return <LoadingPanel label={pick(lang, '完成情况', 'completion')} />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const { assessments, asOf, issues } = state.report;
  const label = dataLabel(assessments, asOf, lang);
  // The actuals table cites no gazette; its version label says which import it is.
  const sources = state.datasets
    .filter((d) => d.spec.source.docNo !== '' || d.rows.length > 0)
    .map((d) => d.spec.source);
  const version = versionLabel(state.datasets, lang);
  const headline = assessments.filter((a) => !a.regionKeyed);
  const missedBinding = headline.filter((a) => a.bindingMissed);
  const tasks = [
    ...new Set(
      assessments
        .filter((a) => a.regionKeyed && a.region !== null && a.completion !== null)
        .map((a) => a.indicator + a.period),
    ),
  ].map((key) =>
    assessments.filter((a) => a.regionKeyed && a.region !== null && a.indicator + a.period === key),
  );
  return (
    <div className="view">
      <section className="panel" aria-labelledby="progress-title">
        <h2 id="progress-title">{pick(lang, '目标完成情况', 'Were the targets met?')}</h2>
        <p className="data-label" data-testid="data-label">
          {label}
        </p>
        <p className="panel-note">
          {pick(
            lang,
            '按规划原文判断：以上/不少于/达到为“≥”，超过为“>”，低于为“<”，以内为“≤”，为 0 须等于 0，左右按规划所定或末位有效数字的半个单位；累计目标比较各年之和；分县任务按分解任务的完成率。期末之前按 Open SDG 方法判断进度（▲ 正常、△ 需加快、▼ 滞后）。单位不同时只按确切换算关系换算。',
            "Judged by the plan's wording: 以上/不少于/达到 ≥, 超过 >, 低于 <, 以内 ≤, 为 0 exactly, 左右 within the stated tolerance or half the last printed digit; cumulative targets against the sum of the years; county tasks as % of the allocation. Before a period ends, Open SDG's trend (▲ on track, △ needs acceleration, ▼ off track). Units are converted only by exact factors.",
          )}
        </p>
        {asOf === null && (
          <p className="panel-state" role="status" data-testid="progress-empty">
            {pick(
              lang,
              `当前数据中还没有实际值（共 ${headline.length} 项目标）。导入统计部门报送的实际值文件（宽表“指标名称 | 单位 | 2021年 …”、长表或分县表均可）后，这里将逐项判断是否实现。`,
              `No actual values yet (${headline.length} targets). Import the statistics office's file (wide, long or per-county layout) to see each target's verdict here.`,
            )}
          </p>
        )}
        {missedBinding.length > 0 && (
          <div className="binding-missed" role="alert" data-testid="binding-missed">
            <strong>
              {pick(
                lang,
                `未实现的约束性目标 ${missedBinding.length} 项：`,
                `Binding targets not met (${missedBinding.length}): `,
              )}
            </strong>
            {missedBinding.map((a) => nameOf(a, lang)).join('；')}
          </div>
        )}
        {issues.length > 0 && (
          <ul className="assess-issues" data-testid="assess-issues">
            {issues.slice(0, 20).map((i) => (
              <li key={`${i.kind}${i.line}${i.indicator}`}>{pick(lang, i.message_zh, i.message_en)}</li>
            ))}
          </ul>
        )}
        <SourceLine sources={sources} version={`${label} · ${version}`} lang={lang} />
      </section>
      <ChartCard
        id="progress-plans"
        title={pick(lang, '各规划完成情况', 'Verdicts per plan')}
        table={planTable(plans, lang)}
        sources={sources}
        version={`${label} · ${version}`}
        chart={
          <div className="chart-box" style={{ height: verdictChartHeight(plans.length, settings) }}>
            <EChart
              option={buildVerdictOption(plans, settings)}
              label={pick(lang, '各规划完成情况', 'Verdicts per plan')}
              testId="verdict-chart"
            />
          </div>
        }
      />
      <ChartCard
        id="progress-status"
        title={pick(lang, '逐项完成情况', 'Every target')}
        png={false}
        table={verdictTable(headline, lang, pick(lang, '逐项完成情况', 'Every target'))}
        sources={sources}
        version={`${label} · ${version}`}
        chart={<StatusList assessments={headline} lang={lang} />}
      />
      {headline.filter(charted).map((a) => {
        const model = toProgressModel(seriesRecords(a), a.indicator, lang, { region: a.region });
        return (
          <ChartCard
            key={`${a.indicator}${a.region ?? ''}`}
            id={`progress-${a.indicator.replace(/[^a-z0-9-]/gi, '-')}`}
            title={`${nameOf(a, lang)} · ${verdictText(a, lang)}`}
            table={verdictTable([a], lang, nameOf(a, lang))}
            sources={sources}
            version={`${label} · ${version}`}
            chart={
              <div className="chart-box">
                <EChart
                  option={buildProgressOption(model, settings)}
                  label={nameOf(a, lang)}
                  testId="progress-chart"
                />
              </div>
            }
          />
        );
      })}
      {tasks.map((group) => (
        <CountyCompletion
          key={`${group[0]?.indicator ?? ''}${group[0]?.period ?? ''}`}
          assessments={group}
          sources={sources}
          version={`${label} · ${version}`}
        />
      ))}
    </div>
  );
}

function StatusList({
  assessments,
  lang,
}: {
  readonly assessments: readonly Assessment[];
  readonly lang: Lang;
}): ReactElement {
  // 约束性 not met first, then not met, then the rest in plan order.
  const rank = (a: Assessment): number => (a.bindingMissed ? 0 : a.status === 'not-met' ? 1 : 2);
  const ordered = [...assessments].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="status-list" data-testid="progress-status-list">
      {ordered.map((a) => (
        <li
          key={`${a.indicator}|${a.region ?? ''}|${a.zone ?? ''}`}
          className={`status status--${a.status}${a.bindingMissed ? ' status--binding' : ''}`}
        >
          <span className="status-name">{nameOf(a, lang)}</span>
          <span className="status-text">{verdictText(a, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
