import { readCompilation, type Compilation } from '../../../src/core';
import { book, catalogSheet, longSheet } from '../../helpers/grid';

/**
 * A district health bureau's 2023 compilation, unrelated to the sample: beds in 张, money in
 * 万元 that prose states in 亿元, 家庭医生签约 in 万人, a catalogue with 分项 and 其中 parts and
 * no 其他医疗卫生机构 indicator. Drafts written against it test 核稿 away from the worked example.
 */
export function healthBureau(): Compilation {
  const reporters = '卫健局';
  return readCompilation(
    book(
      catalogSheet([
        { name: '医疗卫生机构数', unit: '个', kind: '计数', reporters },
        { name: '医院数', unit: '个', kind: '计数', reporters, parent: '医疗卫生机构数', relation: '其中' },
        { name: '基层医疗卫生机构数', unit: '个', kind: '计数', reporters, parent: '医疗卫生机构数', relation: '其中' },
        { name: '床位数', unit: '张', kind: '计数', reporters },
        { name: '家庭病床数', unit: '张', kind: '计数', reporters },
        { name: '卫生技术人员数', unit: '人', kind: '计数', reporters },
        { name: '执业（助理）医师数', unit: '人', kind: '计数', reporters, parent: '卫生技术人员数', relation: '其中' },
        { name: '注册护士数', unit: '人', kind: '计数', reporters, parent: '卫生技术人员数', relation: '其中' },
        { name: '总诊疗人次', unit: '万人次', kind: '数值', decimals: 1, reporters },
        { name: '家庭医生签约人数', unit: '万人', kind: '数值', decimals: 1, reporters },
        { name: '家庭医生签约率', unit: '%', kind: '比率', decimals: 1, reporters },
        { name: '卫生总费用', unit: '万元', kind: '数值', decimals: 1, reporters },
        { name: '财政卫生支出', unit: '万元', kind: '数值', decimals: 1, reporters },
        { name: '医疗救助资金', unit: '万元', kind: '数值', decimals: 1, reporters },
      ]),
      longSheet('卫健局', '卫健局', [
        ['医疗卫生机构数', '个', 1234, 1200],
        ['其中：医院数', '个', 56, 54],
        ['基层医疗卫生机构数', '个', 1100, 1072],
        ['床位数', '张', 12680, 12010],
        ['家庭病床数', '张', 240, 200],
        ['卫生技术人员数', '人', 9850, 9400],
        ['执业（助理）医师数', '人', 3620, 3500],
        ['注册护士数', '人', 4230, 4010],
        ['总诊疗人次', '万人次', 1523.6, 1450.2],
        ['家庭医生签约人数', '万人', 61.2, 58.7],
        ['家庭医生签约率', '%', 45.3, 43.8],
        ['卫生总费用', '万元', 865712.3, 801234.5],
        ['财政卫生支出', '万元', 326543, 301234],
        ['医疗救助资金', '万元', 3.2, 2.8],
      ]),
    ),
  );
}
