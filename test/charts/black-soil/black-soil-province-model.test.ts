import { toBlackSoilProvinceModel } from '../../../src/charts/black-soil/black-soil-province-model';
import { loadCsvText } from '../../../src/data/pipeline';
import type { NormalizedRecord } from '../../../src/data/schema';
import { dataText } from '../../data/helpers';

const records = loadCsvText(dataText('black-soil-targets.csv'), 'utf-8').records;
const model = toBlackSoilProvinceModel(records, 'zh');

function value(code: string, zone?: string): NormalizedRecord {
  const found = records.find((r) => r.indicator === `black-soil-targets.${code}` && r.zone === zone);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

describe('toBlackSoilProvinceModel on the embedded targets', () => {
  it('lists every target with its period, comparator, stretch, upper bound and wording', () => {
    const targets = records.filter((r) => r.kind === 'target');
    expect(
      model.targets.map((t) => [t.indicator, t.period, t.value, t.comparator, t.stretch, t.upper, t.text]),
    ).toEqual(targets.map((r) => [r.indicator, r.period, r.value, r.comparator, r.stretch, r.upper, r.text]));
    // English names of the four depth rows say which zone they are about.
    const english = toBlackSoilProvinceModel(records, 'en').targets.filter((t) => t.zone);
    expect(new Set(english.map((t) => t.name)).size).toBe(english.length);
  });

  it('joins 2021 and 2025 by a straight line, the years between marked as derived', () => {
    const [hsf, standard] = model.hsfPaths;
    const first = value('hsf_new').value ?? NaN;
    const end = value('hsf_cumulative').value ?? NaN;
    // Four yearly steps from 2021 to 2025: (2800 − 582) / 4 = 554.5.
    const step = (end - first) / 4;
    expect(hsf?.impliedAnnual).toBeCloseTo(step, 10);
    expect(hsf?.points.map((p) => [p.year, p.derived])).toEqual([
      [2021, false],
      [2022, true],
      [2023, true],
      [2024, true],
      [2025, false],
    ]);
    expect(hsf?.points.map((p) => p.value)).toEqual([
      first,
      first + step,
      first + 2 * step,
      first + 3 * step,
      end,
    ]);
    expect(standard?.points[0]?.value).toBe(value('hsf_new_standard').value);
    expect(standard?.points.at(-1)?.value).toBe(value('hsf_standard_cumulative').value);
  });

  it('keeps organic matter with its stretch value, and depth zones as bounds', () => {
    expect(model.organicMatter).toMatchObject({
      value: value('soil_organic_matter_gain').value,
      stretch: value('soil_organic_matter_gain').stretch,
    });
    const paddy = model.ploughDepth.zones.find((z) => z.zone === '水田');
    expect(paddy).toMatchObject({
      lower: value('plough_layer_depth', '水田').value,
      upper: value('plough_layer_depth', '水田').upper,
    });
    expect(model.ploughDepth.zones.filter((z) => z.upper === null)).toHaveLength(3);
  });

  it('still builds from an empty or partial file', () => {
    const empty = toBlackSoilProvinceModel([], 'zh');
    expect(empty).toMatchObject({ targets: [], hsfPaths: [], organicMatter: null });
    expect(toBlackSoilProvinceModel([value('hsf_new')], 'zh').hsfPaths).toEqual([]);
  });
});
