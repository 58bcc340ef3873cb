/**
 * Publishing a new plan (新增规划) through the WebDAV route: the table first, then its document
 * added to catalog.json under If-Match; a catalog that cannot take the plan refuses before
 * anything is written. The plan table is a 2026–2030 table as WPS exports it, in GBK.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogText } from '../../../src/data/catalog/catalog-edit';
import type { CatalogDocument } from '../../../src/data/catalog/catalog-schema';
import { parseCatalog } from '../../../src/data/catalog/parse-catalog';
import { planImport } from '../../../src/data/import/import-plan';
import { EMBEDDED_CATALOG, setCatalog } from '../../../src/data/registry';
import { publishTable } from '../../../src/import/publish/publish-table';
import { webDavTarget } from '../../../src/import/publish/webdav';
import { gbk, PLAN_2026 } from '../../data/plan/plan-fixtures';
import { fakeDav } from './fake-dav';

function newPlan() {
  const plan = planImport({
    bytes: gbk(PLAN_2026),
    fileName: '十五五生态环境主要指标.csv',
    current: () => null,
    newPlan: true,
  });
  const document = plan.plan?.document;
  if (!plan.dataset || !plan.next || !document || plan.errors.length > 0)
    throw new Error('the fixture no longer reads as a new plan');
  const completed: CatalogDocument = {
    ...document,
    docNo: '黑政发〔2026〕8号',
    issuer: '黑龙江省人民政府',
    date: '2026-03-20',
  };
  return { spec: plan.dataset, text: plan.next.text, document: completed };
}

const served = (dav: ReturnType<typeof fakeDav>) => {
  const parsed = parseCatalog(JSON.parse(dav.text('/data/catalog.json') ?? 'null') as unknown);
  if (!parsed.ok) throw new Error('served catalog does not parse');
  return parsed.catalog;
};

beforeEach(() => {
  vi.stubGlobal('location', new URL('http://dav.test/'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCatalog(EMBEDDED_CATALOG);
});

describe('publishTable with a new plan', () => {
  it('writes the table, then adds the document to the served catalog; every served plan kept', async () => {
    const dav = fakeDav();
    dav.put('/data/catalog.json', catalogText(EMBEDDED_CATALOG));
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const { spec, text, document } = newPlan();
    const base = await target.readBase(spec.file);
    const outcome = await publishTable({
      target,
      spec,
      checkedText: text,
      base,
      sourceFile: 'a.csv',
      publishedBy: '王五',
      plan: document,
    });
    expect(outcome.catalog).toBe('added');
    expect(dav.text(`/data/${spec.file}`)).toContain('PM2.5');
    const catalog = served(dav);
    expect(catalog.documents.slice(0, -1)).toEqual(EMBEDDED_CATALOG.documents);
    expect(catalog.documents.at(-1)).toEqual(document);
  });

  it('publishing the same plan again replaces its document, not a second copy', async () => {
    const dav = fakeDav();
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const { spec, text, document } = newPlan();
    await publishTable({
      target,
      spec,
      checkedText: text,
      base: await target.readBase(spec.file),
      sourceFile: 'a.csv',
      publishedBy: '',
      plan: { ...document, docNo: '' },
    });
    const again = await publishTable({
      target,
      spec,
      checkedText: text,
      base: await target.readBase(spec.file),
      sourceFile: 'a.csv',
      publishedBy: '',
      plan: document,
    });
    expect(again.catalog).toBe('replaced');
    const catalog = served(dav);
    expect(catalog.documents.filter((d) => d.id === document.id)).toEqual([document]);
    // No catalog was served before: it starts from the embedded one, so no seed plan disappears.
    expect(catalog.documents).toHaveLength(EMBEDDED_CATALOG.documents.length + 1);
  });

  it('a served catalog that does not parse: refused before anything is written', async () => {
    const dav = fakeDav();
    dav.put('/data/catalog.json', '{"format": "target-board/catalog@1", "documents": [');
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const { spec, text, document } = newPlan();
    const before = [...dav.files.keys()].sort();
    await expect(
      publishTable({
        target,
        spec,
        checkedText: text,
        base: await target.readBase(spec.file),
        sourceFile: 'a.csv',
        publishedBy: '',
        plan: document,
      }),
    ).rejects.toMatchObject({ kind: 'catalog' });
    expect([...dav.files.keys()].sort()).toEqual(before);
  });

  it('a plan whose table another plan owns: refused, nothing written', async () => {
    const dav = fakeDav();
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const { spec, text, document } = newPlan();
    const thief: CatalogDocument = { ...document, id: 'plan-other' };
    dav.put(
      '/data/catalog.json',
      catalogText({ ...EMBEDDED_CATALOG, documents: [...EMBEDDED_CATALOG.documents, document] }),
    );
    await expect(
      publishTable({
        target,
        spec,
        checkedText: text,
        base: await target.readBase(spec.file),
        sourceFile: 'a.csv',
        publishedBy: '',
        plan: thief,
      }),
    ).rejects.toMatchObject({ kind: 'catalog' });
    expect(dav.text(`/data/${spec.file}`)).toBeUndefined();
  });

  it('two staff publishing two new plans at once: both plans in the catalog', async () => {
    const dav = fakeDav();
    dav.put('/data/catalog.json', catalogText(EMBEDDED_CATALOG));
    vi.stubGlobal('fetch', dav.fetchFn);
    const target = webDavTarget('/data/');
    const { spec, text, document } = newPlan();
    const secondDoc: CatalogDocument = {
      ...document,
      id: 'plan-second',
      tables: document.tables.map((t) => ({ ...t, dataset: 'plan-second', file: 'plan-second.csv' })),
    };
    const secondSpec = { ...spec, id: 'plan-second', file: 'plan-second.csv' };
    setCatalog({ ...EMBEDDED_CATALOG, documents: [...EMBEDDED_CATALOG.documents, document, secondDoc] });
    const [baseA, baseB] = await Promise.all([target.readBase(spec.file), target.readBase(secondSpec.file)]);
    await Promise.all([
      publishTable({
        target,
        spec,
        checkedText: text,
        base: baseA,
        sourceFile: 'a.csv',
        publishedBy: '',
        plan: document,
      }),
      publishTable({
        target,
        spec: secondSpec,
        checkedText: text,
        base: baseB,
        sourceFile: 'b.csv',
        publishedBy: '',
        plan: secondDoc,
      }),
    ]);
    expect(
      served(dav)
        .documents.map((d) => d.id)
        .slice(-2)
        .sort(),
    ).toEqual([document.id, 'plan-second'].sort());
  });
});
