// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { DataTable, type TableSpec } from '../../src/components/data-table';
import { wordingColumn } from '../../src/components/original-text';
import { SourceLine } from '../../src/components/source-line';
import type { Provenance } from '../../src/data/schema';

const SOURCE: Provenance = {
  title: '黑龙江省黑土地保护工程实施方案（2021—2025年）',
  docNo: '黑政办规〔2021〕40号',
  date: '2021-12-31',
  issuer: '黑龙江省人民政府办公厅',
  section: '三、目标任务',
  seedFile: '001_cb4f4e51ec4cf8e1.txt',
};

interface Row {
  readonly name: string;
  readonly text: string;
}

function table(rows: readonly Row[]): TableSpec<Row> {
  return {
    caption: 'Targets',
    rowKey: (r) => r.name,
    rows,
    columns: [
      { rowHeader: true, id: 'name', header: 'Indicator', value: (r) => r.name, data: true },
      wordingColumn<Row>('en', (r) => r.text),
    ],
  };
}

describe('original Chinese in the English interface', () => {
  it('marks a citation lang="zh" and labels it as original Chinese', () => {
    render(<SourceLine sources={[SOURCE]} version="Embedded data" lang="en" />);
    const citation = screen.getByText(/^《黑龙江省黑土地保护工程实施方案/);
    expect(citation.getAttribute('lang')).toBe('zh');
    expect(citation.parentElement?.textContent).toMatch(
      /^Source: 《.*》.*\(original Chinese\) · Embedded data$/,
    );
  });

  it('cites without the label in the Chinese interface', () => {
    render(<SourceLine sources={[SOURCE]} version="内置数据" lang="zh" />);
    expect(screen.getByText(/^来源：/).textContent).not.toContain('original');
  });

  it('marks Chinese data cells, and only those, lang="zh"', () => {
    render(
      <DataTable
        spec={table([
          { name: 'Grain output', text: '产量保持在1500亿斤以上' },
          { name: '商标品牌培育站', text: '在我市设立3家商标品牌培育站' },
        ])}
        sortLabel="Sort"
      />,
    );
    expect(screen.getByRole('rowheader', { name: 'Grain output' }).getAttribute('lang')).toBeNull();
    expect(screen.getByRole('rowheader', { name: '商标品牌培育站' }).getAttribute('lang')).toBe('zh');
    expect(screen.getByRole('cell', { name: '产量保持在1500亿斤以上' }).getAttribute('lang')).toBe('zh');
    expect(screen.getByRole('columnheader', { name: /Plan wording \(original Chinese\)/ })).toBeTruthy();
  });
});
