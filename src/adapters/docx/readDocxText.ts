import JSZip from 'jszip';
import { UnusableInputError } from '../../app/errors';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/**
 * The text of a .docx, one paragraph a line (核稿 reads drafts written in Word). Offsets in
 * findings refer to this text.
 */
export async function readDocxText(data: Uint8Array, file: string): Promise<string> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(data);
    const doc = zip.file('word/document.xml');
    if (!doc) throw new Error('no word/document.xml');
    xml = await doc.async('string');
  } catch {
    throw new UnusableInputError('不是可读取的Word文档（.docx）。', file);
  }
  const paragraphs: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (m[0] === '<w:tab/>') text += '\t';
      else if (m[0] === '<w:br/>') text += '\n';
      else text += m[1].replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}
