/**
 * @jest-environment jsdom
 */
import '../helpers/jsdom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { EngineService, ImportPlan, PaneFinding, PaneReport, WorkbookHost } from '../../src/app/ports';
import type { OutSheet } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { book } from '../helpers/grid';

const GRID = book();
/** jsdom's File has no arrayBuffer(); the browser's has. */
const file = (name: string): File => Object.assign(new File([new Uint8Array([1, 2])], name), { arrayBuffer: async () => new Uint8Array([1, 2]).buffer });
const LOG: OutSheet = { name: '报送记录', kind: null, rows: [], widths: [], merges: [] };

const finding = (over: Partial<PaneFinding>): PaneFinding => ({
  id: 1, key: 'k1', check: 'granularity', severity: 'error', detail: { key: 'granularity', params: { indicator: '国满件满意率', reporter: '信访科', value: { digits: '96.23', unit: '%' }, base: 113, baseIndicator: '国家满意度调查信访件数', below: null, above: null } },
  refs: [{ sheet: '信访科', cell: 'D12' }, { sheet: '信访科', cell: 'D10' }, { sheet: '信访科', cell: 'D11' }], sheet: '信访科', accepted: null, ...over,
});

const report = (findings: PaneFinding[], accepted = 0, year: number | null = null): PaneReport => ({
  workbook: 'w', findings, summary: { errors: findings.filter((f) => f.severity === 'error' && !f.accepted).length, warnings: 0, infos: 0 }, accepted: { errors: accepted, warnings: 0, infos: 0 },
  reporters: [], absentReporters: [], skipped: [], catalogInferred: false, indicators: 0, figures: 0, ledgers: [], year,
});

const PLAN: ImportPlan = {
  entries: [
    {
      file: '信访科-更正.xlsx', reporter: '信访科', resubmission: true, notices: [], sheets: [{ from: '信访科', as: '信访科', replaces: '信访科' }],
      diff: {
        changed: [
          { reporter: '信访科', indicator: '来信信访件数', period: '2024年', previous: false, sheet: '信访科', cell: 'D4', old: '3180', new: '3190' },
          { reporter: '信访科', indicator: '国满件满意率', period: '2024年', previous: false, sheet: '信访科', cell: 'D7', old: '96.23', new: '96.46' },
        ],
        added: [],
        removed: [],
      },
    },
    { file: '法律顾问室.xlsx', reporter: '法律顾问室', resubmission: false, notices: [], sheets: [{ from: 'Sheet1', as: '法律顾问室', replaces: null }], diff: { changed: [], added: [{ reporter: '法律顾问室', indicator: '法律咨询件数', period: '2024年', previous: false, sheet: '法律顾问室', cell: 'D4', old: null, new: '12' }], removed: [] } },
  ],
  refused: [{ file: '照片.xlsx', reason: '不是Excel或WPS表格文件' }],
  sheets: [],
  log: LOG,
};

function setup(reports: PaneReport[]) {
  const calls: string[] = [];
  const written: OutSheet[][] = [];
  const imports: ImportPlan[] = [];
  let n = 0;
  const engine = {
    check: async () => reports[Math.min(n++, reports.length - 1)],
    planImport: async (_g: unknown, files: readonly { file: string }[]) => (calls.push(`plan ${files.map((f) => f.file).join(',')}`), PLAN),
    accept: async (_g: unknown, _s: unknown, decisions: readonly { key: string; status: string | null; note: string }[]) => (calls.push(`accept ${JSON.stringify(decisions)}`), { ...LOG, name: '核对结果' }),
    forms: async (_g: unknown, _s: unknown, year: number) => [{ unit: '信访科', name: `${year}年信访科报送表.xlsx`, bytes: new Uint8Array([1]) }],
    formsZip: async () => new Uint8Array([80, 75]),
    rollover: async (_g: unknown, _s: unknown, year: number) => new Uint8Array([year % 256]),
  } as unknown as EngineService;
  const host: WorkbookHost = {
    kind: 'excel',
    readGrid: async () => GRID,
    writeSheets: async (sheets) => (written.push([...sheets]), new Map(sheets.map((s) => [s.name, s.name]))),
    select: async () => undefined,
    highlight: async () => ({ cells: 0, protectedSheets: [], missingSheets: [] }),
    clearHighlight: async () => ({ cells: 0, protectedSheets: [], missingSheets: [] }),
    writeImport: async (plan) => void imports.push(plan),
  };
  const download = jest.fn();
  render(<App services={{ host, engine, language: 'zh', download }} />);
  return { calls, written, imports, download };
}

