/**
 * Counting what a part really holds before a parser allocates for it: cells, merged areas,
 * hidden rows. Each counter is one linear pass over bytes or text, so a file that claims
 * millions of cells is refused for what it holds, not after building them.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

export interface SheetXmlFacts {
  /** `<c>` elements, empty styled ones included. */
  readonly cells: number;
  readonly merges: number;
  /** Array formulas (<f t="array">): SheetJS looks each one up for every later formula cell. */
  readonly arrayFormulas: number;
  /** 0-based indexes of rows marked hidden. */
  readonly hiddenRows: readonly number[];
}

/**
 * One pass over an .xlsx worksheet part: cells, merged areas, hidden rows. It also blanks the
 * part's hyperlinks with spaces (in the reader's own copy): SheetJS makes a cell for every cell
 * a hyperlink covers, and one over A1:XFD1048576 would never finish; the grid needs none.
 */
export function scanSheetXml(xml: Uint8Array): SheetXmlFacts {
  const facts = usesPrefixes(xml) ? scanPrefixed(xml) : scanPlain(xml);
  blankHyperlinkTags(xml);
  return facts;
}

const HYPERLINK = new TextEncoder().encode('hyperlink');

/**
 * Blanks every <hyperlink …> start tag SheetJS would find, wherever it stands: SheetJS matches
 * them anywhere after the sheet data, so a damaged part whose <hyperlinks> hides inside a cut-off
 * tag (`<row r="8" x14ac:dyDesc<hyperlinks><hyperlink ref="A1:XFD1048576"/>`), or which lost its
 * container, would still make a cell for each of 17 billion cells (found by npm run fuzz).
 */
function blankHyperlinkTags(xml: Uint8Array): void {
  for (let at = indexOfBytes(xml, HYPERLINK, 0); at >= 0; at = indexOfBytes(xml, HYPERLINK, at + HYPERLINK.length)) {
    const after = xml[at + HYPERLINK.length];
    if (after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) continue;
    // Back over an optional namespace prefix to the '<'.
    let lt = at - 1;
    if (xml[lt] === 0x3a) for (lt--; lt >= 0 && isNameByte(xml[lt]) && xml[lt] !== 0x3a; lt--);
    if (xml[lt] !== LT) continue;
    let end = at + HYPERLINK.length;
    while (end < xml.length && xml[end] !== GT && xml[end] !== LT) end++;
    if (xml[end] !== GT) continue;
    xml.fill(0x20, lt, end + 1);
  }
}

/** The facts a scan has counted so far: both scanners feed one, element by element. */
interface Tally {
  cells: number;
  merges: number;
  arrayFormulas: number;
  /** The 1-based number of the last row met. */
  row: number;
  readonly hiddenRows: number[];
}

const newTally = (): Tally => ({ cells: 0, merges: 0, arrayFormulas: 0, row: 0, hiddenRows: [] });

/** A <row …> tag's attributes (from `from` to the '>' at `end`): its number (else the next one), hidden or not. */
function tallyRow(t: Tally, xml: Uint8Array, from: number, end: number): void {
  const r = attribute(xml, from, end, 'r');
  t.row = r !== null && /^\d+$/.test(r) ? Number(r) : t.row + 1;
  // Only a row marked hidden needs its other attributes read.
  let h = from;
  while (h < end && xml[h] !== 0x68 /* h */) h++;
  if (h < end) {
    const hidden = attribute(xml, from, end, 'hidden');
    if (hidden === '1' || hidden === 'true') t.hiddenRows.push(t.row - 1);
  }
}

/** A <f …> tag's attributes: an array formula or not. */
function tallyFormula(t: Tally, xml: Uint8Array, from: number, end: number): void {
  if (attribute(xml, from, end, 't') === 'array') t.arrayFormulas++;
}

const factsOf = ({ cells, merges, arrayFormulas, hiddenRows }: Tally): SheetXmlFacts => ({ cells, merges, arrayFormulas, hiddenRows });

