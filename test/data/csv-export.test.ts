import { loadCsvBytes } from '../../src/data/pipeline';
import { safeFileName, toCsvBytes, toCsvText } from '../../src/data/csv-export';

describe('toCsvText', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const text = toCsvText(['行政区域', '示范区面积（万亩）'], [['宾县', 110.4]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('行政区域,示范区面积（万亩）\r\n宾县,110.4\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises the formula-like text cell %j', (cell, expected) => {
    const line = toCsvText(['名称'], [[cell]]).split('\r\n')[1];
    expect(toCsvText(['名称'], [[cell]])).toContain(expected);
    expect(line?.startsWith('"\'')).toBe(true);
  });

  it('keeps negative numbers and empty cells as they are', () => {
    expect(toCsvText(['a', 'b', 'c'], [[-5, null, 0]]).slice(1)).toBe('a,b,c\r\n-5,,0\r\n');
  });

  it('quotes commas, quotes and line breaks inside cells', () => {
    expect(toCsvText(['a'], [['x,"y"\nz']]).slice(1)).toBe('a\r\n"x,""y""\nz"\r\n');
  });

  it('round-trips through the import pipeline unchanged', () => {
    const bytes = toCsvBytes(['指标代码', '指标名称', '单位', '2020年基期值', '2025年预期值', '备注'], [
      ['gi_trademarks', '地理标志商标', '件', 102, 110, '=1+1'],
    ]);
    const result = loadCsvBytes(bytes, { datasetId: 'ip-indicators' });
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.records.find((r) => r.kind === 'target')?.value).toBe(110);
  });
});

describe('safeFileName', () => {
  it('replaces characters Windows refuses and keeps Chinese', () => {
    expect(safeFileName('示范区/面积:<排名>', 'csv')).toBe('示范区_面积_排名_.csv');
    expect(safeFileName('   ', 'png')).toBe('target-board.png');
  });
});