describe('the clerk’s year in the pane', () => {
  it('shows each check by its 中文名, filters by check, and lists a finding’s cells in reading order', async () => {
    setup([report([finding({}), finding({ id: 2, key: 'k2', check: 'ratio-truncated', severity: 'warning', refs: [{ sheet: '监察大队', cell: 'D12' }] })])]);
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    const card = await screen.findByRole('button', { name: /（比率不可能）/ });
    expect(card).toHaveTextContent('信访科!D10、D11、D12');
    expect(card).not.toHaveTextContent('granularity');
    fireEvent.change(screen.getByTestId('check-filter'), { target: { value: 'ratio-truncated' } });
    expect(screen.queryByRole('button', { name: /（比率不可能）/ })).toBeNull();
    expect(screen.getByRole('button', { name: /（截尾取舍）/ })).toBeInTheDocument();
  });

  it('accepts a finding with a note: 核对结果 is written, the finding shows as accepted and no longer counts', async () => {
    const open = finding({});
    const { calls, written } = setup([report([open]), report([{ ...open, accepted: { status: 'explained', note: '经核实无误' } }], 1)]);
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await screen.findByText('错误 1 项，警告 0 项，提示 0 项');
    fireEvent.click(screen.getByRole('button', { name: '处理意见…' }));
    fireEvent.click(screen.getByRole('radio', { name: '已说明' }));
    fireEvent.change(screen.getByRole('textbox', { name: '处理意见' }), { target: { value: ' 经核实无误 ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('错误 0 项（另有 1 项已说明），警告 0 项，提示 0 项');
    expect(calls).toContain('accept [{"key":"k1","status":"explained","note":"经核实无误"}]');
    expect(written).toEqual([[expect.objectContaining({ name: '核对结果' })]]);
    expect(screen.getByTestId('accepted')).toHaveTextContent('已说明');
    expect(screen.getByTestId('accepted-note')).toHaveTextContent('经核实无误');
  });

  it('imports several files: the diff of each, the refused one, then confirm writes and checks again', async () => {
    const { calls, imports } = setup([report([])]);
    fireEvent.click(screen.getByRole('tab', { name: '报送' }));
    const files = ['信访科-更正.xlsx', '法律顾问室.xlsx', '照片.xlsx'].map(file);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files } });
    const review = await screen.findByTestId('import-review');
    expect(calls).toEqual(['plan 信访科-更正.xlsx,法律顾问室.xlsx,照片.xlsx']);
    const [resubmitted, fresh] = within(review).getAllByTestId('import-entry');
    expect(resubmitted).toHaveTextContent('重新报送');
    expect(within(resubmitted).getByTestId('import-changed').textContent).toBe('来信信访件数3180 → 3190国满件满意率96.23 → 96.46');
    expect(fresh).toHaveTextContent('新单位');
    expect(within(fresh).getByTestId('import-added')).toHaveTextContent('法律咨询件数12');
    expect(within(review).getByTestId('import-refused')).toHaveTextContent('照片.xlsx：不是Excel或WPS表格文件');
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    await screen.findByText('已导入：信访科、法律顾问室；修改 2 个数据');
    expect(imports).toEqual([PLAN]);
    expect(screen.queryByTestId('import-review')).toBeNull();
  });

  it('cancelling an import writes nothing', async () => {
    const { imports } = setup([report([])]);
    fireEvent.click(screen.getByRole('tab', { name: '报送' }));
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [file('a.xlsx')] } });
    await screen.findByTestId('import-review');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByTestId('import-review')).toBeNull();
    expect(imports).toEqual([]);
  });

  it('hands out the forms for the year typed and downloads next year’s workbook', async () => {
    const { download } = setup([report([])]);
    fireEvent.click(screen.getByRole('tab', { name: '年度' }));
    fireEvent.change(screen.getByRole('textbox', { name: '年度' }), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: '下载全部（.zip）' }));
    await waitFor(() => expect(download).toHaveBeenCalledWith('2025年报送模板.zip', new Uint8Array([80, 75]), 'application/zip'));
    fireEvent.click(screen.getByRole('button', { name: '逐个单位生成' }));
    fireEvent.click(await screen.findByRole('button', { name: '信访科' }));
    await waitFor(() => expect(download).toHaveBeenCalledWith('2025年信访科报送表.xlsx', new Uint8Array([1]), expect.stringContaining('spreadsheetml')));
    fireEvent.change(screen.getByRole('textbox', { name: '下一年度' }), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: '下载下一年度工作簿' }));
    await waitFor(() => expect(download).toHaveBeenCalledWith('2026年汇编.xlsx', new Uint8Array([2026 % 256]), expect.stringContaining('spreadsheetml')));
  });

  it('offers the checked workbook’s 报告期 year for the forms and the year after for the rollover, until the clerk types one', async () => {
    const { download } = setup([report([], 0, 2023)]);
    fireEvent.click(screen.getByRole('tab', { name: '年度' }));
    const formsYear = screen.getByRole('textbox', { name: '年度' });
    const nextYear = screen.getByRole('textbox', { name: '下一年度' });
    // Before a check the pane knows no 报告期: this calendar year and the next.
    const now = new Date().getFullYear();
    expect(formsYear).toHaveValue(String(now));
    expect(nextYear).toHaveValue(String(now + 1));
    fireEvent.click(screen.getByRole('tab', { name: '校验' }));
    fireEvent.click(screen.getByRole('button', { name: '开始核对' }));
    await screen.findByText(/错误 0 项/);
    fireEvent.click(screen.getByRole('tab', { name: '年度' }));
    expect(screen.getByRole('textbox', { name: '年度' })).toHaveValue('2023');
    expect(screen.getByRole('textbox', { name: '下一年度' })).toHaveValue('2024');
    fireEvent.click(screen.getByRole('button', { name: '下载下一年度工作簿' }));
    await waitFor(() => expect(download).toHaveBeenCalledWith('2024年汇编.xlsx', new Uint8Array([2024 % 256]), expect.stringContaining('spreadsheetml')));
    // A year the clerk types stays, whatever the next check says.
    fireEvent.change(screen.getByRole('textbox', { name: '年度' }), { target: { value: '2022' } });
    expect(screen.getByRole('textbox', { name: '年度' })).toHaveValue('2022');
  });

  it('refuses a year that is not four digits, in one line', async () => {
    const { download } = setup([report([])]);
    fireEvent.click(screen.getByRole('tab', { name: '年度' }));
    fireEvent.change(screen.getByRole('textbox', { name: '下一年度' }), { target: { value: '明年' } });
    fireEvent.click(screen.getByRole('button', { name: '下载下一年度工作簿' }));
    expect(await screen.findByTestId('error')).toHaveTextContent('请填写四位数的年度，例如 2024');
    expect(download).not.toHaveBeenCalled();
  });
});
