/**
 * @jest-environment jsdom
 */
import '../helpers/jsdom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { excelHost } from '../../src/adapters/excel/excelHost';
import { inProcessEngine } from '../../src/app/engine';
import type { WorkbookGrid } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { FakeWorkbook } from '../helpers/fakeExcel';

/** The pane over the fake Excel: a 监察大队 sheet hidden by the clerk, with one finding on it. */
function paneOver(book: FakeWorkbook) {
  const host = excelHost(book.runtime());
  const engine = inProcessEngine({ readXlsx: async () => ({ name: '', sheets: [] }) as WorkbookGrid, writeCopy: async (bytes) => ({ bytes, names: new Map() }), writeDocx: async () => new Uint8Array() });
  render(<App services={{ host, engine, language: 'zh', download: jest.fn() }} />);
}

function hiddenBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '监察大队']]);
  book.addSheet('监察大队', [['填报单位：监察大队'], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', '十二', 8]]).visibility = 'Hidden';
  return book;
}

describe('the pane’s messages from Excel', () => {
  it('says a finding’s cell is on a hidden sheet, and shows the sheet only when asked', async () => {
    const book = hiddenBook();
    paneOver(book);
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    fireEvent.click(await screen.findByRole('button', { name: /（读数）/ }));
    expect(await screen.findByTestId('error')).toHaveTextContent('单元格 监察大队!C3 在隐藏的工作表“监察大队”中');
    expect(book.sheet('监察大队')!.visibility).toBe('Hidden');
    fireEvent.click(screen.getByRole('button', { name: '显示该工作表' }));
    await waitFor(() => expect(book.stats.activated).toEqual(['监察大队']));
    expect(book.sheet('监察大队')!.visibility).toBe('Visible');
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('says which sheets 取消标出 could not restore', async () => {
    const book = hiddenBook();
    book.sheet('监察大队')!.visibility = 'Visible';
    paneOver(book);
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await screen.findByRole('button', { name: /（读数）/ });
    fireEvent.click(screen.getByRole('button', { name: '标出问题单元格' }));
    await screen.findByText(/已标出 1 个单元格/);
    book.deleteSheet('监察大队');
    fireEvent.click(screen.getByRole('button', { name: '取消标出' }));
    expect(await screen.findByTestId('notice')).toHaveTextContent('已恢复 0 个单元格的原有底色；已删除的工作表无法恢复，其底色记录已清除：监察大队');
  });

  it('says in 设置 why Excel would refuse a sheet name, as it is typed', async () => {
    paneOver(hiddenBook());
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.change(screen.getByRole('textbox', { name: '汇总表' }), { target: { value: '汇总[2023]' } });
    expect(await screen.findByText(/工作表名称“汇总\[2023\]”不能含有/)).toBeInTheDocument();
  });
});
