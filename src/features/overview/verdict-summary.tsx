/**
 * The overview's answer to "did we make it?": per plan, how many targets were met, not met, are
 * still running, or have no data — in words and symbols — with what the data is (plan period,
 * actuals up to which year) and the 约束性 targets not met by name.
 */
import { useMemo, type ReactElement } from 'react';
import { shortPlanName } from '../../charts/progress/build-verdict-option';
import { dataLabel, verdictLabel } from '../../charts/progress/verdict-labels';
import { summarizePlans, type PlanSummary } from '../../data/assess/summary';
import type { Verdict } from '../../data/assess/types';
import { indicatorLabel } from '../../data/glossary';
import { dataLang, type Lang } from '../../data/lang';
import { useAssessment } from '../../queries/use-assessment';
import { navigateTo } from '../../view-state/use-view-state';
import { overviewText } from './overview-text';

const SHOWN: readonly Verdict[] = [
  'met',
  'not-met',
  'on-track',
  'moderate',
  'off-track',
  'no-data',
  'qualitative',
];

function PlanLine({ plan, lang }: { readonly plan: PlanSummary; readonly lang: Lang }): ReactElement {
  const parts = SHOWN.filter((v) => plan.counts[v] > 0).map((v) => {
    const { symbol, text } = verdictLabel(v, lang);
    return (
      <span key={v} className={`verdict-count verdict-count--${v}`} data-verdict={v}>
        {symbol} {text} {plan.counts[v]}
      </span>
    );
  });
  const regions =
    plan.regions && plan.regions.met + plan.regions.notMet > 0 ? (
      <span className="verdict-count">
        {overviewText(lang).countyTasks(plan.regions.met, plan.regions.notMet)}
      </span>
    ) : null;
  return (
    <li data-testid="plan-verdicts" data-plan={plan.plan}>
      <strong lang="zh">{shortPlanName(plan.plan)}</strong>
      <span className="verdict-counts">
        {parts}
        {regions}
      </span>
    </li>
  );
}

export function VerdictSummary({ lang }: { readonly lang: Lang }): ReactElement | null {
  const state = useAssessment();
  const report = state.status === 'success' ? state.report : null;
  const plans = useMemo(() => (report ? summarizePlans(report.assessments) : []), [report]);
  if (!report) return null;
  const missed = plans.flatMap((p) => p.bindingMissed);
  const t = overviewText(lang);
  return (
    <section
      className="panel verdict-summary"
      aria-labelledby="verdict-title"
      data-testid="overview-verdicts"
    >
      <div className="panel-head">
        <h2 id="verdict-title">{t.verdictTitle}</h2>
        <a
          href="?view=progress"
          className="card-link"
          onClick={(e) => {
            e.preventDefault();
            navigateTo('?view=progress');
          }}
        >
          {t.everyTarget}
        </a>
      </div>
      <p className="data-label" data-testid="data-label">
        {dataLabel(report.assessments, report.asOf, lang)}
      </p>
      {missed.length > 0 && (
        <p className="binding-missed" role="alert">
          {t.bindingMissed}
          {missed.map((a, i) => {
            const name = indicatorLabel(lang, a.indicator, a.name);
            return (
              <span key={`${a.plan}|${a.indicator}`}>
                {i > 0 && '；'}
                <span lang={dataLang(name)}>{name}</span>
              </span>
            );
          })}
        </p>
      )}
      <ul className="plan-verdicts">
        {plans.map((p) => (
          <PlanLine key={p.plan} plan={p} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