/** Excel, WPS and LibreOffice write elements without a namespace prefix: one tight pass over the bytes. */
function scanPlain(xml: Uint8Array): SheetXmlFacts {
  const t = newTally();
  const n = xml.length;
  for (let p = 0; p < n; p++) {
    if (xml[p] !== LT) continue;
    const b = xml[p + 1];
    if (b === 0x63 /* c */) {
      const d = xml[p + 2];
      if (d === 0x20 || d === GT || d === SLASH || d === 0x09 || d === 0x0a || d === 0x0d) t.cells++;
    } else if (b === 0x72 /* r */ && xml[p + 2] === 0x6f && xml[p + 3] === 0x77 && !isNameByte(xml[p + 4])) {
      const end = xml.indexOf(GT, p);
      if (end < 0) break;
      tallyRow(t, xml, p + 4, end);
      p = end;
    } else if (b === 0x6d && textAt(xml, p + 1, 'mergeCell') && !isNameByte(xml[p + 10])) {
      t.merges++;
    } else if (b === 0x66 /* f */ && xml[p + 2] === 0x20) {
      const end = xml.indexOf(GT, p);
      if (end < 0) break;
      tallyFormula(t, xml, p + 2, end);
      p = end;
    } else if (b === 0x68 && textAt(xml, p + 1, 'hyperlinks') && !isNameByte(xml[p + 11])) {
      p = blankElement(xml, p, 0);
    }
  }
  return factsOf(t);
}

/** Is the root element prefixed (<x:worksheet …>)? */
function usesPrefixes(xml: Uint8Array): boolean {
  for (let p = xml.indexOf(LT); p >= 0 && p < 4096; p = xml.indexOf(LT, p + 1)) {
    const b = xml[p + 1];
    if (b === 0x3f /* ? */ || b === 0x21 /* ! */) continue;
    let q = p + 1;
    while (q < xml.length && isNameByte(xml[q]) && xml[q] !== 0x3a) q++;
    return xml[q] === 0x3a;
  }
  return false;
}

/** The same facts for a sheet whose elements carry a namespace prefix (x:c, x:row): rarer, and slower. */
function scanPrefixed(xml: Uint8Array): SheetXmlFacts {
  const t = newTally();
  for (let p = xml.indexOf(LT); p >= 0 && p + 1 < xml.length; p = xml.indexOf(LT, p + 1)) {
    // The element name, without a namespace prefix (x:c is c).
    let q = p + 1;
    let nameStart = q;
    while (q < xml.length && isNameByte(xml[q])) {
      if (xml[q] === 0x3a) nameStart = q + 1;
      q++;
    }
    const length = q - nameStart;
    const first = xml[nameStart];
    if (length === 1 && first === 0x63 /* c */) {
      // Empty styled cells count too: the reader keeps them (a formula saved without its result is one).
      t.cells++;
    } else if (length === 3 && first === 0x72 && xml[nameStart + 1] === 0x6f && xml[nameStart + 2] === 0x77 /* row */) {
      const end = xml.indexOf(GT, q);
      if (end < 0) break;
      tallyRow(t, xml, q, end);
      p = end;
    } else if (length === 9 && first === 0x6d && textAt(xml, nameStart, 'mergeCell')) {
      t.merges++;
    } else if (length === 1 && first === 0x66 /* f */) {
      const end = xml.indexOf(GT, q);
      if (end < 0) break;
      tallyFormula(t, xml, q, end);
      p = end;
    } else if (length === 10 && first === 0x68 && textAt(xml, nameStart, 'hyperlinks')) {
      p = blankElement(xml, p, nameStart - p - 1);
    }
  }
  return factsOf(t);
}

/** Overwrites the element starting at `start` (through its end tag) with spaces; returns where it ended. */
function blankElement(xml: Uint8Array, start: number, prefixLength: number): number {
  const open = xml.indexOf(GT, start);
  if (open < 0) return xml.length;
  let end = open;
  if (xml[open - 1] !== SLASH) {
    const close = new TextEncoder().encode(`</${prefixLength > 0 ? String.fromCharCode(...xml.subarray(start + 1, start + 1 + prefixLength)) : ''}hyperlinks>`);
    const at = indexOfBytes(xml, close, open);
    end = at < 0 ? open : at + close.length - 1;
  }
  xml.fill(0x20, start, end + 1);
  return end;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  for (let p = hay.indexOf(needle[0], from); p >= 0; p = hay.indexOf(needle[0], p + 1)) {
    let i = 1;
    while (i < needle.length && hay[p + i] === needle[i]) i++;
    if (i === needle.length) return p;
  }
  return -1;
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x3a || b === 0x5f || b === 0x2d;
}

