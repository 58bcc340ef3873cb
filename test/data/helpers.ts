/**
 * Shared by the data tests: where the repository, its data/ and the fixtures are, and small
 * readers. Expectations are computed from these inputs in each test, never copied from output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IssueCode, ValidationIssue } from '../../src/data/issues';
import { loadCsvBytes, type LoadOptions, type LoadResult } from '../../src/data/pipeline';
import { datasetSpec } from '../../src/data/registry';
import type { DatasetId } from '../../src/data/schema';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA_DIR = join(REPO_ROOT, 'data');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
/** CI checks the repository out with shared/ beside it. */
export const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

export function dataText(file: string): string {
  return readFileSync(join(DATA_DIR, file), 'utf8');
}

export function seedText(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

export function loadFixture(name: string, options: LoadOptions = {}): LoadResult {
  return loadCsvBytes(fixtureBytes(name), options);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function issuesOf(issues: readonly ValidationIssue[], code: IssueCode): ValidationIssue[] {
  return issues.filter((i) => i.code === code);
}

/** `line:column code`, the part of an issue a test pins down exactly. */
export function where(issue: ValidationIssue): string {
  return `${issue.line}:${issue.column} ${issue.code}`;
}

const HAN = /[\u4e00-\u9fff]/;

/** Every issue speaks Chinese to staff and English to everyone else. */
export function hasMessages(issue: ValidationIssue): boolean {
  return HAN.test(issue.message_zh) && /[a-z]{3}/i.test(issue.message_en);
}

/** Physical lines of a text, 1-based: `lines(text)[n - 1]` is line n. */
export function lines(text: string): string[] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Cells of one simple CSV line (no quotes): enough for the hand-made fixtures. */
export function cellsOf(line: string, delimiter = ','): string[] {
  return line.split(delimiter);
}

/**
 * A grain-livestock table of `rows` rows whose 原文 cells span two lines every tenth row, with an
 * unclosed quote opening row `brokenRow` (1-based data row). Returns the physical line of that
 * row, counted from the text itself.
 */
export function tableWithBrokenQuote(rows: number, brokenRow: number): { text: string; line: number } {
  const parts = ['指标代码,指标名称,年份,比较符,目标值,单位,原文\n'];
  let brokenAt = -1;
  for (let n = 1; n <= rows; n += 1) {
    const wording = n % 10 === 0 ? `"第${n}项原文，\n跨两行"` : `第${n}项原文`;
    if (n === brokenRow) brokenAt = parts.join('').length;
    const name = n === brokenRow ? `"指标${n}` : `指标${n}`;
    parts.push(`c${n},${name},2022,以上,${n},万亩,${wording}\n`);
  }
  const text = parts.join('');
  return { text, line: text.slice(0, brokenAt).split('\n').length };
}

/** An embedded dataset from data/, through the same pipeline the app uses. */
export function loadEmbedded(id: DatasetId): LoadResult {
  return loadCsvBytes(new Uint8Array(readFileSync(join(DATA_DIR, datasetSpec(id).file))), { datasetId: id });
}
