// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { planImport, previewOf } from '../../../src/data/import/import-plan';
import { ChangePreview } from '../../../src/features/import/import-report';
import { readFileSync } from 'node:fs';

const dataText = (file: string): string => readFileSync(`data/${file}`, 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ChangePreview', () => {
  it('shortens a long cell (a note pasted whole) and says how long it was', () => {
    const header = dataText('progress-actuals.csv').trim();
    const stored = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,1500,亿斤,短\r\n`;
    const note = '很长的说明'.repeat(20_000);
    const file = `${header}\r\ngrain-livestock-2022.grain_output,粮食产量,,,2022,1500,亿斤,${note}\r\n`;
    const plan = planImport({
      bytes: utf8(file),
      fileName: 'a.csv',
      current: (id) => (id === 'progress-actuals' ? stored : null),
    });
    render(<ChangePreview preview={previewOf(plan)} lang="zh" />);
    const after = screen.getByTestId('import-changes').querySelector('.import-after')?.textContent ?? '';
    expect(after).toMatch(/^很长的说明.*…（共 100000 字）$/);
    expect(after.length).toBeLessThan(120);
  });

  it('names the rows a new plan adds by their indicator names, not their derived codes', () => {
    // A plan table as WPS exports it (the shape of test/data/plan/plan-fixtures.ts, which reads seeds from disk).
    const table = [
      '黑龙江省“十五五”生态环境保护规划主要指标,,,,',
      '类别,指标,2025年,2030年目标,属性',
      '生态保护,森林覆盖率（%）,47.3,48左右,预期性',
      ',湿地保护率（%）,—,55,预期性',
      '',
    ].join('\r\n');
    const plan = planImport({ bytes: utf8(table), fileName: 'plan.csv', current: () => null, newPlan: true });
    render(<ChangePreview preview={previewOf(plan)} lang="zh" />);
    const added = screen.getByTestId('import-added').textContent;
    expect(added).toContain('森林覆盖率');
    expect(added).not.toMatch(/\bi[0-9a-z]{7}\b/);
  });
});
