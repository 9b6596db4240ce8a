import type { Language } from '../core';
import type { EngineSettings } from '../app/ports';
import type { CliText } from './text';

/** What every command gets from the program: where to write, in which language, with which settings. */
export interface CliContext {
  readonly print: (text: string) => void;
  readonly warn: (text: string) => void;
  readonly language: Language;
  readonly text: CliText;
  /** The clerk's settings, the same the pane passes: rounding and thresholds where the catalogue is silent. */
  readonly settings: EngineSettings;
}

/** A mistake in the command's words (a bad option value): one line, exit 2. */
export class UsageError extends Error {}
