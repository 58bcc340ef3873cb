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

/**
 * The language of a data value as shown: 'zh' when it has Chinese characters (a name an import
 * brought with no translation, a plan's own wording), so the page can mark it with lang="zh".
 * For data values only — interface text is English in the English catalogues.
 */
export function dataLang(text: string): 'zh' | undefined {
  return /[\u4e00-\u9fff]/.test(text) ? 'zh' : undefined;
}
