import { Command, CommanderError } from 'commander';
import { UnusableInputError } from '../app/errors';
import { runCheck } from './commands/check';

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(text),
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
  return program;
}

export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
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
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
