import { Command, CommanderError } from 'commander';
import { UnusableInputError } from '../app/errors';
import { runCheck } from './commands/check';
import { runCompile } from './commands/compile';
import { runLearn, runVerifyText } from './commands/draft';
import { runInitCatalog, runMerge, runTemplate } from './commands/forms';
import { guardStandardStreams, silenceConsole, writeStdout } from './io';

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  out: writeStdout,
  err: (text) => process.stderr.write(text),
};

/** Exit codes (SPEC §7): 0 no errors, 1 errors found, 2 input could not be used. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const print = (text: string): void => io.out(text.endsWith('\n') ? text : `${text}\n`);
  const program = new Command();
  program
    .name('huibian')
    .description('汇编助手：核对各单位报送的统计数据，生成汇总表和文字说明')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('check')
    .description('核对工作簿中的全部报送数据')
    .argument('<book>', '汇编工作簿 .xlsx')
    .option('--json', '以JSON输出核对结果')
    .option('-o, --output <file>', '另存一份带“核对结果”工作表的副本')
    .action(async (book: string, opts: { json?: boolean; output?: string }) => {
      setExit(await runCheck(book, opts, print, (t) => io.err(`${t}\n`)));
    });
  program
    .command('compile')
    .description('核对并生成汇总表、核对结果和文字说明')
    .argument('<book>', '汇编工作簿 .xlsx')
    .requiredOption('-o, --output <file>', '写出的工作簿 .xlsx')
    .option('--docx <file>', '另存文字说明和汇总表为 Word 文档（GB/T 9704 公文格式）')
    .option('--live', '汇总表的本年、上年写成指向源单元格的公式')
    .option('--unit <name>', '编制单位（默认按各表的填报单位推断）')
    .action(async (book: string, opts: { output: string; docx?: string; live?: boolean; unit?: string }) => {
      setExit(await runCompile(book, opts, print));
    });

  program
    .command('verify-text')
    .description('核稿：把文稿中的每个数字与工作簿核对')
    .argument('<draft>', '文稿 .txt 或 .docx')
    .requiredOption('--against <book>', '汇编工作簿 .xlsx')
    .option('--json', '以JSON输出核对结果')
    .action(async (draft: string, opts: { against: string; json?: boolean }) => {
      setExit(await runVerifyText(draft, opts, print));
    });

  program
    .command('learn')
    .description('从上年报告和上年工作簿学习文字模板')
    .argument('<report>', '上年报告 .txt 或 .docx')
    .requiredOption('--against <book>', '上年的汇编工作簿 .xlsx')
    .requiredOption('-o, --output <file>', '写出的工作簿 .xlsx（带“文字模板”工作表）')
    .action(async (report: string, opts: { against: string; output: string }) => {
      setExit(await runLearn(report, opts, print));
    });

  program
    .command('template')
    .description('按指标目录为每个报送单位生成空白报送表')
    .argument('<book>', '含指标目录的工作簿 .xlsx')
    .requiredOption('-o, --output <dir>', '输出文件夹')
    .action(async (book: string, opts: { output: string }) => {
      setExit(await runTemplate(book, opts, print));
    });

  program
    .command('merge')
    .description('把各单位报送的工作簿汇入一个工作簿')
    .argument('<books...>', '各单位的 .xlsx')
    .requiredOption('-o, --output <file>', '汇编工作簿 .xlsx')
    .action(async (books: string[], opts: { output: string }) => {
      setExit(await runMerge(books, opts, print));
    });

  program
    .command('init-catalog')
    .description('按报送表生成初始指标目录')
    .argument('<book>', '汇编工作簿 .xlsx（尚无指标目录）')
    .requiredOption('-o, --output <file>', '写出的工作簿 .xlsx')
    .action(async (book: string, opts: { output: string }) => {
      setExit(await runInitCatalog(book, opts, print));
    });
  return program;
}

export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  let code = 0;
  // The process's own streams (the installed command, npm run cli): a closed pipe ends quietly.
  if (io === PROCESS_IO) guardStandardStreams();
  const program = buildProgram(io, (c) => {
    code = c;
  });
  const restoreConsole = process.env.HUIBIAN_DEBUG ? () => undefined : silenceConsole();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UnusableInputError) {
      io.err(`无法处理：${e.message}\n`);
      return 2;
    }
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.err(`内部错误：${detail}（请把文件和这行信息发给维护者）\n`);
    if (process.env.HUIBIAN_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 2;
  } finally {
    restoreConsole();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
