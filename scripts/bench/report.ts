/**
 * The bench's output: a plain-text table for the terminal and review, and reports/bench.json for
 * machines. When a previous reports/bench.json exists, each row also shows the change from it, so
 * a change that makes something slower or bigger stands out.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBenchResult, type BenchResult } from './result';

export interface BenchReport {
  readonly date: string;
  readonly commit: string;
  readonly machine: { readonly node: string; readonly chromium: string; readonly cpus: number };
  readonly results: readonly BenchResult[];
}

/** The rows of the last report (none when there is none). */
export function readPreviousResults(file: string): BenchResult[] {
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const results: unknown =
    typeof parsed === 'object' && parsed !== null && 'results' in parsed ? parsed.results : [];
  return Array.isArray(results) ? results.filter(isBenchResult) : [];
}

export function readPrevious(file: string): Map<string, number> {
  return new Map(
    readPreviousResults(file).flatMap((r) => (r.value === null ? [] : [[r.name, r.value] as const])),
  );
}

function change(value: number | null, previous: number | undefined): string {
  if (value === null || previous === undefined || previous === 0) return '';
  const percent = ((value - previous) / previous) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%`;
}

function status(result: BenchResult): string {
  if (result.pass === undefined) return '';
  return result.pass ? 'ok' : 'MISSED';
}

function cells(result: BenchResult, previous: Map<string, number>): string[] {
  return [
    result.name,
    result.value === null ? '—' : String(result.value),
    result.unit,
    result.goal ?? '',
    status(result),
    result.runs === undefined ? '' : String(result.runs),
    change(result.value, previous.get(result.name)),
    result.note ?? '',
  ];
}

export function formatTable(results: readonly BenchResult[], previous: Map<string, number>): string {
  const header = ['figure', 'value', 'unit', 'goal', 'met', 'runs', 'vs last', 'what'];
  const rows = [header, ...results.map((r) => cells(r, previous))];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
