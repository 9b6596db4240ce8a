import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import { outlineOf, paragraphText, shownText, type NarrativeDocument, type SummaryModel } from '../../core';
import { BODY_LINE_PT, FONTS, MARGIN_MM, PAGE_MM, SIZE_PT, type OfficialFont } from './officialStyle';
import { DOCUMENT_CREATOR, TABLE_HEADER, tableNote } from './docxLexicon';

const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Millimetres to twips, rounded (docx's helper truncates: 37 mm would be 2097, not 2098). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);
const twips = (pt: number): number => Math.round(pt * 20);
const fontOf = (f: OfficialFont): IRunOptions['font'] => ({ ascii: f.name, eastAsia: f.name, hAnsi: f.name, cs: f.name });

const MARGINS = {
  top: mm(MARGIN_MM.top),
  bottom: mm(MARGIN_MM.bottom),
  left: mm(MARGIN_MM.left),
  right: mm(MARGIN_MM.right),
};

/**
 * The narrative and the summary table as a Word document in the GB/T 9704-2012 layout (SPEC
 * §5.2): 章节 become 一、 and （一） headings; the table follows on a landscape page.
 */
export async function writeNarrativeDocx(doc: NarrativeDocument, summary: SummaryModel): Promise<Uint8Array> {
  const body: Paragraph[] = [title(doc.title), ...narrativeParagraphs(doc)];
  const document = new Document({
    creator: DOCUMENT_CREATOR,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: fontOf(FONTS.body), size: halfPoints(SIZE_PT.sanHao) } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) }, margin: MARGINS } },
        footers: pageNumberFooters(),
        children: body,
      },
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page: give the portrait A4 size.
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height), orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGINS.left, bottom: MARGINS.right, left: MARGINS.top, right: MARGINS.bottom },
          },
        },
        footers: pageNumberFooters(),
        children: summaryTable(summary),
      },
    ],
  });
  // toArrayBuffer works in Node and in the engine's Web Worker (toBuffer needs Node's Buffer).
  const bytes = await Packer.toArrayBuffer(document);
  return declareFontFallbacks(new Uint8Array(bytes));
}

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: twips(BODY_LINE_PT), line: twips(36), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: fontOf(FONTS.title), size: halfPoints(SIZE_PT.erHao) })],
  });
}

function bodyParagraph(text: string, font: OfficialFont = FONTS.body, indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { line: twips(BODY_LINE_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: indent ? { firstLine: twips(SIZE_PT.sanHao * 2) } : undefined,
    children: [new TextRun({ text, font: fontOf(font), size: halfPoints(SIZE_PT.sanHao) })],
  });
}

function narrativeParagraphs(doc: NarrativeDocument): Paragraph[] {
  return outlineOf(doc).map((item) =>
    item.kind === 'heading' ? bodyParagraph(item.text, item.level === 1 ? FONTS.heading1 : FONTS.heading2) : bodyParagraph(paragraphText(item.paragraph)),
  );
}

/** "— 1 —" in 宋体 四号: odd pages on the right, even pages on the left, each a character in. */
function pageNumberFooters(): { default: Footer; even: Footer } {
  const numberRun = (): TextRun => new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontOf(FONTS.pageNumber), size: halfPoints(SIZE_PT.siHao) });
  const inset = twips(SIZE_PT.siHao);
  return {
    default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: inset }, children: [numberRun()] })] }),
    even: new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: inset }, children: [numberRun()] })] }),
  };
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Relative column widths of the table (they fill the landscape type area). */
const TABLE_WIDTHS = [6, 21, 6, 10, 10, 9, 9, 14, 15];

function summaryTable(summary: SummaryModel): (Paragraph | Table)[] {
  const size = halfPoints(SIZE_PT.xiaoSi);
  const text = (t: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): TableCell =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
      children: [new Paragraph({ alignment: align, children: [new TextRun({ text: t, bold, size, font: fontOf(FONTS.body) })] })],
    });
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: TABLE_HEADER.map((h) => text(h, true)) })];
  for (const row of summary.rows) {
    if (row.kind === 'section') {
      rows.push(new TableRow({ children: [new TableCell({ columnSpan: TABLE_HEADER.length, borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER }, children: [new Paragraph({ children: [new TextRun({ text: row.title, bold: true, size, font: fontOf(FONTS.heading1) })] })] })] }));
      continue;
    }
    const d = row.shown?.decimals ?? 0;
    const fixed = (v: { toFixed: (n: number) => string } | null | undefined, decimals = d): string => (v ? v.toFixed(Math.max(0, decimals)) : '');
    const current = shownText(row.shown?.current ?? null, d);
    const previous = shownText(row.shown?.previous ?? null, d);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          text(String(row.seq)),
          text(row.indicator.name, false, AlignmentType.LEFT),
          text(row.unit),
          text(current, false, AlignmentType.RIGHT),
          text(previous, false, AlignmentType.RIGHT),
          text(fixed(row.change), false, AlignmentType.RIGHT),
          text(fixed(row.changeRate, 1), false, AlignmentType.RIGHT),
          text(row.reporters, false, AlignmentType.LEFT),
          text(row.note, false, AlignmentType.LEFT),
        ],
      }),
    );
  }
  const total = TABLE_WIDTHS.reduce((a, b) => a + b, 0);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twips(12) }, children: [new TextRun({ text: summary.title, font: fontOf(FONTS.title), size: halfPoints(SIZE_PT.sanHao) })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: TABLE_WIDTHS.map((w) => Math.round((w / total) * 13000)), rows }),
    ...summary.notes.map((n) => new Paragraph({ spacing: { before: twips(6) }, children: [new TextRun({ text: tableNote(n), size, font: fontOf(FONTS.body) })] })),
  ];
}

/**
 * Word picks a substitute for a font the machine lacks from the font table: name each official
 * font there with its common alternative (仿宋_GB2312 → 仿宋), GB2312 charset and PANOSE class.
 */
async function declareFontFallbacks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = 'word/fontTable.xml';
  const existing = zip.file(path);
  const entries = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  let xml: string;
  if (existing) {
    const current = await existing.async('string');
    const names: string[] = Object.values(FONTS).map((f) => f.name);
    const kept = current.replace(/<w:font w:name="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:font>)/g, (m, name: string) => (names.includes(name) ? '' : m));
    xml = /<\/w:fonts>\s*$/.test(kept) ? kept.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`) : kept.replace(/\/>\s*$/, `>${entries}</w:fonts>`);
  } else {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
  }
  zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
