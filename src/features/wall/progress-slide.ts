/**
 * The wall's 完成情况 slide (`slides=progress`): the verdict counts over every plan in large type,
 * the 约束性 targets not met by name, and the per-plan verdict bars — with what the data is
 * ("规划目标（2021—2025）· 实际值截至 2024 年"), not the plans' issue dates. Laid out 'stacked'
 * (counts in a row, the chart across the stage under them): five plan names need the width.
 */
import { buildVerdictOption } from '../../charts/progress/build-verdict-option';
import { decimalsOf, formatFixed } from '../../charts/format-indicator';
import type { ChartSettings } from '../../charts/theme';
import { dataLabel, verdictLabel } from '../../charts/progress/verdict-labels';
import { sourcesText } from '../../components/source-line';
import { assessTargets } from '../../data/assess/assess';
import { countVerdicts, summarizePlans } from '../../data/assess/summary';
import { assessInputsOf } from '../../data/assess/tables';
import type { Assessment, Verdict } from '../../data/assess/types';
import { BINDING_ATTRIBUTE, indicatorLabel, unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { DATASETS } from '../../data/registry';
import type { DatasetId } from '../../data/schema';
import {
  forWall,
  freshnessText,
  type BigNumber,
  type NumberGroup,
  type SlideModel,
  type WallData,
  type WallDataset,
} from './slide-model';
import type { SlideContext } from './slide-parts';
import { wallText } from './wall-text';

export const PROGRESS_DATASETS: readonly DatasetId[] = DATASETS.map((d) => d.id);

/** Binding targets named on the slide; the rest are counted ("等 5 项"). */
const NAMED_MISSES = 3;

function count(verdict: Verdict, value: number, lang: Lang): BigNumber {
  const { symbol, text } = verdictLabel(verdict, lang);
  return { label: text, comparator: symbol, value: String(value), unit: wallText(lang).items };
}

function figure(value: number | null, unit: string, lang: Lang): string {
  return value === null ? '—' : `${formatFixed(value, decimalsOf(value))}${unitLabel(lang, unit)}`;
}

function missedLine(a: Assessment, lang: Lang): string {
  const target = `${a.comparator ?? ''}${figure(a.target, a.unit, lang)}`;
  return wallText(lang).missedLine(
    indicatorLabel(lang, a.indicator, a.name),
    figure(a.actual, a.unit, lang),
    target,
  );
}

function bindingGroup(headline: readonly Assessment[], lang: Lang): NumberGroup {
  const missed = headline.filter((a) => a.bindingMissed);
  const total = headline.filter((a) => a.attribute === BINDING_ATTRIBUTE).length;
  const more = missed.length - NAMED_MISSES;
  const text = wallText(lang);
  return {
    title: text.bindingNotMet,
    numbers: [
      {
        label: text.notMet,
        comparator: '✘',
        value: String(missed.length),
        unit: text.items,
      },
    ],
    lines:
      missed.length === 0
        ? [text.noneMissed(total)]
        : [
            ...missed.slice(0, NAMED_MISSES).map((a) => missedLine(a, lang)),
            ...(more > 0 ? [text.andMore({ all: missed.length, more })] : []),
          ],
  };
}

/** Larger chart type than the other slides': the stacked layout gives the chart the stage's width. */
function chartSettings(settings: ChartSettings): ChartSettings {
  return { ...settings, type: { ...settings.type, label: 32, axis: 28 } };
}

/**
 * Each document by title and 文号 only: five plans' dates, tables and sections took five lines of
 * the stage, and the 文号 identifies the document (the views cite the sections).
 */
function documentsOf(datasets: readonly WallDataset[], lang: Lang): string {
  const cited = datasets
    .filter((d) => d.spec.source.docNo !== '')
    .map((d) => ({ ...d.spec.source, section: '', date: '' }));
  return `${wallText(lang).sourcePrefix}${sourcesText(cited)}`;
}

export function progressSlide(
  data: WallData,
  { settings }: SlideContext,
  currentYear = new Date().getFullYear(),
): SlideModel | null {
  if (PROGRESS_DATASETS.some((id) => !data.has(id))) return null;
  const { lang } = settings;
  const loaded = DATASETS.flatMap((spec) => {
    const d = data.get(spec.id);
    return d ? [{ spec, records: d.records, wall: d }] : [];
  });
  const inputs = assessInputsOf(loaded);
  const report = assessTargets(inputs.tables, inputs.actuals, { currentYear });
  const headline = report.assessments.filter((a) => !a.regionKeyed);
  const counts = countVerdicts(headline);
  const running = counts['on-track'] + counts.moderate + counts['off-track'];
  const numbers = [
    count('met', counts.met, lang),
    count('not-met', counts['not-met'], lang),
    ...(running > 0 ? [{ ...count('on-track', running, lang), label: wallText(lang).inProgress }] : []),
    count('no-data', counts['no-data'], lang),
  ];
  const label = dataLabel(report.assessments, report.asOf, lang);
  const wall = loaded.map((l) => l.wall).filter((d) => d.records.length > 0);
  const text = wallText(lang);
  return {
    id: 'progress',
    title: text.verdictTitle,
    layout: 'stacked',
    groups: [{ numbers }, bindingGroup(headline, lang)],
    chart: {
      kind: 'option',
      option: forWall(buildVerdictOption(summarizePlans(report.assessments), chartSettings(settings))),
      label: text.verdictsPerPlan,
    },
    note: text.progressNote(counts.qualitative),
    source: documentsOf(wall, lang),
    freshness: [
      label,
      freshnessText(
        wall.filter((d) => d.version.kind === 'imported'),
        lang,
      ),
    ]
      .filter((s) => s !== '')
      .join(' / '),
  };
}
