import { cellText } from '../../src/taskpane/browser/cellText';

describe('cellText shows a cell as Excel does, by its number format', () => {
  it.each([
    [0.9963, '0.00%', '99.63%'],
    [1, '0%', '100%'],
    [0.5, '0%', '50%'],
    [22448, '#,##0', '22,448'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [26.25, '0.0', '26.3'],
    [26.35, '0.0', '26.4'],
    [1.005, '0.00', '1.01'],
    [4418, '0', '4418'],
    [4418, '0.00', '4418.00'],
    [12, '@', '12'],
    [0.1 + 0.2, 'General', '0.3'],
    [0.1 + 0.2, null, '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [2.5, '0"万元"', '3万元'],
    [26.3, '0.0"万人次"', '26.3万人次'],
    [-5, '0.00', '-5.00'],
    [-5, '0.00;[Red](0.00)', '(5.00)'],
    [0, '0;-0;"—"', '—'],
    [0, '0;-0;;@', ''],
    [1234567, '#,##0,', '1,235'],
    [0.5, '#.00', '.50'],
    [12345, '0.00E+00', '1.23E+04'],
    [-0.04, '0.0', '-0.0'],
  ])('%p under %p shows %p', (value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });

  it.each([
    [45000, 'yyyy/m/d', '2023/3/15'],
    [45000, 'mm-dd-yy', '2023/3/15'],
    [45000, 'yyyy"年"m"月"d"日"', '2023年3月15日'],
    [45000, '[$-804]yyyy"年"m"月"d"日";@', '2023年3月15日'],
    [45000.5, 'yyyy-mm-dd hh:mm', '2023-03-15 12:00'],
    [0.75, 'h:mm AM/PM', '6:00 PM'],
  ])('date serial %p under %p shows %p', (value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });

  it('shows a date cell by its format, and as ISO without one', () => {
    expect(cellText({ kind: 'date', iso: '2023-01-05' }, 'yyyy"年"m"月"d"日"')).toBe('2023年1月5日');
    expect(cellText({ kind: 'date', iso: '2023-01-05' }, null)).toBe('2023-01-05');
  });

  it('shows text, errors, booleans and blanks as they are', () => {
    expect(cellText('96.23%', '0.00%')).toBe('96.23%');
    expect(cellText({ kind: 'error', code: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null, '0.00')).toBe('');
  });
});
