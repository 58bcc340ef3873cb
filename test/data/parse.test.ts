import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/data/parse';
import { fixtureText, hasMessages, lines, tableWithBrokenQuote } from './helpers';

/** Joins rows with `eol` and gives each row's first physical line, counted from the text. */
function numbered(rows: readonly string[], eol: string): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const row of rows) {
    starts.push(text.split('\n').length);
    text += row + eol;
  }
  return { text, starts };
}

describe('parseCsvText', () => {
  it('gives every row the physical line it starts on, across quoted cells that span lines', () => {
    const rows = ['a,b', '1,"two\nlines"', '2,x', '3,"three\r\nlines\nhere"', '4,y'];
    for (const eol of ['\n', '\r\n']) {
      const { text, starts } = numbered(rows, eol);
      const parsed = parseCsvText(text);
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows.map((r) => r.line)).toEqual(starts);
      expect(parsed.rows[3]?.cells[1]).toBe('three\r\nlines\nhere');
    }
  });

  it('splits every row of a file that mixes CRLF, LF and CR line ends, keeping quoted line breaks', () => {
    const rows = ['a,b', '1,x', '2,"two\r\nlines"', '3,y', '4,z', '5,w'];
    for (const eols of [['\r\n', '\r\n', '\n', '\n', '\n'], ['\n', '\n', '\r\n', '\r\n', '\r\n'], ['\r', '\n', '\r\n', '\r', '\n']]) {
      const text = rows.map((row, i) => row + (eols[i] ?? '')).join('');
      const physical = text.split(/\r\n?|\n/);
      const parsed = parseCsvText(text);
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows.map((r) => r.cells)).toEqual(rows.map((r) => (r.includes('"') ? ['2', 'two\r\nlines'] : r.split(','))));
      expect(parsed.rows.map((r) => r.line)).toEqual(rows.map((r) => physical.indexOf(r.split('\r')[0] ?? '') + 1));
    }
  });

  it('does not turn the final newline into a row, and keeps blank lines as rows', () => {
    const text = fixtureText('hsf-blank-rows.csv');
    const physical = lines(text);
    const withEol = parseCsvText(text);
    expect(withEol.rows).toHaveLength(physical.length);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseCsvText(text.slice(0, -1)).rows).toHaveLength(physical.length);
    const blank = physical.findIndex((l) => l === '') + 1;
    expect(withEol.rows.find((r) => r.line === blank)?.cells).toEqual(['']);
  });

  it('detects tab- and semicolon-separated files', () => {
    const csv = lines(fixtureText('allocation-small.csv'));
    for (const delimiter of ['\t', ';']) {
      const parsed = parseCsvText(csv.map((l) => l.replaceAll(',', delimiter)).join('\r\n'));
      expect(parsed.rows.map((r) => r.cells)).toEqual(csv.map((l) => l.split(',')));
    }
  });

  it('keeps a quoted thousands separator inside its cell', () => {
    const row = parseCsvText(fixtureText('allocation-number-formats.csv')).rows[1];
    expect(row?.cells.slice(2, 5)).toEqual(['1,144', '1,144', '5,720']);
  });

  it('reports an unclosed quote after row 5,000 on the line where it opens', () => {
    const { text, line } = tableWithBrokenQuote(5200, 5101);
    const parsed = parseCsvText(text);
    expect(parsed.issues).toHaveLength(1);
    const [found] = parsed.issues;
    expect(found).toMatchObject({ code: 'parse-error', severity: 'error', line, column: 0 });
    expect(found?.message_zh).toContain(`第 ${line} 行`);
    expect(found && hasMessages(found)).toBe(true);
  });

  it('reports an unclosed quote at the end of the file once, on its own line', () => {
    const { text, line } = tableWithBrokenQuote(30, 29);
    const parsed = parseCsvText(text);
    expect(parsed.issues.map((i) => `${i.line} ${i.code}`)).toEqual([`${line} parse-error`]);
  });

  it('reports a malformed quoted cell once, on its line', () => {
    const parsed = parseCsvText('a,b\n1,2\n3,"ab"c\n4,5\n');
    expect(parsed.issues.map((i) => `${i.line} ${i.code}`)).toEqual(['3 parse-error']);
  });
});
