/**
 * What a file is by its first bytes, never by its name: departments send HTML tables named
 * .xls, CSV named .xls and .xlsx named .et.
 */
export type Container =
  /** A zip: .xlsx, .xlsm, .xlsb, .ods — or something else zipped. */
  | 'zip'
  /** A compound (OLE) file: .xls, .et — or an encrypted .xlsx, or a Word .doc. */
  | 'cfb'
  /** A bare BIFF2–4 stream, as Excel 2.x–4.0 saved .xls. */
  | 'biff'
  /** Markup: an HTML table or an Excel 2003 XML spreadsheet saved as .xls. */
  | 'markup'
  /** Text: CSV or tab-separated, UTF-8 or GBK. */
  | 'text'
  /** Anything else. */
  | 'binary';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffContainer(data: Uint8Array): Container {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'zip';
  if (data.length >= 8 && OLE_MAGIC.every((b, i) => data[i] === b)) return 'cfb';
  // BOF records of BIFF2 (0x0009), BIFF3 (0x0209) and BIFF4 (0x0409), length 4 to 16.
  if (data.length >= 8 && data[0] === 0x09 && (data[1] === 0x00 || data[1] === 0x02 || data[1] === 0x04) && data[3] === 0x00 && data[2] >= 4 && data[2] <= 16) return 'biff';
  if (looksLikeMarkup(data)) return 'markup';
  return looksLikeText(data) ? 'text' : 'binary';
}

function looksLikeMarkup(data: Uint8Array): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  if (data[i] !== 0x3c) return false;
  const head = new TextDecoder().decode(data.subarray(i, i + 1024)).toLowerCase();
  return /^<(!doctype html|html|head|body|table|meta|\?xml|!--)/.test(head) || head.includes('<html') || head.includes('<table');
}

/**
 * Text if the first 64 KB hold no NUL and few control characters (UTF-16 text is not CSV as
 * departments send it). GBK and UTF-8 bytes are both at or above 0x80, so both pass.
 */
function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  return control <= n / 100;
}

/** Is the markup an HTML page (as opposed to an Excel 2003 XML spreadsheet)? */
export function isHtml(data: Uint8Array): boolean {
  const head = new TextDecoder().decode(data.subarray(0, 4096)).toLowerCase();
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet') && !head.includes('<html')) return false;
  return true;
}
