/**
 * The two interface languages. Data stays in the gazette's Chinese; the English UI translates
 * chrome, units and the embedded indicators' names, and falls back to Chinese for anything an
 * import brings that has no translation.
 */
export type Lang = 'zh' | 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Picks the text for the language: `pick(lang, '合计', 'Total')`. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
