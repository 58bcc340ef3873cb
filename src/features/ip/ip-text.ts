/** Interface text of the intellectual-property view, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  caption: '知识产权主要指标：2020年基期值与2025年预期值',
  indicator: '指标',
  unit: '单位',
  baseline: '2020年基期值',
  target: '2025年预期值',
  change: '需增加',
  ratio: '需增长（%）',
  annual: '年均需增长（%）',
  note: '说明',
  cityTitle: '双鸭山市知识产权目标',
  loading: '知识产权指标',
  title: '知识产权：2020年基期 → 2025年目标',
  chartNote: '条形长度为2025年预期值较2020年基期值的增幅，按增幅排序；条形旁为两年数值及单位。',
  chartLabel: '知识产权主要指标需增长幅度',
};

const en: typeof zh = {
  caption: 'IP indicators: 2020 baseline and 2025 target',
  indicator: 'Indicator',
  unit: 'Unit',
  baseline: '2020 baseline',
  target: '2025 target',
  change: 'Change',
  ratio: 'Change (%)',
  annual: 'Annual growth needed (%)',
  note: 'Note (original Chinese)',
  cityTitle: 'Shuangyashan city IP goals',
  loading: 'IP indicators',
  title: 'Intellectual property: 2020 baseline → 2025 target',
  chartNote:
    'Bar length is the change from the 2020 baseline to the 2025 target, sorted; each bar is labelled with both figures in its unit.',
  chartLabel: 'Required growth of the IP indicators',
};

export function ipText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
