/**
 * The county comparison as a planner uses it: pick counties by search, city or zone; the chart,
 * its table and the URL agree; a copied link reproduces the view; back/forward step through it;
 * the farm group is never ranked with counties. Expected figures come from data/*.csv.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  ALLOCATION_FILE,
  FARM_GROUP,
  cardOf,
  chartCounties,
  chartTexts,
  columnDecimals,
  countyValues,
  decodedUrl,
  expectChartsReady,
  formatFixed,
  ranked,
  readCsv,
  tableRows,
  watchErrors,
  zoneCounties,
} from './support';

const DEMO = '示范区面积（万亩）';
const counties = countyValues(ALLOCATION_FILE, DEMO);
const NAMES = counties.map((c) => c.name);
const demoDecimals = columnDecimals(readCsv(ALLOCATION_FILE).map((r) => r[DEMO] ?? ''));
const RANKING = 'county-ranking-chart';

const ranking = (page: Page): ReturnType<Page['getByTestId']> => page.getByTestId(RANKING);
const picker = (page: Page): ReturnType<Page['getByRole']> =>
  page.getByRole('combobox', { name: '县（市、区）', exact: true });
const chips = (page: Page): ReturnType<Page['getByRole']> =>
  page.getByRole('list', { name: '县（市、区）', exact: true }).getByRole('listitem');

/** The ranking's county labels once they equal `expected` (ECharts redraws after state changes). */
async function expectRankingCounties(page: Page, expected: readonly string[]): Promise<void> {
  await expect.poll(() => chartCounties(ranking(page), NAMES)).toEqual(expected);
}

function rankedNames(names: readonly string[]): string[] {
  return ranked(counties.filter((c) => names.includes(c.name))).map((c) => c.name);
}

/** Table rows expected for these counties: [rank among 39, county, city, …, value]. */
function demoValue(name: string): string {
  const county = counties.find((c) => c.name === name);
  if (!county) throw new Error(`no county ${name}`);
  return formatFixed(county.value, demoDecimals);
}

async function pickCounty(page: Page, typed: string, expected: string): Promise<void> {
  await picker(page).fill(typed);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(expected);
  await picker(page).press('Enter');
  await expect(chips(page).filter({ hasText: expected })).toHaveCount(1);
}

async function expectTwoCountyState(page: Page, pair: readonly string[]): Promise<void> {
  await expect(chips(page)).toHaveText(pair.map((n) => `${n}×`));
  await expectRankingCounties(page, rankedNames(pair));
  const rows = await tableRows(cardOf(page, RANKING));
  expect(rows.map((r) => r[1])).toEqual(rankedNames(pair));
  for (const row of rows) expect(row.at(-1), String(row[1])).toBe(demoValue(row[1] ?? ''));
}

test('search-picked counties drive the chart, the table and the URL; the link reproduces them', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  await expectRankingCounties(page, rankedNames(NAMES).slice(0, 39));
  await pickCounty(page, 'bx', '宾县');
  await expect.poll(() => decodedUrl(page)).toContain('county=宾县');
  await expectRankingCounties(page, ['宾县']);
  await pickCounty(page, '巴彦', '巴彦县');
  await expect.poll(() => decodedUrl(page)).toContain('county=宾县,巴彦县');
  await expectTwoCountyState(page, ['宾县', '巴彦县']);
  // The bars carry the file's values as labels.
  const texts = await chartTexts(ranking(page));
  for (const name of ['宾县', '巴彦县']) expect(texts).toContain(demoValue(name));

  const copied = page.url();
  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(copied);
  await expectChartsReady(other, [RANKING]);
  await expectTwoCountyState(other, ['宾县', '巴彦县']);
  await other.close();

  await page.goBack();
  await expect(chips(page)).toHaveText(['宾县×']);
  await expectRankingCounties(page, ['宾县']);
  expect(new URL(page.url()).searchParams.get('county')).toBe('宾县');
  await page.goForward();
  await expect(chips(page)).toHaveText(['宾县×', '巴彦县×']);
  await expectRankingCounties(page, rankedNames(['宾县', '巴彦县']));
  // Removing a chip is one more step.
  await page.getByRole('button', { name: '移除 宾县' }).click();
  await expectRankingCounties(page, ['巴彦县']);
  expect(new URL(page.url()).searchParams.get('county')).toBe('巴彦县');
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('city and zone chips keep exactly their counties; both together narrow', async ({ page }) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  const cityChip = page
    .getByRole('group', { name: '市', exact: true })
    .getByRole('button', { name: /^(✓ )?绥化市$/ });
  await cityChip.click();
  await expect(cityChip).toHaveAttribute('aria-pressed', 'true');
  const suihua = counties.filter((c) => c.city === '绥化市').map((c) => c.name);
  expect(suihua).toHaveLength(9);
  await expectRankingCounties(page, rankedNames(suihua));
  expect((await tableRows(cardOf(page, RANKING))).map((r) => r[1]).sort()).toEqual([...suihua].sort());
  expect(new URL(page.url()).searchParams.get('city')).toBe('绥化市');

  const paddy = zoneCounties('水田');
  const zoneChip = page
    .getByRole('group', { name: '保护类型区', exact: true })
    .getByRole('button', { name: /^(✓ )?水田$/ });
  await zoneChip.click();
  await expectRankingCounties(page, rankedNames(suihua.filter((n) => paddy.includes(n))));
  expect(new URL(page.url()).searchParams.get('zone')).toBe('水田');
  await cityChip.click();
  await expect(cityChip).toHaveAttribute('aria-pressed', 'false');
  await expectRankingCounties(page, rankedNames(paddy));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect.poll(async () => (await chartCounties(ranking(page), NAMES)).length).toBe(39);
});

