/**
 * Were the targets met? Every plan's verdict counts, the 约束性 targets not met by name, every
 * target's verdict in words (what the plan asks, the actual compared, any unit conversion), each
 * indicator's actual series against the plan's path, and per county the completion of its
 * allocated task (ranking and map). All from the one engine (src/data/assess) the wall and
 * `npm run assess` use.
 */
import { useMemo, type ReactElement } from 'react';
import { buildProgressOption } from '../../charts/progress/build-progress-option';
import { buildVerdictOption, verdictChartHeight } from '../../charts/progress/build-verdict-option';
import { EChart } from '../../charts/echart';
import { toProgressModel } from '../../charts/progress/progress-model';
import { dataLabel } from '../../charts/progress/verdict-labels';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { Quoting } from '../../components/original-text';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { useChartSettings } from '../../components/use-chart-settings';
import { summarizePlans, type PlanSummary } from '../../data/assess/summary';
import type { Assessment } from '../../data/assess/types';
import { dataLang, pick, type Lang } from '../../data/lang';
import type { NormalizedRecord } from '../../data/schema';
import { versionLabel } from '../../queries/data-version';
import { useAssessment } from '../../queries/use-assessment';
import { CountyCompletion } from './county-completion';
import { progressText } from './progress-text';
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
  const t = progressText(lang);
  return {
    caption: t.planCaption,
    rowKey: (p) => p.plan,
    rows: plans,
    columns: [
      { rowHeader: true, id: 'plan', header: t.plan, value: (p) => p.plan, data: true },
      { id: 'met', header: t.met, value: (p) => count(p, 'met'), numeric: true },
      {
        id: 'not-met',
        header: t.notMet,
        value: (p) => count(p, 'not-met'),
        numeric: true,
      },
      {
        id: 'trend',
        header: t.inProgress,
        value: (p) => count(p, 'on-track') + count(p, 'moderate') + count(p, 'off-track'),
        numeric: true,
      },
      {
        id: 'no-data',
        header: t.noData,
        value: (p) => count(p, 'no-data'),
        numeric: true,
      },
      {
        id: 'qualitative',
        header: t.qualitative,
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
  const t = progressText(lang);
  if (state.status === 'pending') return <LoadingPanel label={t.loading} />;
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
        <h2 id="progress-title">{t.title}</h2>
        <p className="data-label" data-testid="data-label">
          {label}
        </p>
        <p className="panel-note">
          <Quoting text={t.rules} />
        </p>
        {asOf === null && (
          <p className="panel-state" role="status" data-testid="progress-empty">
            {t.empty(headline.length)}
          </p>
        )}
        {missedBinding.length > 0 && (
          <div className="binding-missed" role="alert" data-testid="binding-missed">
            <strong>{t.bindingMissed(missedBinding.length)}</strong>
            <span lang={dataLang(missedBinding.map((a) => nameOf(a, lang)).join('；'))}>
              {missedBinding.map((a) => nameOf(a, lang)).join('；')}
            </span>
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
        title={t.perPlan}
        table={planTable(plans, lang)}
        sources={sources}
        version={`${label} · ${version}`}
        chart={
          <div className="chart-box" style={{ height: verdictChartHeight(plans.length, settings) }}>
            <EChart option={buildVerdictOption(plans, settings)} label={t.perPlan} testId="verdict-chart" />
          </div>
        }
      />
      <ChartCard
        id="progress-status"
        title={t.everyTarget}
        png={false}
        table={verdictTable(headline, lang, t.everyTarget)}
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
          <span className="status-name" lang={dataLang(nameOf(a, lang))}>
            {nameOf(a, lang)}
          </span>
          <span className="status-text">{verdictText(a, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
