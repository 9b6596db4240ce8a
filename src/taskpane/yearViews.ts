import type { LearnOutcome } from '../app/ports';
import type { LearnedView } from './paneState';

/** What the engine learned from last year's report, as the 年度 tab lists it. */
export function toLearnedView(learned: LearnOutcome): LearnedView {
  return { templates: learned.templates.map((t) => ({ section: t.section, text: t.template })), unbound: learned.unbound.filter((u) => u !== ''), sheet: learned.sheet, retire: learned.retire };
}
