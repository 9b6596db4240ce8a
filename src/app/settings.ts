import { toDecimal, type ReadOptions } from '../core';
import type { EngineSettings } from './ports';

/** Reading options from the clerk's settings: rounding and 同比阈值 where the catalogue is silent. */
export function readOptionsOf(settings: EngineSettings = {}): ReadOptions {
  const t = settings.defaultYoyThreshold;
  return {
    ...(settings.defaultRounding ? { defaultRounding: settings.defaultRounding } : {}),
    ...(t !== undefined ? { defaultYoyThreshold: t === null ? null : toDecimal(String(t)) } : {}),
  };
}
