import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/**
 * Renames sheets and hides them, editing only the workbook part of the package (learn keeps the
 * clerk's old 文字模板 as 文字模板（旧）): the sheets' contents are not touched, and defined names
 * that point at a renamed sheet follow it.
 */
export async function retireSheets(data: Uint8Array, renames: ReadonlyMap<string, string>): Promise<Uint8Array> {
  if (renames.size === 0) return data;
  const zip = await JSZip.loadAsync(data);
  const part = zip.file('xl/workbook.xml');
  if (!part) return data;
  let xml = await part.async('string');
  xml = xml.replace(/<sheet\b[^>]*\/>/g, (element) => {
    const name = /\bname="([^"]*)"/.exec(element);
    const to = name ? renames.get(decode(name[1])) : undefined;
    if (!to) return element;
    const renamed = element.replace(/\bname="[^"]*"/, `name="${encode(to)}"`);
    return /\bstate="/.test(renamed) ? renamed.replace(/\bstate="[^"]*"/, 'state="hidden"') : renamed.replace(/\s*\/>$/, ' state="hidden"/>');
  });
  xml = xml.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, body: string, close: string) => {
    let out = body;
    for (const [from, to] of renames) out = out.split(`${encode(quote(from))}!`).join(`${encode(quote(to))}!`).split(`${encode(from)}!`).join(`${encode(quote(to))}!`);
    return open + out + close;
  });
  // A hidden sheet cannot be the active one: open on the first visible sheet instead.
  const visible = Math.max(0, (xml.match(/<sheet\b[^>]*\/>/g) ?? []).findIndex((e) => !/\bstate="(hidden|veryHidden)"/.test(e)));
  xml = xml.replace(/\bactiveTab="\d+"/, `activeTab="${visible}"`).replace(/\bfirstSheet="\d+"/, `firstSheet="${visible}"`);
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]);
}

function encode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
