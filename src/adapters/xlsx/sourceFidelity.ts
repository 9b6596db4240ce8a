import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { unescapeXml, type SheetPart } from './packageParts';

/**
 * What a source sheet holds that ExcelJS loses on the way from the clerk's file to the compiled
 * copy. ExcelJS attaches a comment (批注) only to a cell it has already met, so a comment on an
 * empty cell vanishes: `restoreComments` puts every missing one back. Parts it cannot carry at all
 * (charts, pivot tables, macros…) are named by `droppedParts`, so the copy says what it lacks.
 */
export async function restoreComments(book: ExcelJS.Workbook, zip: JSZip, parts: readonly SheetPart[]): Promise<number> {
  let restored = 0;
  for (const part of parts) {
    const ws = book.getWorksheet(part.name);
    const relsPath = part.path.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = zip.file(relsPath);
    if (!ws || !rels) continue;
    for (const m of (await rels.async('string')).matchAll(/<(?:\w+:)?Relationship\b[^>]*\bType="[^"]*\/comments"[^>]*>/g)) {
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      const file = target ? zip.file(resolve(part.path, target)) : null;
      if (!file) continue;
      for (const c of (await file.async('string')).matchAll(/<(?:\w+:)?comment\b[^>]*\bref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
        const cell = ws.getCell(c[1]);
        if (cell.note !== undefined) continue;
        const text = [...c[2].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((t) => unescapeXml(t[1])).join('');
        cell.note = text;
        restored++;
      }
    }
  }
  return restored;
}

/** Kinds of part ExcelJS does not write back, by where the package keeps them. */
const DROPPED: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^xl\/(charts|chartsheets)\//, what: '图表' },
  { pattern: /^xl\/(pivotTables|pivotCache)\//, what: '数据透视表' },
  { pattern: /^xl\/vbaProject\.bin$/, what: '宏（VBA）' },
  { pattern: /^xl\/(threadedComments|persons)\//, what: '新式批注（会话）' },
  { pattern: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, what: '切片器和日程表' },
  { pattern: /^xl\/(ctrlProps|activeX)\//, what: '表单控件' },
  { pattern: /^xl\/embeddings\//, what: '嵌入的对象' },
  { pattern: /^xl\/externalLinks\//, what: '外部链接' },
  { pattern: /^xl\/(queryTables\/|connections\.xml$|model\/)/, what: '数据连接和查询' },
  { pattern: /^customXml\//, what: '自定义XML' },
];

/** One line naming what the copy cannot carry, or null when it carries everything. */
export function droppedParts(zip: JSZip): string | null {
  const names = Object.keys(zip.files);
  const found = DROPPED.filter((d) => names.some((n) => d.pattern.test(n))).map((d) => d.what);
  if (found.length === 0) return null;
  return `源文件中的${found.join('、')}无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。`;
}

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}
