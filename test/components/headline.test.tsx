// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { HeadlineFigure, HeadlineText } from '../../src/charts/overview/overview-model';
import { AttributeTag } from '../../src/components/attribute-tag';
import { Headline } from '../../src/components/headline';

const FIGURE: HeadlineFigure = {
  kind: 'figure',
  indicator: 'black-soil-targets.hsf_new',
  name: '新建高标准农田',
  unit: '万亩',
  period: '2021-2025',
  target: { year: 2025, value: 1500 },
  baseline: null,
  comparator: '达到',
  attribute: '约束性',
  growth: null,
  decimals: 0,
};

const WORDS: HeadlineText = {
  kind: 'text',
  indicator: 'credit-indicators.system',
  name: '信用体系',
  text: '基本建成',
  attribute: '预期性',
};

function item(): HTMLElement {
  return screen.getByRole('listitem');
}

describe('Headline', () => {
  it('shows the target figure and, by default, the period under it, with no attribute tag', () => {
    render(
      <ul>
        <Headline item={FIGURE} lang="en" />
      </ul>,
    );
    const li = item();
    expect(li.querySelector('.headline-figure')?.textContent).toMatch(/1,500/);
    expect(li.querySelector('.headline-detail')?.textContent).toBe('2021—2025');
    expect(within(li).getByText('新建高标准农田').getAttribute('lang')).toBe('zh');
    expect(li.querySelector('.attr')).toBeNull();
  });

  it('takes the qualifier and detail lines from the caller, and tags the attribute when asked', () => {
    render(
      <ul>
        <Headline
          item={FIGURE}
          lang="en"
          withAttribute
          lines={(f) => ({ qualifier: 'cumulative', detail: `${f.period} · more` })}
        />
      </ul>,
    );
    const li = item();
    expect(li.querySelector('.headline-figure')?.textContent).toMatch(/^cumulative .*1,500/);
    expect(li.querySelector('.headline-detail')?.textContent).toBe('2021-2025 · more');
    expect(li.querySelector('.attr--binding')?.textContent).toBe('binding');
  });

  it('shows a qualitative target as the plan’s words, marked as original Chinese', () => {
    render(
      <ul>
        <Headline item={WORDS} lang="en" withAttribute />
      </ul>,
    );
    const li = item();
    expect(li.className).toBe('headline headline--text');
    expect(li.querySelector('.headline-figure')).toBeNull();
    expect(li.querySelector('.headline-words')?.textContent).toMatch(/^基本建成 \(.+\)$/);
    expect(li.querySelector('.attr--indicative')?.textContent).toBe('indicative');
  });
});

describe('AttributeTag', () => {
  it('renders nothing when the plan gives no attribute', () => {
    const { container } = render(<AttributeTag attribute={undefined} lang="zh" />);
    expect(container.innerHTML).toBe('');
  });

  it('keeps 约束性 in Chinese in the Chinese interface', () => {
    render(<AttributeTag attribute="约束性" lang="zh" />);
    expect(screen.getByText('约束性').className).toBe('attr attr--binding');
  });
});
