/**
 * The wall's 完成情况 slide (`slides=progress`): the verdict counts over every plan in large type,
 * the 约束性 targets not met by name, and the per-plan verdict bars — with what the data is
 * ("规划目标（2021—2025）· 实际值截至 2024 年"), not the plans' issue dates.
 */
import { buildVerdictOption } from '../../charts/build-verdict-option';
import { dataLabel, verdictLabel } from '../../charts/verdict-labels';
import { assessTargets } from '../../data/assess/assess';
import { countVerdicts, summarizePlans } from '../../data/assess/summary';
import { assessInputsOf } from '../../data/assess/tables';
import type { Verdict } from '../../data/assess/types';
import { indicatorLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { DATASETS } from '../../data/registry';
import type { DatasetId } from '../../data/schema';
import { forWall, freshnessText, sourceOf, type BigNumber, type NumberGroup, type SlideModel, type WallData } from './slide-model';
import type { SlideContext } from './slide-builders';

export const PROGRESS_DATASETS: readonly DatasetId[] = DATASETS.map((d) => d.id);

function count(verdict: Verdict, value: number, lang: Lang): BigNumber {
  const { symbol, text } = verdictLabel(verdict, lang);
  return { label: text, comparator: symbol, value: String(value), unit: pick(lang, '项', '') };
}

export function progressSlide(data: WallData, { settings }: SlideContext, currentYear = new Date().getFullYear()): SlideModel | null {
  if (PROGRESS_DATASETS.some((id) => !data.has(id))) return null;
  const { lang } = settings;
  const loaded = DATASETS.flatMap((spec) => { const d = data.get(spec.id); return d ? [{ spec, records: d.records, wall: d }] : []; });
  const inputs = assessInputsOf(loaded);
  const report = assessTargets(inputs.tables, inputs.actuals, { currentYear });
  const headline = report.assessments.filter((a) => !a.regionKeyed);
  const counts = countVerdicts(headline);
  const running = counts['on-track'] + counts.moderate + counts['off-track'];
  const numbers = [count('met', counts.met, lang), count('not-met', counts['not-met'], lang),
    ...(running > 0 ? [{ ...count('on-track', running, lang), label: pick(lang, '进行中', 'In progress') }] : []), count('no-data', counts['no-data'], lang)];
  const missed = headline.filter((a) => a.bindingMissed);
  const binding: NumberGroup = {
    title: pick(lang, '未实现的约束性目标', 'Binding targets not met'),
    numbers: missed.length === 0
      ? [{ label: pick(lang, '未实现', 'Missed'), value: '0', unit: pick(lang, '项', '') }]
      : missed.slice(0, 3).map((a) => ({ label: indicatorLabel(lang, a.indicator, a.name), comparator: '✘', value: a.actual === null ? '—' : String(a.actual), unit: a.unit, detail: pick(lang, `目标 ${a.comparator ?? ''}${a.target ?? ''}${a.unit}`, `target ${a.comparator ?? ''}${a.target ?? ''} ${a.unit}`) })),
  };
  const label = dataLabel(report.assessments, report.asOf, lang);
  const wall = loaded.map((l) => l.wall).filter((d) => d.records.length > 0);
  return {
    id: 'progress',
    title: pick(lang, '目标完成情况', 'Were the targets met?'),
    groups: [{ numbers }, binding],
    chart: { kind: 'option', option: forWall(buildVerdictOption(summarizePlans(report.assessments), settings)), label: pick(lang, '各规划完成情况', 'Verdicts per plan') },
    note: pick(lang, `${label}；定性目标 ${counts.qualitative} 项另列`, `${label}; ${counts.qualitative} qualitative targets listed apart`),
    source: sourceOf(wall.filter((d) => d.spec.source.docNo !== ''), lang),
    freshness: [label, freshnessText(wall.filter((d) => d.version.kind === 'imported'), lang)].filter((s) => s !== '').join(' / '),
  };
}
