/** Interface text of the overview and its verdict summary, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  baseline: (year: number, value: string): string => `${year}年基期 ${value}`,
  yearly: (rate: string): string => `年均 ${rate}`,
  needs: (parts: readonly string[]): string => `需${parts.join('，')}`,
  stretch: (value: string): string => `力争 ${value}`,
  counts: (quantitative: number, qualitative: number): string =>
    `数值目标 ${quantitative} 项 · 定性目标 ${qualitative} 项`,
  details: '查看详情 →',
  countyTasks: (met: number, notMet: number): string => `分县任务：✔ ${met} · ✘ ${notMet}`,
  verdictTitle: '目标完成情况',
  everyTarget: '逐项查看 →',
  bindingMissed: '未实现的约束性目标：',
};

const en: typeof zh = {
  baseline: (year, value) => `${year} baseline ${value}`,
  yearly: (rate) => `${rate} a year`,
  needs: (parts) => `needs ${parts.join('，')}`,
  stretch: (value) => `stretch ${value}`,
  counts: (quantitative, qualitative) => `${quantitative} numeric · ${qualitative} qualitative targets`,
  details: 'Details →',
  countyTasks: (met, notMet) => `county tasks: ✔ ${met} · ✘ ${notMet}`,
  verdictTitle: 'Were the targets met?',
  everyTarget: 'Every target →',
  bindingMissed: 'Binding targets not met: ',
};

export function overviewText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
