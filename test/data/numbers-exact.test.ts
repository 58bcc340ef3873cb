/**
 * Findings 4–6 of issue 14: a number cell parses to the decimal it shows or is refused. The
 * properties run over generated strings (fast-check); the examples are the cells that were
 * silently misread before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlainDecimal } from '../../src/data/decimal';
import { parseNumberCell } from '../../src/data/numbers';

/** The exact value a plain decimal string denotes, as a canonical (digits, exponent) pair. */
function denoted(text: string): { digits: string; exponent: number } {
  const [int = '', frac = ''] = text.replace(/^[+-]/, '').split('.');
  let digits = (int + frac).replace(/^0+/, '');
  let exponent = 0 - frac.length;
  while (digits.endsWith('0')) { digits = digits.slice(0, -1); exponent += 1; }
  return digits === '' ? { digits: '', exponent: 0 } : { digits, exponent };
}

function valueOf(raw: string): number | null {
  const parsed = parseNumberCell(raw);
  return parsed.kind === 'number' ? parsed.value : null;
}

describe('numbers are exact or refused (finding 4)', () => {
  it('refuses a 401-digit number instead of storing Infinity', () => {
    expect(parseNumberCell('9'.repeat(401))).toMatchObject({ kind: 'invalid', reason: 'inexact' });
  });

  it('refuses a 20-digit integer that a double cannot hold exactly', () => {
    expect(parseNumberCell('12345678901234567891')).toMatchObject({ kind: 'invalid', reason: 'inexact' });
    expect(parseNumberCell('9007199254740993')).toMatchObject({ kind: 'invalid', reason: 'inexact' });
  });

  it('accepts long decimals a double holds exactly', () => {
    expect(valueOf('9007199254740992')).toBe(9007199254740992);
    expect(valueOf('0.30000000000000004')).toBe(0.30000000000000004);
    expect(valueOf('100000000000000000000000')).toBe(1e23);
    expect(valueOf('1,234,567,890,123.25')).toBe(1234567890123.25);
  });

  it('property: any digit string parses to exactly the decimal it denotes, or is refused', () => {
    const decimal = fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,40}$/), fc.option(fc.stringMatching(/^\d{1,30}$/)))
      .map(([sign, int, frac]) => (frac === null ? `${sign}${int}` : `${sign}${int}.${frac}`));
    fc.assert(fc.property(decimal, (text) => {
      const value = valueOf(text);
      if (value === null) return;
      expect(Number.isFinite(value)).toBe(true);
      expect(denoted(formatPlainDecimal(value))).toEqual(denoted(text));
    }), { numRuns: 2000 });
  });

  it('property: formatting then parsing returns the same number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      // -0 is written as 0: a cell has no negative zero.
      expect(valueOf(formatPlainDecimal(value))).toBe(value === 0 ? 0 : value);
    }), { numRuns: 2000 });
  });

  it('property: an accepted arbitrary string is never Infinity or NaN', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      const parsed = parseNumberCell(text);
      if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
    }), { numRuns: 3000 });
  });
});

const LOOKALIKES = ['¹', '²', '³', '⁴', '₁', '①', '⑤', '⑳', '❺', '➄', '⒌', '½', 'Ⅻ', '㊿', '🄂'];

describe('footnote marks and circled digits are not digits (finding 5)', () => {
  it.each(['4.53¹', '⑤', '12²', '3₁', '½', '⒌', '62.9③', '１２³'])('refuses %j as a lookalike', (raw) => {
    expect(parseNumberCell(raw)).toMatchObject({ kind: 'invalid', reason: 'lookalike' });
  });

  it.each(['Ⅳ', '٣', '𝟓'])('refuses %j', (raw) => { expect(parseNumberCell(raw).kind).toBe('invalid'); });

  it('property: a number with a lookalike character anywhere is refused, never read as digits', () => {
    const cell = fc.tuple(fc.stringMatching(/^\d{0,6}(\.\d{1,4})?$/), fc.constantFrom(...LOOKALIKES), fc.stringMatching(/^\d{0,4}$/), fc.nat(8))
      .map(([a, mark, b, at]) => { const s = `${a}${b}`; const i = Math.min(at, s.length); return `${s.slice(0, i)}${mark}${s.slice(i)}`; });
    fc.assert(fc.property(cell, (raw) => { expect(parseNumberCell(raw).kind).toBe('invalid'); }), { numRuns: 1000 });
  });

  it('still reads full-width digits (what Chinese input methods type)', () => {
    expect(valueOf('１２３４．５')).toBe(1234.5);
  });
});

describe('a comma that may be a decimal comma is refused as ambiguous (finding 6)', () => {
  it('refuses 3,125 where a decimal comma is plausible', () => {
    expect(parseNumberCell('3,125', { decimalCommaPlausible: true })).toMatchObject({ kind: 'invalid', reason: 'ambiguous' });
    expect(parseNumberCell('3,12', { decimalCommaPlausible: true })).toMatchObject({ kind: 'invalid', reason: 'ambiguous' });
  });

  it('reads groupings that cannot be a decimal comma', () => {
    expect(valueOf('3,125')).toBe(3125);
    expect(parseNumberCell('1,234,567', { decimalCommaPlausible: true })).toMatchObject({ kind: 'number', value: 1234567 });
    expect(parseNumberCell('1,234.5', { decimalCommaPlausible: true })).toMatchObject({ kind: 'number', value: 1234.5 });
  });

  it('property: with a decimal comma plausible, one comma and no point is never read as a number', () => {
    const cell = fc.tuple(fc.stringMatching(/^\d{1,3}$/), fc.stringMatching(/^\d{1,4}$/)).map(([a, b]) => `${a},${b}`);
    fc.assert(fc.property(cell, (raw) => {
      expect(parseNumberCell(raw, { decimalCommaPlausible: true }).kind).toBe('invalid');
    }));
  });
});
