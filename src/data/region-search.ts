/**
 * Search-as-you-type for place names: Chinese substrings (宾 → 宾县), pinyin prefixes (bin →
 * 宾县) and pinyin initials (bx → 宾县, wdlc → 五大连池市). Initials come from splitting the
 * registry's pinyin into syllables, so new regions need no second table.
 */
import type { Region } from './regions';
import { compactText } from './text';

// Finals ending in n/ng may not steal the next syllable's initial: huanan = hua·nan, not huan·an.
const SYLLABLE = /(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|(?:ang|eng|ing|ong)(?![aeiouv])|iao|uai|(?:ian|uan|van|an|en|in|un)(?![aeiouv])|ai|ei|ao|ou|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)/g;

export function pinyinInitials(pinyin: string): string {
  return pinyin.toLowerCase().split(/[^a-z]+/).flatMap((word) => [...word.matchAll(SYLLABLE)].map((m) => m[0][0] ?? '')).join('');
}

function searchKey(text: string): string {
  return compactText(text).toLowerCase().replace(/['’]/g, '');
}

/** 0 = best. Chinese prefix, then pinyin prefix, then initials prefix, then any substring. */
function matchScore(query: string, region: Region): number | null {
  const name = region.name;
  const pinyin = searchKey(region.en);
  if (name.startsWith(query)) return 0;
  if (pinyin.startsWith(query)) return 1;
  if (pinyinInitials(region.en).startsWith(query)) return 2;
  if (name.includes(query) || pinyin.includes(query)) return 3;
  return null;
}

export function searchRegions(raw: string, regions: readonly Region[], limit = 10): Region[] {
  const query = searchKey(raw);
  if (query === '') return [];
  return regions
    .map((region, order) => ({ region, order, score: matchScore(query, region) }))
    .filter((m): m is { region: Region; order: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((m) => m.region);
}
