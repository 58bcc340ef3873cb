/**
 * Wall mode in the built app: the carousel turns by itself and by keys, pauses (space, hidden
 * tab), leaves on Esc, honours its URL, keeps its URL and its chart instances through whole
 * cycles, shows new data on the next slide, and reads from across a room (text sizes measured
 * on the 1920×1080 stage). Screenshots at 1080p and 2160p land in test-results/wall/.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataFileText, watchErrors } from './support';

const SLIDES = ['overview', 'black-soil', 'counties', 'map', 'ip', 'credit', 'grain', 'progress'] as const;
const SHOTS = 'test-results/wall';

function stage(page: Page) {
  return page.getByTestId('wall-stage');
}

async function currentSlide(page: Page): Promise<string | null> {
  return stage(page).getAttribute('data-slide');
}

/** Waits until every slide has its data and every chart has drawn. */
async function allReady(page: Page): Promise<void> {
  // First the wall itself (a lazy chunk): before it mounts there is nothing "not ready" to count.
  await expect(stage(page)).toBeVisible();
  await expect(page.locator('[data-slide-ready="true"]').first()).toBeAttached();
  await expect(page.locator('[data-slide-ready="false"]')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('[data-testid="wall-stage"] figure[data-chart-ready="false"]')).toHaveCount(0, {
    timeout: 15_000,
  });
}

function chartInstances(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[_echarts_instance_]')].filter(
        (e) => e.getAttribute('_echarts_instance_') !== '',
      ).length,
  );
}