test('clicking a county bar opens its detail and writes detail= into the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  const target = '宾县';
  const label = ranking(page)
    .locator('svg text')
    .filter({ hasText: new RegExp(`^${target}$`) });
  const valueLabel = ranking(page)
    .locator('svg text')
    .filter({ hasText: new RegExp(`^${demoValue(target).replace('.', '\\.')}$`) })
    .first();
  const from = await label.boundingBox();
  const to = await valueLabel.boundingBox();
  if (!from || !to) throw new Error('labels not laid out');
  // Midway between the axis label and the bar's value label, on the label's line: inside the bar.
  await page.mouse.click((from.x + from.width + to.x) / 2, from.y + from.height / 2);
  const detail = page.getByTestId('county-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { name: `${target} 详情` })).toBeVisible();
  await expect(page.getByTestId('county-detail-chart')).toHaveAttribute('data-chart-ready', 'true');
  expect(new URL(page.url()).searchParams.get('detail')).toBe(target);
  // The detail lists the county's value of every metric (demo area first).
  await expect(
    page
      .getByTestId('county-detail-chart')
      .locator('svg text', { hasText: `${demoValue(target)} 万亩` })
      .first(),
  ).toBeAttached();
  await detail.getByRole('button', { name: '关闭详情' }).click();
  await expect(detail).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('detail')).toBe(false);
  expect(errors).toEqual([]);
});

test('the farm group is never ranked, has its own card, and the toggle hides it (farm=0)', async ({
  page,
}) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  const texts = await chartTexts(ranking(page));
  expect(texts.some((t) => t.includes('北大荒'))).toBe(false);
  const rows = await tableRows(cardOf(page, RANKING));
  expect(rows).toHaveLength(counties.length);
  expect(rows.some((r) => r.join('').includes('北大荒'))).toBe(false);

  const farmRow = readCsv(ALLOCATION_FILE).find((r) => r['行政区域'] === FARM_GROUP);
  const total = readCsv(ALLOCATION_FILE).find((r) => r['行政区域'] === '合计');
  const farm = Number(farmRow?.[DEMO]);
  const card = page.getByTestId('farm-group-card');
  await expect(card).toContainText(`${formatFixed(farm, demoDecimals)} 万亩`);
  expect(formatFixed(farm, demoDecimals)).toBe('1,144.0');
  await expect(card).toContainText(`占全省合计 ${((farm / Number(total?.[DEMO])) * 100).toFixed(1)}%`);

  await page.getByRole('checkbox', { name: /显示北大荒农垦集团/ }).uncheck();
  await expect(card).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('farm')).toBe('0');
  await page.reload();
  await expectChartsReady(page, [RANKING]);
  await expect(page.getByRole('checkbox', { name: /显示北大荒农垦集团/ })).not.toBeChecked();
  await expect(page.getByTestId('farm-group-card')).toHaveCount(0);
});

