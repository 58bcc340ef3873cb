import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/data/import/import-plan';
import { errorsOf, warningsOf } from '../../../src/data/issues';
import { loadCsvBytes, loadCsvText, type LoadOptions } from '../../../src/data/pipeline';
import { datasetSpec } from '../../../src/data/registry';
import type { DatasetSpec } from '../../../src/data/schema';
import { dataText, loadEmbedded } from '../helpers';
import { creditPrinted, gbk, ipPrinted, PLAN_2026, PLAN_BROKEN, utf16 } from './plan-fixtures';

/** What the app shows now: the embedded tables. */
const context: LoadOptions = { plan: { current: (spec: DatasetSpec) => loadEmbedded(spec.id).rows } };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the IP table as the gazette prints it', () => {
  it('updates ip-indicators by names; only 技术合同成交额 changes, to 600', () => {
    const result = loadCsvText(ipPrinted(), 'utf-8', context);
    expect(result.dataset?.id).toBe('ip-indicators');
    expect(result.plan?.kind).toBe('update');
    expect(errorsOf(result.issues)).toEqual([]);
    const target = result.records.find((r) => r.indicator === 'ip-indicators.tech_contract_value' && r.kind === 'target');
    expect(target?.value).toBe(600);
    expect(target?.line).toBe(8);
    expect(result.records.filter((r) => r.kind === 'target')).toHaveLength(8);
  });

  it('the import preview shows exactly which indicator changed, notes kept', () => {
    const plan = planImport({ bytes: utf8(ipPrinted()), fileName: '知识产权主要指标.txt', current: (id) => (id === 'ip-indicators' ? dataText('ip-indicators.csv') : null) });
    expect(plan.dataset?.id).toBe('ip-indicators');
    expect(plan.errors).toEqual([]);
    expect(plan.diff?.changed.map((c) => [c.row, c.column, c.before, c.after, c.line])).toEqual([['tech_contract_value', 'target', 500, 600, 8]]);
    expect(plan.diff?.added).toEqual([]);
    expect(plan.diff?.removed).toEqual([]);
    expect(plan.next?.text).toContain('与规划背景文字“2020 年全省技术市场合同交易额达到 267.8 亿元”一致。');
  });

  it('a unit that differs from the table’s is an error at the name cell, nothing read', () => {
    const result = loadCsvText(ipPrinted().replace('技术合同成交额（亿元）', '技术合同成交额（万元）'), 'utf-8', context);
    const error = errorsOf(result.issues)[0];
    expect(error).toMatchObject({ line: 8, column: 1, code: 'constraint-error' });
    expect(result.records).toEqual([]);
  });
  it('a file naming only some indicators gives records for those lines only, each at its printed line', () => {
    // Rows the file does not name keep their line in data/; they must not pass for printed lines.
    const text = '指标名称,2020年 基期值,2025年 预期值\n著作权登记数量（件）,2038,3000\n技术合同成交额（亿元）,267.8,600\n';
    const result = loadCsvText(text, 'utf-8', context);
    expect(result.plan?.named).toEqual([2, 3]);
    const targets = result.records.filter((r) => r.kind === 'target').map((r) => [r.indicator, r.line, r.value]);
    expect(targets).toEqual([
      ['ip-indicators.copyright_registrations', 2, 3000],
      ['ip-indicators.tech_contract_value', 3, 600],
    ]);
  });
});

describe('the credit table as printed', () => {
  it('is recognised as credit-indicators; wording kept with warnings, no errors, nothing changed', () => {
    const result = loadCsvText(creditPrinted(), 'utf-8', context);
    expect(result.dataset?.id).toBe('credit-indicators');
    expect(errorsOf(result.issues)).toEqual([]);
    expect(warningsOf(result.issues).map((w) => w.line)).toContain(7);
    const plan = planImport({ bytes: utf8(creditPrinted()), fileName: 'credit.txt', current: (id) => (id === 'credit-indicators' ? dataText('credit-indicators.csv') : null) });
    expect(plan.diff?.changed).toEqual([]);
    expect(plan.diff?.removed).toEqual([]);
  });

  it('a revised single target is read into comparator and value', () => {
    const revised = creditPrinted().replace('承诺率达到 100%', '承诺率达到 99%');
    const plan = planImport({ bytes: utf8(revised), fileName: 'credit.txt', current: (id) => (id === 'credit-indicators' ? dataText('credit-indicators.csv') : null) });
    const changes = plan.diff?.changed.map((c) => [c.row, c.column, c.after]) ?? [];
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(expect.arrayContaining([['gov_commitment_rate', 'target_text', '承诺率达到 99%'], ['gov_commitment_rate', 'target', 99]]));
  });

  it('a revised figure in wording with no comparator (法人组织覆盖率 85%) changes the figure with the wording', () => {
    const current = (id: string): string | null => (id === 'credit-indicators' ? dataText('credit-indicators.csv') : null);
    const revised = creditPrinted().replace('法人组织覆盖率 80%', '法人组织覆盖率 85%');
    const plan = planImport({ bytes: utf8(revised), fileName: 'credit.txt', current });
    expect(plan.errors).toEqual([]);
    const changes = plan.diff?.changed.map((c) => [c.row, c.column, c.after]) ?? [];
    expect(changes).toEqual(expect.arrayContaining([['evaluation_coverage_legal', 'target_text', '法人组织覆盖率 85%'], ['evaluation_coverage_legal', 'target', 85]]));
    expect(changes).toHaveLength(2);
    // Wording whose figure cannot be told: an error at the cell, never the old figure under new words.
    const unclear = planImport({ bytes: utf8(creditPrinted().replace('法人组织覆盖率 80%', '法人组织覆盖率提高到85%左右')), fileName: 'credit.txt', current });
    expect(unclear.errors.map((e) => [e.line, e.column, e.code])).toEqual([[18, 3, 'constraint-error']]);
  });
});

