/**
 * Plan tables as staff get them, made by the tests: the IP and credit tables exactly as the
 * gazette prints them (cut from the seed text, tab-separated), a 2026–2030 table as WPS exports it
 * (title row, 类别 merged down as blanks, `[ ]` cumulative, `<` cells) in GBK and UTF-16, and a
 * broken one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGbk } from '../../support/gbk';

/** As in ../helpers (not imported: the e2e runner loads this file and cannot import data/*.json). */
const SEEDS_DIR = join(fileURLToPath(new URL('../../..', import.meta.url)), '..', 'shared', 'seeds');

function seedLines(from: string, count: number): string {
  const lines = readFileSync(join(SEEDS_DIR, '001_cb4f4e51ec4cf8e1.txt'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(from));
  if (start < 0) throw new Error(`seed line not found: ${from}`);
  return `${lines.slice(start, start + count).join('\n')}\n`;
}

/** The IP table as printed (title, blank line, header, all 8 rows), with 技术合同成交额 revised from 500 to 600. */
export function ipPrinted(): string {
  const table = seedLines('“十四五”黑龙江省知识产权发展主要指标', 11);
  if (!table.includes('技术合同成交额（亿元）\t267.8\t500')) throw new Error('seed changed');
  return table.replace('技术合同成交额（亿元）\t267.8\t500', '技术合同成交额（亿元）\t267.8\t600');
}

export function creditPrinted(): string {
  return seedLines('专栏：“十四五”时期黑龙江社会信用体系建设主要指标表', 20);
}

export const PLAN_2026 = [
  '黑龙江省“十五五”生态环境保护规划主要指标,,,,',
  '类别,指标,2025年,2030年目标,属性',
  '环境治理,地级及以上城市细颗粒物（PM2.5）浓度（微克/立方米）,24.1,<25,约束性',
  ',地表水达到或好于Ⅲ类水体比例（%）,78.5,≥80,约束性',
  ',化学需氧量排放总量减少（万吨）,—,[2.5],约束性',
  '生态保护,森林覆盖率（%）,47.3,48左右,预期性',
  ',湿地保护率（%）,—,55,预期性',
  '',
].join('\r\n');

export const PLAN_BROKEN = [
  '黑龙江省“十五五”生态环境保护规划主要指标,,,,',
  '类别,指标,2025年,2030年目标,属性',
  '环境治理,森林覆盖率（%）,47.3,五十,约束性',
  ',湿地保护率（%）,—,55,预期性',
  ',森林覆盖率（%）,47.3,48,预期性',
  ',草原综合植被盖度（%）,72,73,指导性',
  '',
].join('\r\n');

export function gbk(text: string): Uint8Array {
  return encodeGbk(text);
}

/** "Unicode text" as Excel/WPS save it: UTF-16 LE with BOM, tab-separated. */
export function utf16(text: string): Uint8Array {
  const units = `\ufeff${text.replace(/,/g, '\t')}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const u = units.charCodeAt(i);
    out[2 * i] = u & 0xff;
    out[2 * i + 1] = u >> 8;
  }
  return out;
}
