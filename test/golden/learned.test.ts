import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx/readXlsx';
import { buildTemplatesSheet, chineseOrdinal, compileOutputs, learnFromText, paragraphText, readCompilation, type Compilation, type NarrativeDocument } from '../../src/core';
import { SAMPLE_PATH, SEED_REPORT_PATH } from '../helpers/files';

const TEMPLATES = join(__dirname, 'baoan-2023-learned-templates.txt');
const NARRATIVE = join(__dirname, 'baoan-2023-learned-narrative.txt');
const SEED = readFileSync(SEED_REPORT_PATH, 'utf8');

let sample: Compilation;
beforeAll(async () => {
  sample = readCompilation((await readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx')).grid);
});

function outline(doc: NarrativeDocument): string {
  const lines = [doc.title];
  doc.sections.forEach((s, i) => {
    lines.push(`${chineseOrdinal(i + 1)}、${s.path.join('/')}`);
    for (const p of s.paragraphs) lines.push(paragraphText(p));
  });
  return `${lines.join('\n')}\n`;
}

const golden = (path: string, text: string): void => {
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
};

describe('滚动沿用 round trip: learn the 2023 report against its workbook, compile (golden files)', () => {
  it('learns exactly the golden templates (UPDATE_GOLDEN=1 rewrites them)', () => {
    const { templates } = learnFromText(SEED, sample);
    golden(TEMPLATES, templates.map((t) => `${t.section}\t${t.order}\t${t.template}`).join('\n') + '\n');
  });

  it('compiles them back into the report’s statistical sentences, 2023 coming from {年度}', () => {
    const { templates } = learnFromText(SEED, sample);
    const sheet = buildTemplatesSheet(templates);
    const values = sheet.rows.map((row) => row.map((c) => c.value));
    const doc = compileOutputs({ ...sample, templatesSheet: { name: sheet.name, values } }).narrative;
    golden(NARRATIVE, outline(doc));
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs.map(paragraphText));
    for (const p of paragraphs) expect(SEED).toContain(p);
    expect(paragraphs).toContain('2023年举办1期《中华人民共和国民法典》专题培训班,2期领导班子宪法法制专题讲座。');
    // Next year's workbook writes next year's year into the same sentence.
    const next = compileOutputs({ ...sample, year: 2024, templatesSheet: { name: sheet.name, values } }).narrative;
    expect(next.sections.flatMap((s) => s.paragraphs.map(paragraphText))).toContain('2024年举办1期《中华人民共和国民法典》专题培训班,2期领导班子宪法法制专题讲座。');
  });
});