function textAt(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The value of `name="…"` inside a start tag's bytes [from, to), or null. */
function attribute(bytes: Uint8Array, from: number, to: number, name: string): string | null {
  for (let p = from; p < to; p++) {
    if (bytes[p] !== 0x20 && bytes[p] !== 0x09 && bytes[p] !== 0x0a && bytes[p] !== 0x0d) continue;
    if (!textAt(bytes, p + 1, name) || bytes[p + 1 + name.length] !== 0x3d /* = */) continue;
    const quote = bytes[p + 2 + name.length];
    if (quote !== 0x22 && quote !== 0x27) return null;
    const start = p + 3 + name.length;
    let end = start;
    while (end < to && bytes[end] !== quote) end++;
    let out = '';
    for (let i = start; i < end && i < start + 16; i++) out += String.fromCharCode(bytes[i]);
    return out;
  }
  return null;
}

/**
 * Cells an OpenDocument content.xml makes in SheetJS, counted the way its parser makes them: at
 * each closing </table:table-cell>, one cell per repeated column of the last cell tag it read,
 * for each repeated row of the current row (so a damaged file whose closing tags outnumber its
 * opening ones is counted for the copies SheetJS would really build), and a self-closing string
 * cell once. A self-closing empty cell repeated across the sheet makes nothing.
 */
export function countOdsCells(xml: string): number {
  let total = 0;
  let rowRepeat = 1;
  let columnRepeat = 1;
  const tag = /<(\/?)table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, close, name, attrs, selfClosing] = m;
    if (name === 'table-row') {
      if (close) rowRepeat = 1;
      else if (!selfClosing) rowRepeat = repeatOf(attrs, 'number-rows-repeated');
      continue;
    }
    if (name !== 'table-cell') continue;
    if (close) {
      total += rowRepeat * columnRepeat;
      continue;
    }
    columnRepeat = repeatOf(attrs, 'number-columns-repeated');
    if (selfClosing && /value-type="string"/.test(attrs)) total += 1;
  }
  return total;
}

function repeatOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  return m ? Math.max(1, Math.min(Number(m[1]), 2 ** 31)) : 1;
}

/** Cells and merged areas of an HTML table: SheetJS looks up every merge for every cell. */
export function countHtmlTable(html: string): { cells: number; merges: number } {
  const cells = html.match(/<t[dh][\s>]/gi)?.length ?? 0;
  const merges = html.match(/\s(colspan|rowspan)\s*=\s*["']?\s*([2-9]|\d\d)/gi)?.length ?? 0;
  return { cells, merges };
}

/** Column spans of an Excel 2003 XML spreadsheet: SheetJS copies a column style once per spanned column. */
export function largestXmlSpan(xml: string): number {
  let largest = 0;
  for (const m of xml.matchAll(/\bSpan="(\d+)"/g)) largest = Math.max(largest, Number(m[1]));
  return largest;
}

/**
 * Cells of a BIFF workbook stream (.xls): the records that make a cell in SheetJS, a MULRK
 * counting each of its cells. The record walk stops at the stream's end, whatever lengths claim.
 */
export function countBiffCells(stream: Uint8Array): { cells: number; merges: number; encrypted: boolean } {
  let cells = 0;
  let merges = 0;
  let encrypted = false;
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = stream[p] | (stream[p + 1] << 8);
    const length = stream[p + 2] | (stream[p + 3] << 8);
    switch (type) {
      case 0x002f: // FILEPASS: the workbook is encrypted
        encrypted = true;
        break;
      case 0x00bd: // MULRK: several numbers
        cells += Math.max(0, Math.floor((length - 6) / 6));
        break;
      case 0x00e5: // MERGEDCELLS
        if (p + 6 <= stream.length) merges += stream[p + 4] | (stream[p + 5] << 8);
        break;
      case 0x0002: case 0x0003: case 0x0004: case 0x0005: case 0x0006: case 0x00d6: case 0x00fd:
      case 0x0203: case 0x0204: case 0x0205: case 0x0206: case 0x027e: case 0x0406:
        cells++;
        break;
    }
    p += 4 + length;
  }
  return { cells, merges, encrypted };
}

/**
 * Cells of an .xlsb worksheet part (BIFF12 records), counted by a record walk. Each hyperlink
 * record is narrowed, in the reader's own copy, to its first cell: SheetJS makes a cell for
 * every cell a hyperlink covers, as in .xlsx.
 */
export function scanXlsbSheet(bin: Uint8Array): { cells: number } {
  let cells = 0;
  let p = 0;
  while (p < bin.length) {
    let type = bin[p++] & 0x7f;
    if (bin[p - 1] & 0x80 && p < bin.length) type |= (bin[p++] & 0x7f) << 7;
    let size = 0;
    for (let shift = 0; shift < 28 && p < bin.length; shift += 7) {
      const b = bin[p++];
      size |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    if (type >= 0x01 && type <= 0x12) cells++;
    if (type === 0x01ee && p + 16 <= bin.length) {
      bin.copyWithin(p + 4, p, p + 4); // rwLast = rwFirst
      bin.copyWithin(p + 12, p + 8, p + 12); // colLast = colFirst
    }
    p += size;
  }
  return { cells };
}