test('other panels render: city subtotals (from the file) and small multiples', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?view=counties&panel=cities');
  await expectChartsReady(page, ['city-share-chart']);
  await expect(page.getByRole('button', { name: '各市小计' })).toHaveAttribute('aria-pressed', 'true');
  const cityRows = readCsv(ALLOCATION_FILE).filter(
    (r) => (r['所属市'] ?? '') === '' && r['行政区域'] !== '合计' && r['行政区域'] !== FARM_GROUP,
  );
  const shareTexts = await chartTexts(page.getByTestId('city-share-chart'));
  for (const city of cityRows) {
    // Subtotals are the sums of each city's key counties; the file's city rows hold the same figure.
    const sum = counties.filter((c) => c.city === city['行政区域']).reduce((s, c) => s + c.value, 0);
    expect(Math.abs(sum - Number(city[DEMO])), String(city['行政区域'])).toBeLessThan(0.05);
    expect(
      shareTexts.some((t) => t.startsWith(`${formatFixed(sum, demoDecimals)} · `)),
      String(city['行政区域']),
    ).toBe(true);
  }
  await page.getByRole('button', { name: '分市小图' }).click();
  await expectChartsReady(page, ['multiples-chart']);
  expect(new URL(page.url()).searchParams.get('panel')).toBe('multiples');
  const multiples = await chartCounties(page.getByTestId('multiples-chart'), NAMES);
  expect([...multiples].sort()).toEqual([...NAMES].sort());
  expect(errors).toEqual([]);
});

test('the metric select redraws the ranking and writes metric= into the URL', async ({ page }) => {
  await page.goto('./?view=counties');
  await expectChartsReady(page, [RANKING]);
  const metric = page.getByRole('combobox', { name: '指标' });
  await metric.selectOption('hsf_2021');
  expect(new URL(page.url()).searchParams.get('metric')).toBe('hsf_2021');
  const hsfFile = 'black-soil-hsf-2021.csv';
  const column = '2021年建设面积（万亩）';
  const hsf = ranked(countyValues(hsfFile, column));
  const decimals = columnDecimals(readCsv(hsfFile).map((r) => r[column] ?? ''));
  // Top five have no ties, so their order is the file's order by value.
  await expect
    .poll(async () => (await chartCounties(ranking(page), NAMES)).slice(0, 5))
    .toEqual(hsf.slice(0, 5).map((c) => c.name));
  await expect(
    ranking(page).locator('svg text', {
      hasText: new RegExp(`^${formatFixed(hsf[0]!.value, decimals).replace('.', '\\.')}$`),
    }),
  ).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '2021年高标准农田建设面积：重点县排名' })).toBeVisible();
  // The farm group's 2021 figure would top this ranking; it stays in its own card instead.
  expect((await chartTexts(ranking(page))).some((t) => t.includes('北大荒'))).toBe(false);
  const farm = readCsv(hsfFile).find((r) => r['行政区域'] === FARM_GROUP);
  expect(Number(farm?.[column])).toBeGreaterThan(hsf[0]!.value);
  await expect(page.getByTestId('farm-group-card')).toContainText(
    `${formatFixed(Number(farm?.[column]), decimals)} 万亩`,
  );
  await page.goBack();
  await expect(metric).toHaveValue('demo_area');
  await expect.poll(async () => (await chartCounties(ranking(page), NAMES))[0]).toBe(rankedNames(NAMES)[0]);
});

// The small multiples claim one shared scale, so equal values must be equally long in any panel
// (each panel's plot has the same width, whatever its county names).
test('small multiples: bar length is proportional to the value in every panel', async ({ page }) => {
  await page.goto('./?view=counties&panel=multiples');
  await expectChartsReady(page, ['multiples-chart']);
  const widths = await page
    .getByTestId('multiples-chart')
    .locator('svg path')
    .evaluateAll((paths) =>
      paths
        .map((p) => ({ fill: p.getAttribute('fill') ?? '', box: (p as SVGGraphicsElement).getBBox() }))
        .filter(({ fill, box }) => /^#[0-9a-f]{6}$/i.test(fill) && box.height < 40 && box.width > 20)
        .map(({ box }) => box.width),
    );
  const values = counties.map((c) => c.value).filter((v) => v >= 20);
  expect(widths).toHaveLength(values.length);
  // Same scale ⇔ widths sorted and values sorted pair up with one pixels-per-万亩 ratio (±2%).
  const sortedWidths = [...widths].sort((a, b) => b - a);
  const ratios = [...values].sort((a, b) => b - a).map((v, i) => sortedWidths[i]! / v);
  expect(Math.max(...ratios) / Math.min(...ratios)).toBeLessThan(1.02);
});
