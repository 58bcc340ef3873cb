import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogEntries, periodYears, type Catalog } from '../../../src/data/catalog/catalog-schema';
import { parseCatalog } from '../../../src/data/catalog/parse-catalog';
import { allDatasets, BUILTIN_SPECS, catalogEntry, datasetSpec, EMBEDDED_CATALOG, setCatalog } from '../../../src/data/registry';
import { DATA_DIR } from '../helpers';

const json = (): unknown => JSON.parse(readFileSync(join(DATA_DIR, 'catalog.json'), 'utf8'));

afterEach(() => { setCatalog(EMBEDDED_CATALOG); });

describe('data/catalog.json', () => {
  it('is a valid catalog@1 with every seed table, provenance as the specs cite it', () => {
    const parsed = parseCatalog(json());
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message_en).join('\n'));
    const entries = catalogEntries(parsed.catalog);
    expect(entries.map((e) => e.table.dataset).sort()).toEqual(BUILTIN_SPECS.map((s) => s.id).sort());
    for (const { document, table } of entries) {
      const spec = datasetSpec(table.dataset);
      expect({ title: document.title, docNo: document.docNo, date: document.date, issuer: document.issuer, section: table.section, file: table.file, title_zh: table.title_zh })
        .toEqual({ title: spec.source.title, docNo: spec.source.docNo, date: spec.source.date, issuer: spec.source.issuer, section: spec.source.section, file: spec.file, title_zh: spec.title_zh });
    }
  });

  it('headline codes name indicators of their table', () => {
    for (const { table } of catalogEntries(EMBEDDED_CATALOG)) {
      const codes = readFileSync(join(DATA_DIR, table.file), 'utf8');
      for (const code of table.headline ?? []) expect(codes).toContain(`${code},`);
    }
  });
});

describe('parseCatalog', () => {
  it('refuses a wrong format, a bad level, a repeated dataset, naming where', () => {
    expect(parseCatalog({ format: 'x' }).ok).toBe(false);
    const base = json() as { documents: Array<Record<string, unknown>> };
    const broken = { ...base, documents: [{ ...base.documents[0], level: 'nation' }, base.documents[0]] };
    const parsed = parseCatalog(broken);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths).toContain('documents[0].level');
    expect(paths.some((p) => p.startsWith('black-soil-2021.'))).toBe(true);
  });

  it('reads periods', () => {
    expect(periodYears('2026—2030')).toEqual([2026, 2030]);
    expect(periodYears('2022')).toEqual([2022, 2022]);
    expect(periodYears('2030—2026')).toBeNull();
    expect(periodYears('')).toBeNull();
  });
});

describe('a catalog with a new plan', () => {
  it('gives the new table a generic spec; the seed specs stay', () => {
    const next: Catalog = {
      ...EMBEDDED_CATALOG,
      documents: [...EMBEDDED_CATALOG.documents, {
        id: 'eco-2026', title: '黑龙江省“十五五”生态环境保护规划', docNo: '黑政发〔2026〕1号', issuer: '黑龙江省人民政府', date: '2026-03-01',
        level: 'province', region: null, period: '2026—2030', domain: 'ecology', domain_zh: '生态环境', domain_en: 'Ecology',
        tables: [{ dataset: 'eco-2026-indicators', file: 'eco-2026-indicators.csv', role: 'indicators', section: '主要指标', title_zh: '主要指标', title_en: 'Main indicators', layout: 'plan-indicators@1' }],
      }],
    };
    expect(setCatalog(next)).toBe(true);
    expect(setCatalog(next)).toBe(false);
    expect(datasetSpec('eco-2026-indicators').source.docNo).toBe('黑政发〔2026〕1号');
    expect(catalogEntry('eco-2026-indicators')?.document.period).toBe('2026—2030');
    expect(allDatasets().length).toBe(BUILTIN_SPECS.length + 1);
  });
});
