import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogText, editCatalogText, withDocument } from '../../../src/data/catalog/catalog-edit';
import type { Catalog, CatalogDocument } from '../../../src/data/catalog/catalog-schema';
import { EMBEDDED_CATALOG } from '../../../src/data/registry';
import { DATA_DIR } from '../helpers';

const served = (): string => readFileSync(join(DATA_DIR, 'catalog.json'), 'utf8');

function plan(id: string, overrides: Partial<CatalogDocument> = {}): CatalogDocument {
  return {
    id, title: `规划 ${id}`, docNo: '黑政发〔2026〕8号', issuer: '黑龙江省人民政府', date: '2026-03-20', level: 'province', region: null,
    period: '2026—2030', domain: id, domain_zh: `规划 ${id}`, domain_en: `Plan ${id}`,
    tables: [{ dataset: id, file: `${id}.csv`, role: 'indicators', section: '主要指标', title_zh: '主要指标', title_en: 'Main indicators', layout: 'plan-indicators@1' }],
    ...overrides,
  };
}

describe('catalogText', () => {
  it('writes data/catalog.json byte for byte as it is kept', () => {
    expect(catalogText(EMBEDDED_CATALOG)).toBe(served());
  });
});

describe('withDocument', () => {
  it('adds a new plan after the others and leaves every other document as it was', () => {
    const edit = withDocument(EMBEDDED_CATALOG, plan('plan-eco'));
    if (!edit.ok) throw new Error(edit.problems.map((p) => p.message_en).join('\n'));
    expect(edit.added).toBe(true);
    expect(edit.catalog.documents.slice(0, -1)).toEqual(EMBEDDED_CATALOG.documents);
    expect(edit.catalog.documents.at(-1)?.id).toBe('plan-eco');
  });

  it('replaces the document with the same id in place (a plan published again with its 文号 corrected)', () => {
    const once = withDocument(EMBEDDED_CATALOG, plan('plan-eco', { docNo: '' }));
    if (!once.ok) throw new Error('first add refused');
    const twice = withDocument(once.catalog, plan('plan-eco'));
    if (!twice.ok) throw new Error('second add refused');
    expect(twice.added).toBe(false);
    expect(twice.catalog.documents).toHaveLength(once.catalog.documents.length);
    expect(twice.catalog.documents.at(-1)?.docNo).toBe('黑政发〔2026〕8号');
  });

  it('refuses a table whose dataset id or file another plan owns, naming that plan', () => {
    const sameDataset = withDocument(EMBEDDED_CATALOG, plan('plan-x', { tables: [{ ...plan('ip-indicators').tables[0]!, file: 'other.csv' }] }));
    expect(sameDataset.ok).toBe(false);
    if (!sameDataset.ok) expect(sameDataset.problems[0]?.message_zh).toContain('知识产权');
    const sameFile = withDocument(EMBEDDED_CATALOG, plan('plan-y', { tables: [{ ...plan('plan-y').tables[0]!, file: 'ip-indicators.csv' }] }));
    expect(sameFile.ok).toBe(false);
  });

  it('refuses a document the board would not read (bad id, empty period form)', () => {
    expect(withDocument(EMBEDDED_CATALOG, plan('Plan X')).ok).toBe(false);
  });

  it('property: adding any sequence of distinct plans keeps every earlier document exactly', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((s) => !EMBEDDED_CATALOG.documents.some((d) => d.id === s || d.tables.some((t) => t.dataset === s))), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(ids, (list) => {
      let catalog: Catalog = EMBEDDED_CATALOG;
      for (const id of list) {
        const edit = withDocument(catalog, plan(id));
        if (!edit.ok) return false;
        expect(edit.catalog.documents.slice(0, catalog.documents.length)).toEqual(catalog.documents);
        catalog = edit.catalog;
      }
      return catalog.documents.length === EMBEDDED_CATALOG.documents.length + list.length;
    }), { numRuns: 60 });
  });
});

describe('editCatalogText', () => {
  it('starts from the embedded catalog when the folder has none yet', () => {
    const edit = editCatalogText(null, plan('plan-eco'), EMBEDDED_CATALOG);
    expect(edit.ok && edit.catalog.documents.length).toBe(EMBEDDED_CATALOG.documents.length + 1);
  });

  it('refuses a catalog file that is not JSON or not a catalog, and does not fall back', () => {
    for (const broken of ['{"format":', '', '[]', '{"format":"target-board/catalog@1","documents":[{"id":1}]}']) {
      const edit = editCatalogText(broken, plan('plan-eco'), EMBEDDED_CATALOG);
      expect(edit.ok).toBe(false);
    }
  });

  it('reads the served catalog text it is given, not the fallback', () => {
    const one: Catalog = { ...EMBEDDED_CATALOG, documents: EMBEDDED_CATALOG.documents.slice(0, 1) };
    const edit = editCatalogText(catalogText(one), plan('plan-eco'), EMBEDDED_CATALOG);
    expect(edit.ok && edit.catalog.documents.map((d) => d.id)).toEqual([one.documents[0]?.id, 'plan-eco']);
  });
});
