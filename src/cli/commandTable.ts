import type { Command } from 'commander';
import type { CliContext } from './context';

/** An option of a command: its flags as commander reads them, its help, whether it must be given. */
export interface OptionSpec {
  readonly flags: string;
  readonly help: string;
  readonly required?: boolean;
}

/**
 * A command as data (STYLE.md habit 4): its name, help, arguments and options, and the function
 * that runs it. `run` receives the arguments in their order, then the options, then the context,
 * and returns the exit code.
 */
export interface CommandSpec {
  readonly name: string;
  readonly help: string;
  readonly args: readonly (readonly [name: string, help: string])[];
  readonly options?: readonly OptionSpec[];
  readonly run: (...values: never[]) => Promise<number>;
}

/** `--json`, which several commands take with the same help. */
export const jsonOption = (help: string): OptionSpec => ({ flags: '--json', help });
/** `-o, --output`, a file or folder the command must be given. */
export const outputOption = (help: string, required = true): OptionSpec => ({ flags: '-o, --output <file>', help, required });

/** Adds each command of the table to the program, in order; its exit code goes to setExit. */
export function registerCommands(program: Command, specs: readonly CommandSpec[], context: () => CliContext, setExit: (code: number) => void): void {
  for (const spec of specs) {
    const command = program.command(spec.name).description(spec.help);
    for (const [name, help] of spec.args) command.argument(name, help);
    for (const o of spec.options ?? []) {
      if (o.required) command.requiredOption(o.flags, o.help);
      else command.option(o.flags, o.help);
    }
    // commander passes the arguments, the options, then the command itself.
    command.action(async (...values: unknown[]) => {
      const run = spec.run as (...given: unknown[]) => Promise<number>;
      setExit(await run(...values.slice(0, spec.args.length + 1), context()));
    });
  }
}
