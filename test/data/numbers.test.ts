import { describe, expect, it } from 'vitest';
import { decimalsOf, parseNumberCell } from '../../src/data/numbers';

describe('parseNumberCell', () => {
  it.each([
    ['5600', 5600, ''], ['83.3', 83.3, ''], ['.5', 0.5, ''], ['+1', 1, ''], ['-17.2', -17.2, ''],
    ['1,234', 1234, ''], ['1,234.5', 1234.5, ''], ['12,345,678.25', 12345678.25, ''],
    ['１２３４', 1234, ''], ['１，２３４．５', 1234.5, ''], [' 62.9 ', 62.9, ''], ['1 234', 1234, ''],
    ['98%', 98, '%'], ['５０％', 50, '%'], ['0.02 %', 0.02, '%'], ['1‰', 1, '‰'],
  ])('reads %j as %d%s', (raw, value, suffix) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'number', value, suffix });
  });

  it.each(['—', '——', '-', '–', '/', '－', '无'])('reads %j as an explicit "no value"', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'none-mark' });
  });

  it.each(['', '   ', '\u3000', '\u200b'])('reads %j as empty', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'empty' });
  });

  it.each(['1,23', '12,3456', '1.2.3', '约122.6', '=1+1', '1e3', 'NaN', 'Infinity', '%', '12%%', '0x10'])(
    'refuses %j instead of guessing',
    (raw) => { expect(parseNumberCell(raw)).toEqual({ kind: 'invalid' }); },
  );
});

describe('decimalsOf', () => {
  it.each([[5600, 0], [83.3, 1], [582.74, 2], [1.3283, 4], [0, 0]])('counts the decimals of %d as %d', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});
