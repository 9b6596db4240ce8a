import type { EngineService } from '../app/ports';
import type { LearnedView } from './paneState';

/** What the engine learned from last year's report, as the 年度 tab lists it. */
export function toLearnedView(learned: Awaited<ReturnType<EngineService['learn']>>): LearnedView {
  return { templates: learned.templates, unbound: learned.unbound, sheet: learned.sheet };
}
