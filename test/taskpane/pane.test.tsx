/**
 * @jest-environment jsdom
 */
import '../helpers/jsdom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { inProcessEngine } from '../../src/app/engine';
import type { EngineService, WorkbookHost } from '../../src/app/ports';
import type { CellRef, OutSheet, WorkbookGrid } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { book, catalogSheet, longSheet } from '../helpers/grid';

const GRID: WorkbookGrid = book(
  catalogSheet([
    { name: '发现隐患数', unit: '宗', kind: '计数', reporters: '监察大队', section: '矛盾化解' },
    { name: '已化解隐患数', unit: '宗', kind: '计数', reporters: '监察大队', section: '矛盾化解' },
    { name: '化解率', unit: '%', kind: '比率', decimals: 2, reporters: '监察大队', formula: '[已化解隐患数]/[发现隐患数]*100', section: '矛盾化解' },
    { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科', section: '信访' },
  ]),
  longSheet('监察大队', '监察大队', [['发现隐患数', '宗', 4434, 4102], ['已化解隐患数', '宗', 4418, 4079], ['化解率', '%', '99.63%', '99.44%']]),
);

function fakeHost(grid: WorkbookGrid = GRID): WorkbookHost & { selected: CellRef[]; written: OutSheet[][] } {
  const selected: CellRef[] = [];
  const written: OutSheet[][] = [];
  return {
    kind: 'excel',
    selected,
    written,
    readGrid: async () => grid,
    writeSheets: async (sheets) => {
      written.push([...sheets]);
      return new Map(sheets.map((s) => [s.name, s.name]));
    },
    select: async (ref) => void selected.push(ref),
    highlight: async (refs) => ({ cells: refs.length, protectedSheets: [], missingSheets: [] }),
    clearHighlight: async () => ({ cells: 0, protectedSheets: [], missingSheets: [] }),
  };
}

const engine = (): EngineService =>
  inProcessEngine({
    readXlsx: async () => GRID,
    writeCopy: async (bytes) => ({ bytes, names: new Map() }),
    writeDocx: async () => new Uint8Array([80, 75]),
  });

const tabNames = (): (string | null)[] => screen.getAllByRole('tab').map((t) => t.textContent);

function renderPane(options: { host?: ReturnType<typeof fakeHost>; language?: 'zh' | 'en'; engine?: EngineService } = {}) {
  const host = options.host ?? fakeHost();
  const download = jest.fn();
  render(<App services={{ host, engine: options.engine ?? engine(), language: options.language ?? 'zh', download }} />);
  return { host, download };
}

describe('the task pane', () => {
  it('shows six tabs in Chinese, the 校验 tab first', () => {
    renderPane();
    expect(tabNames()).toEqual(['报送', '校验', '生成', '核稿', '年度', '设置']);
    expect(screen.getByRole('tab', { name: '校验' })).toHaveAttribute('aria-selected', 'true');
  });

  it('runs the check and groups findings by severity, then sheet; a click selects the cell in Excel', async () => {
    const { host } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await waitFor(() => expect(screen.getByTestId('summary')).toHaveTextContent('错误 1 项，警告 1 项，提示 2 项'));
    // Each check by its 中文名 (SPEC §4), never its id (issue 14).
    const finding = screen.getByRole('button', { name: /（截尾取舍）/ });
    expect(finding).not.toHaveTextContent('ratio-truncated');
    expect(finding).toHaveTextContent('按4418/4434*100四舍五入应为99.64%');
    expect(finding).toHaveTextContent('提示：疑似截尾而非四舍五入');
    fireEvent.click(finding);
    await waitFor(() => expect(host.selected).toEqual([{ sheet: '监察大队', cell: 'C6' }]));
    expect(finding).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters findings by severity and by text', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await screen.findByText(/警告 1 项/);
    expect(screen.getAllByRole('button', { name: /（(截尾取舍|读数)）/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: '提示' }));
    expect(screen.getAllByRole('button', { name: /（(截尾取舍|读数)）/ })).toHaveLength(1);
    fireEvent.change(screen.getByPlaceholderText('搜索说明、指标或单位'), { target: { value: '不存在的词' } });
    expect(screen.queryAllByRole('button', { name: /（(截尾取舍|读数)）/ })).toHaveLength(0);
  });

  it('lists the units that reported and those that have not', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await screen.findByText(/警告 1 项/);
    fireEvent.click(screen.getByRole('tab', { name: '报送' }));
    expect(screen.getByText('监察大队')).toBeInTheDocument();
    expect(screen.getByText('未报送的单位').nextSibling).toHaveTextContent('信访科');
  });

  it('writes the three sheets through the host and previews the narrative', async () => {
    const { host } = renderPane();
    fireEvent.click(screen.getByRole('tab', { name: '生成' }));
    fireEvent.click(screen.getByRole('button', { name: '写入汇总表、核对结果和文字说明' }));
    await screen.findByText('已写入：汇总表、核对结果、文字说明');
    expect(host.written[0].map((s) => s.name)).toEqual(['汇总表', '核对结果', '文字说明']);
    fireEvent.click(screen.getByRole('button', { name: '文字说明预览' }));
    const preview = await screen.findByTestId('narrative-preview');
    expect(preview).toHaveTextContent('发现隐患数4434宗，同比增长8.1%');
  });

  it('checks a pasted draft and marks each figure', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('tab', { name: '核稿' }));
    fireEvent.change(screen.getByRole('textbox', { name: '核稿' }), { target: { value: '发现隐患4434宗，已化解4418宗，化解率99.36%。' } });
    fireEvent.click(screen.getByRole('button', { name: '核对文稿' }));
    const marked = await screen.findByTestId('draft-marked');
    expect(within(marked).getAllByText(/\d/).map((m) => m.getAttribute('data-figure'))).toEqual(['4434宗', '4418宗', '99.36%']);
    expect(screen.getByText(/文稿中“99.36%”与报表数据不符/)).toBeInTheDocument();
  });

  it('refuses a pasted draft over 2,000,000 characters in one line, before the engine sees it', async () => {
    const base = engine();
    const verifyText = jest.fn(base.verifyText);
    renderPane({ engine: { ...base, verifyText } });
    fireEvent.click(screen.getByRole('tab', { name: '核稿' }));
    fireEvent.change(screen.getByRole('textbox', { name: '核稿' }), { target: { value: '发现隐患4434宗。'.repeat(200_001) } });
    fireEvent.click(screen.getByRole('button', { name: '核对文稿' }));
    expect(await screen.findByTestId('error')).toHaveTextContent('粘贴的文字：文稿有2000010个字符，超过上限2000000个字符。');
    expect(verifyText).not.toHaveBeenCalled();
  });

  it('speaks English when Office does, and switches language from 设置', async () => {
    renderPane({ language: 'en' });
    expect(tabNames()).toEqual(['Sheets', 'Check', 'Write', 'Draft', 'Year', 'Settings']);
    fireEvent.click(screen.getByRole('button', { name: 'Run check' }));
    await waitFor(() => expect(screen.getByTestId('summary')).toHaveTextContent('1 error, 1 warning, 2 infos'));
    expect(screen.getByRole('button', { name: /\(Truncated rate\)/ })).toHaveTextContent('rounds to 99.64%: the figure was truncated');
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(screen.getByTestId('language'));
    expect(tabNames()).toEqual(['报送', '校验', '生成', '核稿', '年度', '设置']);
  });

  it('shows a progress bar only for work over half a second', async () => {
    jest.useFakeTimers();
    let release: () => void = () => undefined;
    const slow: EngineService = { ...engine(), check: () => new Promise((resolve) => (release = () => resolve(engine().check(GRID)))) as never };
    renderPane({ engine: slow });
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await act(async () => jest.advanceTimersByTime(400));
    expect(screen.queryByTestId('busy')).toBeNull();
    await act(async () => jest.advanceTimersByTime(200));
    expect(screen.getByTestId('busy')).toHaveTextContent('正在核对…');
    await act(async () => release());
    jest.useRealTimers();
    await screen.findByText(/警告 1 项/);
    expect(screen.queryByTestId('busy')).toBeNull();
  });

  it('turns a host error into one sentence, never a stack trace', async () => {
    const host = fakeHost();
    host.readGrid = async () => {
      throw Object.assign(new Error('您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。\n    at stack'), { en: 'You are editing a cell.' });
    };
    renderPane({ host });
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    expect(await screen.findByTestId('error')).toHaveTextContent(/^您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。$/);
  });
});
