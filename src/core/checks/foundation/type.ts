import { isWhole, shift } from '../../decimal';
import { makeFinding } from '../../findings/finding';
import {type Model } from '../../model/model';
import { unitScale } from '../../model/units';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/** type: a count must be whole and ≥ 0; a rate must lie in its range (0…100 by default). */
export function checkType(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const fv of model.values.values()) {
    const f = fv.figure;
    const ind = f.indicator;
    if (!ind || fv.current === null || fv.conversion === null) continue;
    const value = fv.current.value;
    const facts = { refs: [f.currentCell], indicator: ind.name, reporter: f.reporter, actual: value };
    const shown = showValue(value, ind, null);
    switch (ind.kind) {
      case 'count':
        if (value.lt(0)) {
          findings.push(makeFinding('type', 'error', { key: 'type.negative', params: { indicator: ind.name, reporter: f.reporter, value: shown } }, { ...facts, hint: { key: 'sign', params: { suggested: showValue(value.abs(), ind, null) } } }));
        } else if (!isWhole(shift(value, unitScale(ind.unit))) && !fv.current.approx) {
          findings.push(makeFinding('type', 'error', { key: 'type.fractional', params: { indicator: ind.name, reporter: f.reporter, value: showValue(value, ind, fv.current.decimals) } }, facts));
        }
        break;
      case 'rate':
        if (value.lt(ind.rateRange.min) || value.gt(ind.rateRange.max)) {
          findings.push(
            makeFinding('type', 'error', {
              key: 'type.rate-range',
              params: { indicator: ind.name, reporter: f.reporter, value: shown, min: ind.rateRange.min.toFixed(), max: ind.rateRange.max.toFixed() },
            }, facts),
          );
        }
        break;
      case 'amount':
      case 'text':
        break;
    }
  }
  return findings;
}
