import { Command, CommanderError } from 'commander';
import { UnusableInputError } from '../app/errors';
import type { EngineSettings } from '../app/ports';
import type { Language } from '../core';
import { UsageError, type CliContext } from './context';
import { CLI_TEXT, languageFromEnvironment } from './text';
import { runCheck } from './commands/check';
import { runCompile } from './commands/compile';
import { runLearn, runVerifyText } from './commands/draft';
import { runInitCatalog } from './commands/forms';
import { yearCommands } from './commands/year';
import { jsonOption, outputOption, registerCommands, type CommandSpec } from './commandTable';
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

/** The program's version, from package.json (two levels up from src/cli and from dist/cli). */
function version(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === 'huibian' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

interface GlobalOptions {
  lang?: string;
  rounding?: string;
  yoyThreshold?: string;
}

const ROUNDING: Readonly<Record<string, EngineSettings['defaultRounding']>> = { 'half-up': 'half-up', truncate: 'truncate', 'half-even': 'half-even' };

/** Exit codes (SPEC §7): 0 no errors, 1 errors found, 2 input could not be used. */
export function buildProgram(io: CliIo, setExit: (code: number) => void, env: Readonly<Record<string, string | undefined>> = process.env): Command {
  const print = (text: string): void => io.out(text.endsWith('\n') ? text : `${text}\n`);
  const program = new Command();
  const envLanguage = languageFromEnvironment(env);
  const help = CLI_TEXT[envLanguage].help;
  program
    .name('huibian')
    .description(`${CLI_TEXT.zh.description}\n${CLI_TEXT.en.description}`)
    .version(version(), '-V, --version')
    .option('--lang <zh|en>', help.lang)
    .option('--rounding <half-up|truncate|half-even>', help.rounding)
    .option('--yoy-threshold <percent>', help.yoyThreshold)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  /** The context of a command, from the global options as given at run time. */
  const context = (): CliContext => {
    const g = program.opts<GlobalOptions>();
    const language: Language = g.lang === 'en' || g.lang === 'zh' ? g.lang : envLanguage;
    if (g.lang !== undefined && g.lang !== 'en' && g.lang !== 'zh') throw new UsageError(`--lang ${g.lang}: zh or en`);
    const settings: { -readonly [K in keyof EngineSettings]: EngineSettings[K] } = {};
    if (g.rounding !== undefined) {
      if (!ROUNDING[g.rounding]) throw new UsageError(`--rounding ${g.rounding}: half-up, truncate or half-even`);
      settings.defaultRounding = ROUNDING[g.rounding];
    }
    if (g.yoyThreshold !== undefined) {
      const t = Number(g.yoyThreshold.replace(/%$/, ''));
      if (g.yoyThreshold.trim() === '' || !Number.isFinite(t) || t < 0) throw new UsageError(`--yoy-threshold ${g.yoyThreshold}: a percentage of 0 or more`);
      settings.defaultYoyThreshold = t;
    }
    return { print, warn: (t) => io.err(`${t}\n`), language, text: CLI_TEXT[language], settings };
  };

  const commands: readonly CommandSpec[] = [
    { name: 'check', help: help.check, args: [['<book>', help.book]], options: [jsonOption(help.json), outputOption(help.checkOutput, false)], run: runCheck },
    {
      name: 'compile',
      help: help.compile,
      args: [['<book>', help.book]],
      options: [outputOption(help.output), { flags: '--docx <file>', help: help.docx }, { flags: '--live', help: help.live }, { flags: '--compiler <name>', help: help.compiler }],
      run: runCompile,
    },
    { name: 'verify-text', help: help.verifyText, args: [['<draft>', help.draft]], options: [{ flags: '--against <book>', help: help.book, required: true }, jsonOption(help.json)], run: runVerifyText },
    { name: 'learn', help: help.learn, args: [['<report>', help.lastReport]], options: [{ flags: '--against <book>', help: help.lastBook, required: true }, outputOption(help.learnOutput)], run: runLearn },
    ...yearCommands(CLI_TEXT[envLanguage].year.help),
    { name: 'init-catalog', help: help.initCatalog, args: [['<book>', help.initBook]], options: [outputOption(help.output)], run: runInitCatalog },
  ];
  registerCommands(program, commands, context, setExit);
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
    const language = languageOf(argv);
    const text = CLI_TEXT[language];
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    if (e instanceof UnusableInputError) {
      io.err(`${text.unusable(language === 'en' && e.en ? e.en : e.message)}\n`);
      return 2;
    }
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.err(`${text.internal(detail)}\n`);
    if (process.env.HUIBIAN_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 2;
  } finally {
    restoreConsole();
  }
}


/** The language asked for on the command line, for messages before the program has parsed it. */
function languageOf(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' || value === 'zh' ? value : languageFromEnvironment(process.env);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
