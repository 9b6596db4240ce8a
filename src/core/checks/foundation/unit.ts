import { makeFinding } from '../../findings/finding';
import type { Model } from '../../model/model';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/**
 * unit: a figure written in another unit than the catalogue's. 万人次 for 人次 is converted
 * (info, the converted value is used); 件 for 宗 cannot be, and is an error.
 */
export function checkUnit(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const fv of model.values.values()) {
    const f = fv.figure;
    const ind = f.indicator;
    if (!ind || ind.unit === null || fv.unitWritten === null) continue;
    const refs = f.unitCell && f.unit !== null && f.current.kind === 'number' && !f.current.unitText && !f.current.percent ? [f.currentCell, f.unitCell] : [f.currentCell];
    if (fv.conversion === null) {
      findings.push(
        makeFinding('unit', 'error', { key: 'unit.mismatch', params: { indicator: ind.name, reporter: f.reporter, unit: fv.unitWritten, expected: ind.unit } }, {
          refs,
          indicator: ind.name,
          reporter: f.reporter,
        }),
      );
    } else if (fv.current !== null) {
      findings.push(
        makeFinding('unit', 'info', {
          key: 'unit.converted',
          params: { indicator: ind.name, reporter: f.reporter, unit: fv.unitWritten, value: showValue(fv.current.value, ind, null) },
        }, { refs, indicator: ind.name, reporter: f.reporter }),
      );
    }
  }
  return findings;
}
