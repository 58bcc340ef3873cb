import { describe, expect, it } from 'vitest';
import { typeCell, type CellContext, type CellResult } from '../../src/data/cells';
import type { ValidationIssue } from '../../src/data/issues';
import { datasetSpec } from '../../src/data/registry';
import type { CellValue, DatasetId } from '../../src/data/schema';
import { hasMessages } from './helpers';

const LINE = 7;
const INDEX = 3;

function context(dataset: DatasetId, key: string): CellContext {
  const spec = datasetSpec(dataset);
  const column = spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${dataset} has no column ${key}`);
  return { spec, column, line: LINE, index: INDEX, label: `${column.header}（表头）` };
}

function value(result: CellResult): CellValue {
  if (!result.ok) throw new Error(`${result.issue.code}: ${result.issue.message_en}`);
  return result.value;
}

function failure(result: CellResult): ValidationIssue {
  if (result.ok) throw new Error(`expected an issue, got ${String(result.value)}`);
  return result.issue;
}

/** The issue sits where the context says, names the header as written and keeps the cell. */
function expectIssue(ctx: CellContext, raw: string, code: ValidationIssue['code']): ValidationIssue {
  const found = failure(typeCell(ctx, raw));
  expect(found).toMatchObject({ code, severity: 'error', line: LINE, column: INDEX, field: ctx.label });
  expect(hasMessages(found)).toBe(true);
  return found;
}

describe('typeCell: numbers', () => {
  const area = context('black-soil-allocation', 'demo_area');
  const creditTarget = context('credit-indicators', 'target');

  it.each([
    ['83.3', 83.3], ['１９５．４', 195.4], ['1,165.8', 1165.8], ['１，１４４', 1144], [' 62.9 ', 62.9], ['+1', 1], ['0', 0],
  ])('reads %j as %d', (raw, expected) => {
    expect(value(typeCell(area, raw))).toBe(expected);
  });

  it('refuses a percent sign in a 万亩 column but reads it where the column has no unit', () => {
    expect(expectIssue(area, '62.9%', 'type-error').message_zh).toContain('万亩');
    expect(value(typeCell(creditTarget, '98%'))).toBe(98);
    expect(value(typeCell(creditTarget, '1‰'))).toBe(1);
    expect(value(typeCell(creditTarget, '５０％'))).toBe(50);
  });

  it('treats — and an empty cell as missing in a required column and as null in an optional one', () => {
    for (const raw of ['—', '', '  ', '——', '-']) {
      const found = expectIssue(area, raw, 'missing-cell');
      expect(found.message_zh).toContain(area.column.header);
      expect(value(typeCell(creditTarget, raw))).toBeNull();
    }
  });

  it('reports text, formulas and badly grouped digits as type errors, never NaN', () => {
    for (const raw of ['约122.6', '=1+1', '605,5', '1,23', '12e3', 'NaN']) {
      const found = expectIssue(area, raw, 'type-error');
      expect(found.cell).toBe(raw);
      expect(found.message_zh).toContain(`“${raw}”`);
    }
  });

  it('reports a value below the column minimum', () => {
    expect(area.column.min).toBe(0);
    expect(expectIssue(area, '-17.2', 'constraint-error').message_zh).toContain(String(area.column.min));
  });
});

describe('typeCell: text', () => {
  const wording = context('black-soil-targets', 'source_text');

  it.each(['=HYPERLINK("http://example.invalid/","示范区")', '+1', '@SUM(A1:A9)', '-2+3', "=cmd|' /C calc'!A0"])(
    'keeps the formula-looking %j verbatim',
    (raw) => { expect(value(typeCell(wording, raw))).toBe(raw); },
  );

  it('trims the cell and drops invisible characters, keeping inner spaces', () => {
    expect(value(typeCell(wording, '\u200b 达到 2.8 亿亩次\ufeff '))).toBe('达到 2.8 亿亩次');
  });

  it('requires a required text cell', () => {
    expectIssue(context('black-soil-targets', 'unit'), ' ', 'missing-cell');
  });
});

describe('typeCell: regions and cities', () => {
  const region = context('black-soil-allocation', 'region');
  const city = context('black-soil-allocation', 'city');

  it.each([['宾 县', '宾县'], ['哈尔滨市呼兰区', '呼兰区'], ['嫩江县', '嫩江市'], ['北大荒农垦 集团有限公司', '北大荒农垦集团']])(
    'resolves %j to %j',
    (raw, name) => {
      const result = typeCell(region, raw);
      expect(value(result)).toBe(name);
      expect(result.ok && result.region?.name).toBe(name);
    },
  );

  it('suggests the nearest name for a typo and nothing for a far one', () => {
    expect(expectIssue(region, '尚智市', 'unknown-region').message_zh).toContain('是否为“尚志市”');
    expect(expectIssue(region, '松原市', 'unknown-region').message_zh).not.toContain('是否为');
  });

  it('refuses a region of a level the table does not hold', () => {
    const zoneRegion = context('black-soil-zones', 'region');
    expect(expectIssue(zoneRegion, '哈尔滨市', 'constraint-error').message_zh).toContain('哈尔滨市');
    expect(value(typeCell(zoneRegion, '北大荒'))).toBe('北大荒农垦集团');
  });

  it('reads a city by its short name and refuses a county as a city', () => {
    expect(value(typeCell(city, '哈尔滨'))).toBe('哈尔滨市');
    expectIssue(city, '宾县', 'unknown-region');
    expect(value(typeCell(city, ''))).toBeNull();
  });
});

describe('typeCell: enums, periods and codes', () => {
  it('matches an enum value across spaces and reports others with the allowed list', () => {
    const zone = context('black-soil-zones', 'zone');
    expect(value(typeCell(zone, ' 水 田 '))).toBe('水田');
    const found = expectIssue(zone, '旱地', 'constraint-error');
    for (const allowed of zone.column.values ?? []) expect(found.message_zh).toContain(allowed);
  });

  it.each([['2021—2025', '2021-2025'], ['2021-2025', '2021-2025'], ['２０２５年', '2025'], ['2021年至2025年', '2021-2025']])(
    'reads the period %j as %j',
    (raw, period) => { expect(value(typeCell(context('black-soil-targets', 'period'), raw))).toBe(period); },
  );

  it.each(['2025—2021', '1999', '十四五', '2025.5'])('refuses the period %j', (raw) => {
    expectIssue(context('black-soil-targets', 'period'), raw, 'type-error');
  });

  it('accepts snake_case codes only, so __proto__ cannot become a key', () => {
    const code = context('credit-indicators', 'code');
    expect(value(typeCell(code, 'xinyidai_credit'))).toBe('xinyidai_credit');
    for (const raw of ['__proto__', 'Demo', '信用', 'a-b']) expectIssue(code, raw, 'constraint-error');
  });
});
