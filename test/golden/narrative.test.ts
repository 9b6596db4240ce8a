import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx/readXlsx';
import { chineseOrdinal, compileOutputs, paragraphText, readCompilation, type NarrativeDocument } from '../../src/core';
import { SAMPLE_PATH, SEED_REPORT_PATH } from '../helpers/files';

const GOLDEN = join(__dirname, 'baoan-2023-narrative.txt');
const SEED = SEED_REPORT_PATH;

/** The narrative as the 文字说明 sheet shows it: title, 一、 headings, paragraphs. */
function outline(doc: NarrativeDocument): string {
  const lines = [doc.title];
  doc.sections.forEach((s, i) => {
    lines.push(`${chineseOrdinal(i + 1)}、${s.path.join('/')}`);
    for (const p of s.paragraphs) lines.push(paragraphText(p));
  });
  return `${lines.join('\n')}\n`;
}

async function sampleNarrative(): Promise<NarrativeDocument> {
  const { grid } = await readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx');
  return compileOutputs(readCompilation(grid)).narrative;
}

describe('the narrative of the bundled sample (golden file)', () => {
  it('is exactly the golden text (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const text = outline(await sampleNarrative());
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('reproduces the statistical sentences of the 2023 report word for word', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const doc = await sampleNarrative();
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs.map(paragraphText));
    expect(paragraphs).toHaveLength(11);
    for (const p of paragraphs) expect(seed).toContain(p);
    expect(paragraphs).toContain('推行“安格+劳资防范预警”联动机制,组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.63%。');
    expect(paragraphs.join()).toContain('线上线下共培训26.3万人次');
    expect(paragraphs.join()).toContain('为150余家次企业');
  });
});
