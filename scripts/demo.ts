/**
 * `npm run demo`: the main job on the bundled sample. Checks the 2023 Bao'an workbook and
 * prints what a clerk would see. The sample's findings (among them the report's own 99.63 %
 * and 96.23 %) are the point of the demo, so finding errors is success here.
 */
import { join } from 'node:path';
import { main } from '../src/cli/main';

const SAMPLE = join(__dirname, '..', 'assets', 'samples', 'baoan-2023.xlsx');

async function demo(): Promise<number> {
  process.stdout.write(`汇编助手 demo — ${SAMPLE}\n\n`);
  const code = await main(['check', SAMPLE]);
  return code === 2 ? 2 : 0;
}

demo().then((code) => {
  process.exitCode = code;
});
