/**
 * @jest-environment jsdom
 */
import '../helpers/jsdom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { inProcessEngine } from '../../src/app/engine';
import type { WorkbookGrid } from '../../src/core';
import { BrowserApp } from '../../src/taskpane/browser/BrowserApp';
import { book, catalogSheet, longSheet } from '../helpers/grid';

const GRID: WorkbookGrid = book(
  catalogSheet([
    { name: '发现隐患数', unit: '宗', kind: '计数', reporters: '监察大队', section: '矛盾化解' },
    { name: '已化解隐患数', unit: '宗', kind: '计数', reporters: '监察大队', section: '矛盾化解' },
    { name: '化解率', unit: '%', kind: '比率', decimals: 2, reporters: '监察大队', formula: '[已化解隐患数]/[发现隐患数]*100', section: '矛盾化解' },
  ]),
  longSheet('监察大队', '监察大队', [['发现隐患数', '宗', 4434, 4102], ['已化解隐患数', '宗', 4418, 4079], ['化解率', '%', 0.9963, 0.9944]], { formatsByCell: { C6: '0.00%', D6: '0.00%' } }),
);

/** The page over an engine whose reading of the file waits until the test lets it finish. */
function renderPage() {
  let finishOpen: () => void = () => undefined;
  const opened = new Promise<WorkbookGrid>((resolve) => (finishOpen = () => resolve(GRID)));
  const engine = inProcessEngine({
    readXlsx: () => opened,
    writeCopy: async (bytes) => ({ bytes, names: new Map() }),
    writeDocx: async () => new Uint8Array([80, 75]),
  });
  render(<BrowserApp engine={engine} download={jest.fn()} language="zh" fetchSample={async () => new Uint8Array([80, 75, 3, 4])} />);
  return { finishOpen: () => finishOpen() };
}

const button = (name: string) => screen.getByRole('button', { name });

/** Loads the sample, lets it open and checks it, as a clerk does first. */
async function checkSample(finishOpen: () => void): Promise<void> {
  fireEvent.click(button('载入示例工作簿'));
  finishOpen();
  await screen.findByText('baoan-2023.xlsx');
  fireEvent.click(button('开始核对'));
  await screen.findByTestId('summary');
}
const isOff = (name: string) => button(name).getAttribute('aria-disabled') === 'true' || button(name).hasAttribute('disabled');

describe('the browser page', () => {
  it('offers no check, and no clearing, before a workbook is open', () => {
    renderPage();
    expect(isOff('开始核对')).toBe(true);
    expect(isOff('取消标出')).toBe(true);
    expect(isOff('标出问题单元格')).toBe(true);
  });

  it('runs a check asked for while the file opens, once it is open, saying 正在打开 meanwhile', async () => {
    const { finishOpen } = renderPage();
    fireEvent.click(button('载入示例工作簿'));
    await waitFor(() => expect(isOff('开始核对')).toBe(false));
    fireEvent.click(button('开始核对'));
    expect(await screen.findByTestId('busy')).toHaveTextContent('正在打开文件…');
    expect(isOff('开始核对')).toBe(true);
    finishOpen();
    await waitFor(() => expect(screen.getByTestId('summary')).toHaveTextContent(/^错误 \d+ 项/));
    expect(screen.queryByTestId('error')).toBeNull();
    expect(screen.getByTestId('file-name')).toHaveTextContent('baoan-2023.xlsx');
  });

  it('keeps 开始核对 focusable while the check runs (a disabled button drops the focus to <body>)', async () => {
    const { finishOpen } = renderPage();
    fireEvent.click(button('载入示例工作簿'));
    finishOpen();
    await screen.findByText('baoan-2023.xlsx');
    const run = button('开始核对');
    run.focus();
    fireEvent.click(run);
    expect(run).toHaveAttribute('aria-disabled', 'true');
    expect(run).not.toHaveAttribute('disabled');
    await screen.findByTestId('summary');
    expect(document.activeElement).toBe(button('重新核对'));
  });

  it('offers 取消标出 only once cells are marked, and shows each cell as Excel does', async () => {
    const { finishOpen } = renderPage();
    await checkSample(finishOpen);
    expect(isOff('取消标出')).toBe(true);
    fireEvent.click(button('标出问题单元格'));
    await screen.findByText(/^已标出 \d+ 个单元格$/);
    expect(isOff('取消标出')).toBe(false);
    fireEvent.click(button('取消标出'));
    await screen.findByText(/^已恢复 \d+ 个单元格的原有底色$/);
    expect(isOff('取消标出')).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: '监察大队' }));
    expect(document.querySelector('[data-cell="C6"]')).toHaveTextContent('99.63%');
  });

  it('drops the last workbook’s findings when another is opened: they point at that book’s cells', async () => {
    const { finishOpen } = renderPage();
    await checkSample(finishOpen);
    const other = Object.assign(new File([new Uint8Array([80, 75])], '另一本.xlsx'), { arrayBuffer: async () => new Uint8Array([80, 75]).buffer });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [other] } });
    await screen.findByText('另一本.xlsx');
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(isOff('开始核对')).toBe(false);
  });
});
