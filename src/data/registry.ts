/**
 * The one registry of datasets. Views, the loader, the importer and the command-line validator
 * refer to datasets by id and read everything else from here. The seed tables keep their bespoke
 * specs (totals rules, zones, provenance checked against the gazettes); every table of the plan
 * catalog in a generic layout gets a spec made from its entry. The catalog in use starts as the
 * embedded data/catalog.json and is replaced (whole) when a newer one is read: `setCatalog`.
 */
import { blackSoilAllocation, blackSoilHsf2021, blackSoilTargets, blackSoilZones } from './datasets/black-soil';
import { progressActuals } from './datasets/actuals';
import { creditIndicators, grainLivestock2022, ipIndicators, shuangyashanIp } from './datasets/indicators';
import {
  catalogEntries, type Catalog, type CatalogDocument, type CatalogEntry, type CatalogTable,
} from './catalog/catalog-schema';
import { parseCatalog } from './catalog/parse-catalog';
import { planIndicatorSpec } from './plan/plan-spec';
import { regionTaskSpec } from './region-tasks/region-spec';
import embeddedCatalog from '../../data/catalog.json' with { type: 'json' };
import type { DatasetId, DatasetSpec } from './schema';

/** Specs written in code for the seed tables (by dataset id). */
export const BUILTIN_SPECS: readonly DatasetSpec[] = [
  blackSoilAllocation,
  blackSoilHsf2021,
  blackSoilTargets,
  blackSoilZones,
  creditIndicators,
  ipIndicators,
  shuangyashanIp,
  grainLivestock2022,
  progressActuals,
];

function parsedEmbedded(): Catalog {
  const parsed = parseCatalog(embeddedCatalog);
  if (!parsed.ok) throw new Error(`data/catalog.json: ${parsed.problems.map((p) => p.message_en).join('; ')}`);
  return parsed.catalog;
}

export const EMBEDDED_CATALOG: Catalog = parsedEmbedded();

let catalog: Catalog = EMBEDDED_CATALOG;
let entries: readonly CatalogEntry[] = catalogEntries(catalog);
let specs: readonly DatasetSpec[] = specsOf(entries);

/** The spec of a catalog table in a generic layout (a new plan's, too); null for a bespoke one. */
export function genericSpec(document: CatalogDocument, table: CatalogTable): DatasetSpec | null {
  switch (table.layout) {
    case 'plan-indicators@1':
      return planIndicatorSpec(document, table);
    case 'region-tasks@1':
      return regionTaskSpec(document, table);
    case undefined:
      return null;
  }
}

function specsOf(list: readonly CatalogEntry[]): DatasetSpec[] {
  const out: DatasetSpec[] = [];
  for (const { document, table } of list) {
    const spec = BUILTIN_SPECS.find((s) => s.id === table.dataset) ?? genericSpec(document, table);
    if (spec) out.push(spec);
  }
  // A seed spec the catalog forgot still loads: nothing about the seed tables may be lost.
  for (const s of BUILTIN_SPECS) if (!out.includes(s)) out.push(s);
  return out;
}

/** Makes `next` the catalog in use (the served or imported one); returns whether it changed. */
export function setCatalog(next: Catalog): boolean {
  if (JSON.stringify(next) === JSON.stringify(catalog)) return false;
  catalog = next;
  entries = catalogEntries(next);
  specs = specsOf(entries);
  return true;
}

export function currentCatalog(): Catalog {
  return catalog;
}

export function catalogEntry(id: DatasetId): CatalogEntry | undefined {
  return entries.find((e) => e.table.dataset === id);
}

/** The embedded catalog's datasets (fixed at build time); `allDatasets()` is the catalog in use. */
export const DATASETS: readonly DatasetSpec[] = specs;

/** Every dataset of the catalog in use, catalog order. */
export function allDatasets(): readonly DatasetSpec[] {
  return specs;
}

/** The datasets a catalog describes (the seed tables always among them), catalog order. */
export function datasetIdsOf(of: Catalog): DatasetId[] {
  return specsOf(catalogEntries(of)).map((s) => s.id);
}

export function datasetSpec(id: DatasetId): DatasetSpec {
  const spec = specs.find((d) => d.id === id);
  if (!spec) throw new Error(`unknown dataset id: ${id}`);
  return spec;
}

export function isDatasetId(value: string): value is DatasetId {
  return specs.some((d) => d.id === value);
}
