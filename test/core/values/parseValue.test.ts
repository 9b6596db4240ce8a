import fc from 'fast-check';
import { parseCellValue, parseFigureText, type Reading } from '../../../src/core';

function num(r: Reading): string {
  if (r.kind !== 'number') throw new Error(`expected a number, got ${r.kind}`);
  return r.value.toFixed();
}

describe('cell values (SPEC §2.2)', () => {
  describe('numbers and numbers stored as text', () => {
    it('reads a number cell as that number, not stored as text', () => {
      const r = parseCellValue(1234);
      expect(num(r)).toBe('1234');
      expect(r).toMatchObject({ storedAsText: false, approx: null, percent: false });
    });
    it.each([
      ['1234', '1234'],
      ['1,234', '1234'],
      ['1，234', '1234'],
      ['１２３４', '1234'],
      [' 1234 ', '1234'],
      ['\u30001234\u3000', '1234'],
      ['1,234,567.50', '1234567.5'],
      ['-12.5', '-12.5'],
      ['\u221212', '-12'],
    ])('reads text %j as %s, stored as text', (text, expected) => {
      const r = parseCellValue(text);
      expect(num(r)).toBe(expected);
      expect(r).toMatchObject({ storedAsText: true });
    });
    it('shows a computed float as Excel displays it (15 significant digits)', () => {
      expect(num(parseCellValue(0.1 + 0.2))).toBe('0.3');
    });
  });

  describe('万 and 亿', () => {
    it.each([
      ['1.2万', '12000', null],
      ['26.3万', '263000', null],
      ['3亿', '300000000', null],
      ['1.2万人次', '12000', '人次'],
      ['4.35亿', '435000000', null],
    ])('reads %s as %s exactly', (text, expected, unit) => {
      const r = parseCellValue(text);
      expect(num(r)).toBe(expected);
      expect(r).toMatchObject({ unitText: unit });
    });
    it('remembers that 26.3万 is stated to the thousand', () => {
      expect(parseCellValue('26.3万')).toMatchObject({ decimals: -3, multiplier: '万' });
    });
  });

  describe('percentages', () => {
    it('reads 99.63% text as the rate 99.63', () => {
      const r = parseCellValue('99.63%');
      expect(num(r)).toBe('99.63');
      expect(r).toMatchObject({ percent: true, decimals: 2 });
    });
    it('reads a percent-formatted 0.9963 as the rate 99.63: the format decides', () => {
      const r = parseCellValue(0.9963, '0.00%');
      expect(num(r)).toBe('99.63');
      expect(r).toMatchObject({ percent: true, decimals: 2, raw: '99.63%' });
    });
    it('reads the same number without a percent format as 0.9963', () => {
      expect(num(parseCellValue(0.9963, '0.00'))).toBe('0.9963');
    });
    it('reads a 0% formatted 1 as 100 stated to no decimals', () => {
      expect(parseCellValue(1, '0%')).toMatchObject({ percent: true, decimals: 0 });
      expect(num(parseCellValue(1, '0%'))).toBe('100');
    });
  });

  describe('approximate figures', () => {
    it.each([
      ['150余', '150', '余', '150余'],
      ['150多', '150', '多', '150多'],
      ['约150', '150', '约', '约150'],
      ['近150', '150', '近', '近150'],
      ['超150', '150', '超', '超150'],
      ['150+', '150', '+', '150+'],
      ['150余家次', '150', '余', '150余'],
      ['1.5万余', '15000', '余', '1.5万余'],
    ])('reads %s as %s, approximate, kept as written', (text, expected, marker, written) => {
      const r = parseCellValue(text);
      expect(num(r)).toBe(expected);
      expect(r).toMatchObject({ approx: { marker, written } });
    });
  });

  describe('not applicable', () => {
    it.each(['—', '－', '-', '/', '无', '不适用', '——'])('reads %s as not applicable', (text) => {
      expect(parseCellValue(text)).toEqual({ kind: 'na', raw: text });
    });
  });

  describe('missing', () => {
    it.each([null, '', '   ', '\u3000'])('reads %j as missing', (v) => {
      expect(parseCellValue(v)).toEqual({ kind: 'missing' });
    });
  });

  describe('unreadable', () => {
    it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!'])('reads the Excel error %s as a parse error', (code) => {
      expect(parseCellValue({ kind: 'error', code })).toMatchObject({ kind: 'invalid', reason: 'error', raw: code });
    });
    it('reads a date where a number is due as a parse error', () => {
      expect(parseCellValue({ kind: 'date', iso: '2023-12-06' })).toMatchObject({ kind: 'invalid', reason: 'date' });
    });
    it('reads a date-formatted serial (office-js gives numbers) as a date', () => {
      expect(parseCellValue(45266, 'yyyy-mm-dd')).toMatchObject({ kind: 'invalid', reason: 'date' });
    });
    it.each([true, false])('reads %s as a parse error', (b) => {
      expect(parseCellValue(b)).toMatchObject({ kind: 'invalid', reason: 'boolean' });
    });
    it.each(['12abc', '0x10', '1e5', '见附表', '12 34', 'N/A', '1,23'])('reads other text %j as a parse error', (text) => {
      expect(parseCellValue(text).kind).toBe('invalid');
    });
    it('reads a formula without a cached result as a parse error, never as 0', () => {
      expect(parseCellValue({ kind: 'uncached', formula: 'SUM(A1:A3)' })).toMatchObject({ kind: 'invalid', reason: 'uncached' });
    });
  });

  describe('properties', () => {
    it('never throws, whatever the cell holds', () => {
      const cell = fc.oneof(
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.string().map((code) => ({ kind: 'error' as const, code })),
      );
      fc.assert(
        fc.property(cell, fc.option(fc.string()), (v, fmt) => {
          const r = parseCellValue(v, fmt);
          expect(['number', 'na', 'missing', 'invalid']).toContain(r.kind);
        }),
      );
    });

    const FULL = (s: string): string => s.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    it('reads full-width and spaced variants of a number as the same value', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat({ max: 4 }), (n, d) => {
          const text = (n / 10 ** d).toFixed(d);
          const base = num(parseFigureText(text));
          expect(num(parseFigureText(FULL(text)))).toBe(base);
          expect(num(parseFigureText(`\u3000 ${text} \u3000`))).toBe(base);
        }),
      );
    });

    it('gives back the number when a number is formatted and parsed again (15 significant digits, as Excel keeps)', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
          const x = n / 10 ** d;
          expect(num(parseFigureText(x.toFixed(d)))).toBe(num(parseCellValue(x)));
        }),
      );
    });

    it('scales 万 and 亿 on the decimal string, never by float multiplication', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
          const text = (n / 10 ** d).toFixed(d);
          expect(num(parseFigureText(`${text}万`))).toBe(shiftText(text, 4));
          expect(num(parseFigureText(`${text}亿`))).toBe(shiftText(text, 8));
        }),
      );
    });
  });
});

/** Moves the decimal point by string manipulation, as an independent oracle. */
function shiftText(text: string, places: number): string {
  const [int, frac = ''] = text.split('.');
  const digits = int + frac.padEnd(places, '0');
  const point = int.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
