import { isCellRef, type Finding, type SkippedSheet } from '../core';
import type { CheckReport } from '../app/check';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const SKIP_REASON: Record<SkippedSheet['reason'], string> = {
  empty: '空白工作表',
  'no-table': '没有可识别的数据表',
  generated: '汇编助手生成的工作表',
  meta: '汇编助手的标记',
};

/** The readable Chinese report of `huibian check`, grouped by sheet in workbook order. */
export function formatCheckReport(report: CheckReport, file: string): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(`核对 ${file}：错误 ${summary.errors} 项，警告 ${summary.warnings} 项，提示 ${summary.infos} 项`);
  const c = report.compilation;
  lines.push(
    `读取了 ${c.submissions.length} 张报送表（${c.figures.length} 个数据）、${c.ledgers.length} 张台账` +
      (c.catalogInferred ? '；没有指标目录，指标按各表推断' : `；指标目录 ${c.catalog.indicators.length} 项`),
  );
  const bySheet = new Map<string, Finding[]>();
  const loose: Finding[] = [];
  for (const f of report.findings) {
    const ref = f.refs.find(isCellRef);
    if (!ref) {
      loose.push(f);
      continue;
    }
    const list = bySheet.get(ref.sheet);
    if (list) list.push(f);
    else bySheet.set(ref.sheet, [f]);
  }
  for (const sheet of c.sheetOrder) {
    const list = bySheet.get(sheet);
    if (!list) continue;
    lines.push('', `【${sheet}】`);
    for (const f of list) lines.push(...formatFinding(f));
  }
  if (loose.length > 0) {
    lines.push('', '【其他】');
    for (const f of loose) lines.push(...formatFinding(f));
  }
  const skipped = c.skipped.filter((s) => s.reason !== 'meta');
  if (skipped.length > 0) {
    lines.push('', `已跳过：${skipped.map((s) => `${s.sheet}（${SKIP_REASON[s.reason]}）`).join('、')}`);
  }
  if (report.findings.length === 0) lines.push('', '未发现问题。');
  return lines.join('\n');
}

function formatFinding(f: Finding): string[] {
  const cells = f.refs.filter(isCellRef).map((r) => r.cell);
  const where = cells.length > 0 ? cells.slice(0, 3).join(',') + (cells.length > 3 ? '…' : '') : '';
  const out = [`  ${SEVERITY_LABEL[f.severity]} ${where.padEnd(8)} [${f.check}] ${f.message}`];
  if (f.hint) out.push(`  ${' '.repeat(13)}提示：${f.hint}`);
  return out;
}