async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test.describe('wall mode', () => {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('advances on its own, in the default order, and keeps its URL and chart instances through a full cycle', async ({
    page,
  }) => {
    await page.goto('/?mode=wall&seconds=1');
    await expect(stage(page)).toHaveAttribute('data-slide', 'overview');
    await allReady(page);
    const instances = await chartInstances(page);
    expect(instances).toBe(6);
    const url = page.url();
    const seen: string[] = [];
    for (const slide of [...SLIDES.slice(1), 'overview']) {
      await expect(stage(page)).toHaveAttribute('data-slide', slide, { timeout: 5_000 });
      seen.push(slide);
    }
    expect(seen).toEqual([...SLIDES.slice(1), 'overview']);
    expect(page.url()).toBe(url);
    expect(await chartInstances(page)).toBe(instances);
    await expect(page.getByTestId('wall-live')).toContainText('规划目标总览');
  });

  test('steps with ← →, pauses with space, leaves with Esc', async ({ page }) => {
    await page.goto('/?mode=wall&seconds=1&metric=hsf_2021');
    await allReady(page);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('wall-paused')).toBeVisible();
    // One-second slides may have turned before the pause: step relative to where it stopped.
    const at = SLIDES.indexOf((await currentSlide(page)) as (typeof SLIDES)[number]);
    const slideAt = (delta: number): string => SLIDES[(at + delta + SLIDES.length) % SLIDES.length] ?? '';
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-slide', slideAt(1));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(stage(page)).toHaveAttribute('data-slide', slideAt(-1));
    // Paused: no advance across two and a half slide times.
    await page.waitForTimeout(2_500);
    expect(await currentSlide(page)).toBe(slideAt(-1));
    await page.keyboard.press(' ');
    await expect(page.getByTestId('wall-paused')).toHaveCount(0);
    await expect(stage(page)).toHaveAttribute('data-slide', slideAt(0), { timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('wall')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?metric=hsf_2021');
    await expect(page.locator('#main')).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/wall-mode/);
  });

  test('controls appear on mouse move as buttons with the keys written on them, and hide again', async ({
    page,
  }) => {
    await page.goto('/?mode=wall&seconds=600');
    await allReady(page);
    const controls = page.getByTestId('wall-controls');
    await expect(controls).toBeHidden();
    await page.mouse.move(400, 400);
    await page.mouse.move(500, 500);
    await expect(controls).toBeVisible();
    await expect(controls).toContainText('Esc');
    await controls.getByRole('button', { name: /下一页/ }).click();
    await expect(stage(page)).toHaveAttribute('data-slide', 'black-soil');
    await controls.getByRole('button', { name: /暂停/ }).click();
    await expect(page.getByTestId('wall-paused')).toBeVisible();
    // A mouse click leaves the button focused, but only keyboard focus keeps the controls up:
    // someone who clicked and walked away must not leave them on the screen.
    await expect(controls).toBeHidden({ timeout: 6_000 });
    await page.keyboard.press('Tab');
    await expect(controls).toBeVisible();
  });

  test('pauses while the tab is hidden and resumes when it shows again', async ({ page }) => {
    await page.goto('/?mode=wall&seconds=1&slides=ip,grain');
    await allReady(page);
    await setHidden(page, true);
    const slide = await currentSlide(page);
    await page.waitForTimeout(2_500);
    expect(await currentSlide(page)).toBe(slide);
    await setHidden(page, false);
    await expect(stage(page)).not.toHaveAttribute('data-slide', slide ?? '', { timeout: 5_000 });
  });

  test('honours the URL: slides and their order, light theme, language; hostile values fall back to defaults', async ({
    page,
  }) => {
    await page.goto('/?mode=wall&slides=grain,ip,nope,grain&theme=light&seconds=1&lang=en');
    await expect(page.locator('[data-slide-index]')).toHaveCount(2);
    expect(
      await page
        .locator('[data-slide-index]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-slide'))),
    ).toEqual(['grain', 'ip']);
    await expect(page.getByTestId('wall')).toHaveClass(/wall-theme--light/);
    expect(await stage(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await expect(page.getByTestId('wall-slide-grain')).toContainText('Grain and livestock');
    await expect(stage(page)).toHaveAttribute('data-slide', 'ip', { timeout: 5_000 });
    await expect(stage(page)).toHaveAttribute('data-slide', 'grain', { timeout: 5_000 });
    await page.goto('/?mode=wall&slides=<img src=x onerror=alert(1)>&seconds=-1&theme=<b>');
    await expect(page.locator('[data-slide-index]')).toHaveCount(SLIDES.length);
    await expect(page.getByTestId('wall')).toHaveClass(/wall-theme--dark/);
  });

  test('shows a changed data file on the next slide, without a reload', async ({ page }) => {
    const original = dataFileText('ip-indicators.csv');
    const changed = original.replace(
      'ip_advantage_firms,知识产权优势企业数量,家,510,1000',
      'ip_advantage_firms,知识产权优势企业数量,家,510,1234',
    );
    expect(changed).not.toBe(original);
    let serveChanged = false;
    await page.route('**/data/ip-indicators.csv', (route) =>
      route.fulfill({ contentType: 'text/csv; charset=utf-8', body: serveChanged ? changed : original }),
    );
    await page.goto('/?mode=wall&slides=grain,ip&seconds=600&refresh=2');
    await allReady(page);
    const ipNumbers = page.getByTestId('wall-slide-ip').getByTestId('wall-number');
    await expect(ipNumbers.first()).toHaveText('1,000');
    await page.evaluate(() => {
      (window as unknown as { wallMarker: number }).wallMarker = 1;
    });
    serveChanged = true;
    await expect(ipNumbers.first()).toHaveText('1,234', { timeout: 8_000 });
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-slide', 'ip');
    await expect(page.locator('.wall-slide--current').getByTestId('wall-number').first()).toHaveText('1,234');
    await expect(
      page.getByTestId('wall-chart-ip').locator('svg text', { hasText: '510 → 1,234 家' }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { wallMarker?: number }).wallMarker)).toBe(1);
  });
});

interface TextSize {
  readonly text: string;
  readonly size: number;
}