describe('a new 2026–2030 plan table (WPS export)', () => {
  it.each([['GBK', gbk(PLAN_2026)], ['UTF-16', utf16(PLAN_2026)]])('%s: title row, merged 类别, [ ] cumulative and < cells', (_name, bytes) => {
    const result = loadCsvBytes(bytes, context);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(result.plan?.kind).toBe('new');
    expect(result.plan?.period).toBe('2026—2030');
    expect(result.plan?.document?.title).toBe('黑龙江省“十五五”生态环境保护规划');
    const targets = result.records.filter((r) => r.kind === 'target');
    expect(targets.map((r) => [r.indicatorName, r.period, r.comparator ?? null, r.value, r.unit])).toEqual([
      ['地级及以上城市细颗粒物（PM2.5）浓度', '2030', '<', 25, '微克/立方米'],
      ['地表水达到或好于Ⅲ类水体比例', '2030', '≥', 80, '%'],
      ['化学需氧量排放总量减少', '2026-2030', null, 2.5, '万吨'],
      ['森林覆盖率', '2030', '左右', 48, '%'],
      ['湿地保护率', '2030', null, 55, '%'],
    ]);
    expect(result.rows.map((r) => r.values.category)).toEqual(['环境治理', '环境治理', '环境治理', '生态保护', '生态保护']);
    expect(result.rows[0]?.values.source).toBe('基期值 3:3；目标 3:4');
    expect(result.records.find((r) => r.kind === 'baseline')).toMatchObject({ period: '2025', value: 24.1, line: 3 });
  });

  it('derives the same codes for the same names, whatever the encoding', () => {
    const a = loadCsvBytes(gbk(PLAN_2026), context).rows.map((r) => r.values.code);
    const b = loadCsvBytes(utf16(PLAN_2026), context).rows.map((r) => r.values.code);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(5);
  });
});

describe('a broken plan table', () => {
  it('names line and column of a number in words, a repeated indicator, an unknown 属性; nothing read', () => {
    const result = loadCsvBytes(gbk(PLAN_BROKEN), context);
    const errors = errorsOf(result.issues).map((e) => [e.line, e.column, e.code]);
    expect(errors).toEqual([[3, 4, 'type-error'], [5, 2, 'duplicate-row'], [6, 5, 'constraint-error']]);
    expect(result.records).toEqual([]);
    const plan = planImport({ bytes: gbk(PLAN_BROKEN), fileName: 'broken.csv', current: () => null });
    expect(plan.next).toBeNull();
  });
});

it('the generic spec is not recognised by headers (chosen by id only)', () => {
  expect(datasetSpec('ip-indicators').recognizable).toBeUndefined();
});

describe('a new plan stored as a version', () => {
  it('reads back from its generic layout with the same targets (not re-read as a printed table)', async () => {
    const { setCatalog, currentCatalog, EMBEDDED_CATALOG } = await import('../../../src/data/registry');
    const { tableCsvText } = await import('../../../src/data/import/table-csv');
    const first = loadCsvBytes(gbk(PLAN_2026), context);
    const document = first.plan?.document;
    if (!document || !first.dataset) throw new Error('not read as a new plan');
    setCatalog({ ...currentCatalog(), documents: [...currentCatalog().documents, document] });
    try {
      const back = loadCsvText(tableCsvText(first.dataset, first.rows, first.columnLabels), 'utf-8', { datasetId: first.dataset.id });
      const strip = (rs: typeof first.records) => rs.map((r) => ({ ...r, line: 0 }));
      expect(back.plan).toBeUndefined();
      expect(strip(back.records)).toEqual(strip(first.records));
    } finally {
      setCatalog(EMBEDDED_CATALOG);
    }
  });
});
