/** Chart titles of the A4 briefing pages, Chinese and English (typed). */
import type { Lang } from '../../data/lang';

const zh = {
  ranking: (metric: string): string => `${metric}：重点县排名`,
  credit: '社会信用体系：2025年数值目标',
  ip: '知识产权：2020年基期 → 2025年目标',
};

const en: typeof zh = {
  ranking: (metric) => `${metric}: key counties ranked`,
  credit: 'Social credit: numeric 2025 targets',
  ip: 'IP: 2020 baseline → 2025 target',
};

export function briefingText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