/** Every visible text on the current slide, the clock and the shown controls, in stage pixels. */
function visibleTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const roots = [
      ...document.querySelectorAll(
        '.wall-slide--current, .wall-clock, .wall-controls--visible, .wall-paused',
      ),
    ];
    const sizes: Array<{ text: string; size: number }> = [];
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (own === '' || el.closest('.visually-hidden') !== null) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        // Computed sizes are the stage's own pixels: the stage's scale transform comes after.
        sizes.push({ text: own.slice(0, 40), size: Number.parseFloat(style.fontSize) });
      }
    }
    return sizes;
  });
}

function headlineSizes(page: Page): Promise<number[]> {
  return page
    .locator('.wall-slide--current [data-testid="wall-number"]')
    .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
}

test.describe('wall mode from across the room', () => {
  test.setTimeout(180_000);

  test('at 1080p no text is under 24 px and headline numbers are at least 64 px, on every slide', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?mode=wall&seconds=600');
    await allReady(page);
    await page.mouse.move(300, 300);
    for (const slide of SLIDES) {
      await expect(stage(page)).toHaveAttribute('data-slide', slide);
      const sizes = await visibleTextSizes(page);
      expect(sizes.length, slide).toBeGreaterThan(5);
      expect(
        sizes.filter((s) => s.size < 24),
        `${slide}: text under 24 px`,
      ).toEqual([]);
      const numbers = await headlineSizes(page);
      expect(numbers.length, slide).toBeGreaterThanOrEqual(2);
      expect(Math.min(...numbers), `${slide}: headline numbers`).toBeGreaterThanOrEqual(64);
      const svgSizes = await page
        .locator('.wall-slide--current svg text')
        .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
      if (slide !== 'overview' && slide !== 'grain') expect(svgSizes.length, slide).toBeGreaterThan(3);
      expect(
        svgSizes.filter((s) => s < 24),
        `${slide}: chart text under 24 px`,
      ).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.mouse.move(300 + SLIDES.indexOf(slide), 300);
    }
    expect(errors).toEqual([]);
  });

  const SCREENS = [
    { name: '1080p', width: 1920, height: 1080, scale: 1 },
    { name: '1080p@2x', width: 1920, height: 1080, scale: 2 },
    { name: '2160p', width: 3840, height: 2160, scale: 1 },
    { name: '768p', width: 1366, height: 768, scale: 1 },
  ] as const;

  for (const screen of SCREENS) {
    test(`fills a ${screen.width}×${screen.height} screen at ${screen.scale}× letterboxed, no scrollbars (screenshots: ${screen.name})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.scale,
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/?mode=wall&seconds=600');
      await allReady(page);
      const box = await stage(page).boundingBox();
      const fit = Math.min(screen.width / 1920, screen.height / 1080);
      expect(box?.width).toBeCloseTo(1920 * fit, 0);
      expect(box?.height).toBeCloseTo(1080 * fit, 0);
      expect(box?.x).toBeGreaterThanOrEqual(-0.5);
      expect(box?.y).toBeGreaterThanOrEqual(-0.5);
      const scroll = await page.evaluate(() => ({
        w: document.documentElement.scrollWidth,
        h: document.documentElement.scrollHeight,
        iw: window.innerWidth,
        ih: window.innerHeight,
      }));
      expect(scroll.w).toBeLessThanOrEqual(scroll.iw);
      expect(scroll.h).toBeLessThanOrEqual(scroll.ih);
      const shots = screen.name === '1080p' ? SLIDES : (['overview', 'counties', 'map'] as const);
      for (const slide of SLIDES) {
        await expect(stage(page)).toHaveAttribute('data-slide', slide);
        // Past the half-second fade, so the screenshot is the slide as a viewer sees it.
        await page.waitForTimeout(700);
        if ((shots as readonly string[]).includes(slide))
          await page.screenshot({ path: `${SHOTS}/${screen.name}-${slide}.png` });
        await page.keyboard.press('ArrowRight');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('light theme screenshot', async ({ page }) => {
    await page.goto('/?mode=wall&seconds=600&theme=light&slides=counties,overview');
    await allReady(page);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${SHOTS}/1080p-light-counties.png` });
  });
});
