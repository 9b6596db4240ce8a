/**
 * Makes an ExcelJS-written package look like one saved by WPS Spreadsheets (WPS 表格), the office
 * suite many Chinese government offices run. What is changed is what WPS-saved .xlsx files are
 * seen to carry and ExcelJS never writes:
 * - docProps/custom.xml with WPS's KSOProductBuildVer (2052 = zh-CN build) and ICV properties,
 *   and docProps/app.xml naming the application "WPS 表格";
 * - shared strings written as rich-text runs (<si><r><rPr>…<rFont val="宋体"/><charset val="134"/>…),
 *   here every "key：value" string split after its colon, the key bold;
 * - number cells with an explicit t="n";
 * - a worksheet <dimension> that does not cover the data (ref="A1"), which readers that trust it mis-size;
 * - _xlnm.Print_Titles defined names repeating each sheet's header rows.
 * Contents (values, formats, merges, hidden rows/columns) stay the same: the drift test reads them back.
 */
import JSZip from 'jszip';

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>8E3C2D7A41B94F0C9A1D5E6F7B8C9D0E_13</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.19302</vt:lpwstr></property></Properties>`;

const RPR = (bold: boolean) => `<rPr>${bold ? '<b/>' : ''}<sz val="11"/><color theme="1"/><rFont val="宋体"/><charset val="134"/><scheme val="minor"/></rPr>`;

export async function wpsify(xlsx: Buffer, printTitles: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? '';

  zip.file('docProps/custom.xml', CUSTOM);
  let types = await read('[Content_Types].xml');
  types = types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>');
  zip.file('[Content_Types].xml', types);
  let rels = await read('_rels/.rels');
  rels = rels.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>');
  zip.file('_rels/.rels', rels);
  const app = await read('docProps/app.xml');
  zip.file('docProps/app.xml', app.replace(/<Application>[^<]*<\/Application>/, '<Application>WPS 表格</Application>'));

  const sst = await read('xl/sharedStrings.xml');
  if (sst) {
    zip.file(
      'xl/sharedStrings.xml',
      sst.replace(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g, (whole, text: string) => {
        const i = text.indexOf('：');
        if (i <= 0 || i === text.length - 1) return whole;
        return `<si><r>${RPR(true)}<t>${text.slice(0, i + 1)}</t></r><r>${RPR(false)}<t xml:space="preserve">${text.slice(i + 1)}</t></r></si>`;
      }),
    );
  }

  const wb = await read('xl/workbook.xml');
  const sheetNames = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const defs = Object.entries(printTitles)
    .map(([name, rows]) => `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetNames.indexOf(name)}">'${name}'!${rows}</definedName>`)
    .join('');
  let wb2 = wb.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  wb2 = wb2.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
  zip.file('xl/workbook.xml', wb2);

  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    let xml = await read(path);
    xml = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>');
    xml = xml.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>/g, '<c r="$1"$2 t="n"><v>');
    zip.file(path, xml);
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', date: new Date(Date.UTC(2025, 0, 20)) } as JSZip.JSZipGeneratorOptions<'nodebuffer'>);
  return out;
}
