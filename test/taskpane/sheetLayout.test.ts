import type { SheetGrid } from '../../src/core';
import { ROW_HEADER_WIDTH, ROW_HEIGHT, autoWidths, columnAt, columnOffsets, rowPieces, scrollToShow, textWidth } from '../../src/taskpane/browser/sheetLayout';

const sheet = (values: SheetGrid['values'], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name: 'S', values, ...extra });

describe("the page's grid geometry", () => {
  it('sizes columns by what they show, not by a title or footer alone on its row', () => {
    const s = sheet(
      [
        ['2023年各街道劳资隐患排查化解情况（单位：家）'],
        ['序号', '街道', '化解率'],
        [1, '新安街道', 0.9963],
        ['填表人：李建国          联系电话：0755-27750188'],
      ],
      { formats: [undefined, undefined, [null, null, '0.00%']] },
    );
    const [a, b, c] = autoWidths(s, 3);
    expect(a).toBeLessThan(60);
    expect(b).toBe(textWidth('新安街道') + 8);
    expect(c).toBe(textWidth('99.63%') + 8);
  });

  it('draws a merged title as one box, and text too wide for its cell over the empty cells to its right', () => {
    const offsets = columnOffsets([40, 40, 40, 40]);
    const width = (t: string) => () => textWidth(t);
    expect(rowPieces(['标题', null, null, 'x'], [{ left: 0, right: 2 }], offsets, 0, 4, width('标题'))).toEqual([
      { col: 0, right: 2 },
      { col: 3, right: 3 },
    ]);
    expect(rowPieces(['填表人：李建国', null, null, 'x'], [], offsets, 0, 4, width('填表人：李建国'))).toEqual([
      { col: 0, right: 2 },
      { col: 3, right: 3 },
    ]);
    expect(rowPieces([12345678901234, null], [], columnOffsets([40, 40]), 0, 2, width('12345678901234'))).toEqual([
      { col: 0, right: 0 },
      { col: 1, right: 1 },
    ]);
  });

  it('draws text spilling from left of the view from where it starts', () => {
    const offsets = columnOffsets([40, 40, 40, 40]);
    expect(rowPieces(['填表人：李建国', null, null, null], [], offsets, 2, 4, () => textWidth('填表人：李建国'))).toEqual([
      { col: 0, right: 2 },
      { col: 3, right: 3 },
    ]);
  });

  it('finds the column at a horizontal position', () => {
    const offsets = columnOffsets([50, 100, 70]);
    expect([0, 49, 50, 149, 150, 400].map((x) => columnAt(offsets, x))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('scrolls a cell out of view to the middle, and leaves a visible one alone', () => {
    const view = { width: 600, height: 400 };
    const far = scrollToShow({ top: 0, left: 0 }, view, { row: 100, x: 2000, width: 100 });
    const y = (100 + 1) * ROW_HEIGHT - far.top;
    expect(y).toBeGreaterThanOrEqual(ROW_HEIGHT);
    expect(y + ROW_HEIGHT).toBeLessThanOrEqual(view.height);
    expect(2000 - far.left).toBeGreaterThanOrEqual(0);
    expect(ROW_HEADER_WIDTH + 2000 + 100 - far.left).toBeLessThanOrEqual(view.width);
    expect(scrollToShow(far, view, { row: 101, x: 2000, width: 100 })).toEqual(far);
    // Hidden under the sticky column letters: scrolled.
    expect(scrollToShow({ top: 24 * 10 + 10, left: 0 }, view, { row: 9, x: 0, width: 50 }).top).toBeLessThan(24 * 10);
  });
});
