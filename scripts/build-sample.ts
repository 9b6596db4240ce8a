/**
 * Rebuilds assets/samples/baoan-2023.xlsx from scripts/sample/baoan-2023.source.ts.
 * Run with `npm run sample`; a test checks that the committed workbook matches the source.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE } from './sample/baoan-2023.source';
import { buildSampleWorkbook } from './sample/buildSample';

async function main(): Promise<void> {
  const book = buildSampleWorkbook(SAMPLE);
  const out = join(__dirname, '..', 'assets', 'samples', SAMPLE.file);
  const data = await book.xlsx.writeBuffer();
  await writeFile(out, new Uint8Array(data as ArrayBuffer));
  process.stdout.write(`wrote ${out} (${(data as ArrayBuffer).byteLength} bytes)\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
