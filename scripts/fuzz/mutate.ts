/**
 * Mutations of a workbook, from a seeded random sequence so that every mutant can be made
 * again from its seed: byte flips anywhere (damage as a disk or a mail gateway makes it), and
 * XML-aware changes to the parts of a zip (what a careless or hostile writer makes): values
 * pushed to extremes, elements duplicated or dropped, parts truncated or removed, and the
 * constructs that once exhausted memory — merges, hyperlinks, validations, dimensions and
 * column spans over the whole sheet, lying sizes.
 */
import JSZip from 'jszip';

/** mulberry32: small, fast, and the same sequence in every runtime. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, max: number): number => Math.floor(rand() * max);

const EXTREMES = ['0', '-1', '1048576', '1048577', '16384', '2147483647', '4294967296', '99999999999999999999', '1e308', 'NaN', '', 'A', '-0', '0.5', '1:1048576', 'XFD1048576', 'A1:XFD1048576', '$A$1:$XFD$1048576', '&amp;', '&#0;', '\u0000', '１２３'];
const INJECTIONS = [
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<mergeCells count="2"><mergeCell ref="G1:G1048576"/><mergeCell ref="B2:A1"/></mergeCells>',
  '<hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>',
  '<dataValidations count="1"><dataValidation type="list" sqref="$A$1:$XFD$1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>',
];
const CELLS = [
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="B2" t="e"><v>#WHAT?</v></c>',
  '<c r="C3"><f>1/0</f></c>',
  '<c r="D4" t="inlineStr"><is><t>' + '长'.repeat(40000) + '</t></is></c>',
  '<c r="E5" t="n"><v>not a number</v></c>',
  '<c r="F6" t="b"><v>2</v></c>',
  '<c r="G7" t="d"><v>2023-13-45</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c><v>1</v></c>',
];

export interface Mutant {
  readonly bytes: Uint8Array;
  /** What was done, for the reproduction note. */
  readonly how: string;
}

/** One mutant of `seed` bytes, from the random sequence `rand`. */
export async function mutate(seedBytes: Uint8Array, rand: Rand): Promise<Mutant> {
  const isZip = seedBytes[0] === 0x50 && seedBytes[1] === 0x4b;
  const r = rand();
  if (!isZip || r < 0.3) return flipBytes(seedBytes, rand);
  if (r < 0.4) return zipHeaders(seedBytes, rand);
  return xmlParts(seedBytes, rand);
}

function flipBytes(seed: Uint8Array, rand: Rand): Mutant {
  const bytes = seed.slice();
  const n = 1 + int(rand, 16);
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = int(rand, bytes.length);
    bytes[p] = rand() < 0.5 ? bytes[p] ^ (1 << int(rand, 8)) : int(rand, 256);
    at.push(p);
  }
  if (rand() < 0.15) return { bytes: bytes.subarray(0, int(rand, bytes.length)), how: `flipped ${n} bytes, truncated` };
  return { bytes, how: `flipped bytes at ${at.slice(0, 6).join(',')}${at.length > 6 ? '…' : ''}` };
}

/** Declared sizes, counts and offsets of the zip's directory changed: the lies a zip can tell. */
function zipHeaders(seed: Uint8Array, rand: Rand): Mutant {
  const bytes = seed.slice();
  const view = new DataView(bytes.buffer);
  const centrals: number[] = [];
  for (let p = 0; p + 4 <= bytes.length; p++) if (view.getUint32(p, true) === 0x02014b50) centrals.push(p);
  if (centrals.length === 0) return flipBytes(seed, rand);
  const p = pick(rand, centrals);
  const field = pick(rand, [20, 24, 42, 28]);
  const value = pick(rand, [0, 1, 4096, 0x7fffffff, 0xffffffff, view.getUint32(p + field, true) * 1000]);
  if (field === 28) view.setUint16(p + field, value & 0xffff, true);
  else view.setUint32(p + field, value >>> 0, true);
  return { bytes, how: `central directory entry at ${p}: field +${field} set to ${value}` };
}

