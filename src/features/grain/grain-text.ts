/** Interface text of the grain and livestock view, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  caption: '2022年粮食和畜牧目标',
  indicator: '指标',
  comparator: '比较',
  goal: '目标值',
  unit: '单位',
  year: '年份',
  loading: '粮食和畜牧目标',
  title: '粮食和畜牧：2022年目标',
  note: '五项目标单位各不相同，逐项列出，不放在同一坐标轴上比较。',
};

const en: typeof zh = {
  caption: 'Grain and livestock goals for 2022',
  indicator: 'Indicator',
  comparator: 'Comparator',
  goal: 'Goal',
  unit: 'Unit',
  year: 'Year',
  loading: 'grain and livestock goals',
  title: 'Grain and livestock: 2022 goals',
  note: 'The five goals have five different units, so they are listed, not charted on one axis.',
};

export function grainText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