async function xmlParts(seed: Uint8Array, rand: Rand): Promise<Mutant> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(seed);
  } catch {
    return flipBytes(seed, rand);
  }
  const hows: string[] = [];
  const rounds = 1 + int(rand, 3);
  for (let i = 0; i < rounds; i++) {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && /\.(xml|rels|vml)$/.test(n));
    const name = rand() < 0.6 ? pick(rand, names.filter((n) => n.includes('worksheets/')).concat(names.filter((n) => n.includes('sharedStrings')))) ?? pick(rand, names) : pick(rand, names);
    if (!name) continue;
    const kind = int(rand, 8);
    if (kind === 0) {
      zip.remove(name);
      hows.push(`removed ${name}`);
      continue;
    }
    let xml = await zip.file(name)!.async('string');
    switch (kind) {
      case 1: {
        // An attribute or element value pushed to an extreme.
        const values = [...xml.matchAll(/(="|>)([^"<>]{0,40})(["<])/g)];
        if (values.length === 0) break;
        const m = pick(rand, values);
        const value = pick(rand, EXTREMES);
        xml = xml.slice(0, m.index! + m[1].length) + value + xml.slice(m.index! + m[1].length + m[2].length);
        hows.push(`${name}: "${m[2].slice(0, 20)}" → "${value.slice(0, 20)}"`);
        break;
      }
      case 2: {
        // An element duplicated many times.
        const elements = [...xml.matchAll(/<(c|row|si|sheet|mergeCell|Relationship|xf|numFmt)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g)];
        if (elements.length === 0) break;
        const m = pick(rand, elements);
        const copies = pick(rand, [2, 10, 1000, 20000]);
        xml = xml.slice(0, m.index!) + m[0].repeat(copies) + xml.slice(m.index!);
        hows.push(`${name}: <${m[1]}> × ${copies}`);
        break;
      }
      case 3: {
        const elements = [...xml.matchAll(/<(c|row|si|sheet|f|v|t|sheetData|sst|Relationship)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g)];
        if (elements.length === 0) break;
        const m = pick(rand, elements);
        xml = xml.slice(0, m.index!) + xml.slice(m.index! + m[0].length);
        hows.push(`${name}: <${m[1]}> removed`);
        break;
      }
      case 4: {
        const at = int(rand, xml.length);
        xml = xml.slice(0, at);
        hows.push(`${name}: truncated at ${at}`);
        break;
      }
      case 5: {
        if (!name.includes('worksheets/')) break;
        const injection = pick(rand, INJECTIONS);
        xml = xml.includes('</sheetData>') ? xml.replace('</sheetData>', `</sheetData>${injection}`) : xml + injection;
        hows.push(`${name}: + ${injection.slice(0, 60)}`);
        break;
      }
      case 6: {
        if (!name.includes('worksheets/')) break;
        const cell = pick(rand, CELLS);
        xml = xml.replace(/<row\b[^>]*>/, (row) => `${row}${cell}`);
        if (rand() < 0.3) xml = xml.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"');
        if (rand() < 0.3) xml = xml.replace(/<cols>/, '<cols><col min="1" max="2147483647" width="9"/>');
        hows.push(`${name}: + ${cell.slice(0, 50)}`);
        break;
      }
      default: {
        // Bytes that are not valid UTF-8, control characters, a stray angle bracket.
        const at = int(rand, xml.length);
        const junk = pick(rand, ['\u0001\u0002', '<', '&', '\ufffe', '"', ']]>', '<!--', '<?xml version="1.0"?>', 'x'.repeat(100000)]);
        xml = xml.slice(0, at) + junk + xml.slice(at);
        hows.push(`${name}: junk at ${at}`);
      }
    }
    zip.file(name, xml);
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: rand() < 0.8 ? 'DEFLATE' : 'STORE' });
  return { bytes, how: hows.join('; ') || 'repacked' };
}
