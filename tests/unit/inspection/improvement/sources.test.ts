import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import type { ProcessGraph } from '../../../../shared/process';
import { countsByCategory } from '../../../../renderer/features/inspection/improvement/complaintCounts';
import {
  findingWhy,
  surveyWhy,
} from '../../../../renderer/features/inspection/improvement/forms/findingWhy';
import { stepsOf } from '../../../../renderer/features/inspection/improvement/processSteps';
import {
  sourceGroups,
  sourceLabel,
} from '../../../../renderer/features/inspection/improvement/sourceOptions';
import { insurerSample } from '../sampleData';

/*
 * What the action dialog and lists read from the sample insurer: where an action came from
 * (an inspection's KPI, a survey, a complaint) in words, the Select's groups, the complaints
 * by category, the steps of a map in 流程说明书 order, and the "why" of a missed KPI.
 */

const zh = translator(MESSAGES['zh-CN']);
const en = translator(MESSAGES.en);
const sample = insurerSample();
const records = {
  plans: [sample.plan],
  inspections: sample.inspections,
  surveys: [sample.survey],
  complaints: sample.complaints,
};

describe('the source of an action', () => {
  it('names the inspection period and KPI, the survey and the complaint', () => {
    const inspection = sample.inspections[0];
    const kpi = sample.plan.kpis.find((k) => k.kind === 'timeLimit');
    if (!inspection || !kpi) throw new Error('the sample has inspections and a 时限 KPI');
    const source = { kind: 'inspection' as const, inspectionKey: inspection.key, kpiKey: kpi.key };
    expect(sourceLabel(zh, source, records)).toBe(`2024年第1季度检查 · ${kpi.name}`);
    expect(sourceLabel(en, { ...source, kpiKey: null }, records)).toBe('Inspection 2024 Q1');
    expect(sourceLabel(zh, { kind: 'survey', surveyKey: sample.survey.key }, records)).toBe(
      '2024年第3季度满意度调查（外部客户）',
    );
    expect(
      sourceLabel(zh, { kind: 'inspection', inspectionKey: 'gone', kpiKey: null }, records),
    ).toBe('该记录已不在库中');
  });

  it('groups the choices by kind, newest first, and keeps a source whose record is gone', () => {
    const groups = sourceGroups(en, records, { kind: 'none' });
    expect(groups.map((g) => g.label)).toEqual([
      'No particular finding',
      'An inspection',
      'A satisfaction survey',
      'A complaint',
    ]);
    const inspections = groups[1]?.options ?? [];
    expect(inspections[0]?.label).toBe('Inspection 2025 Q2');
    const gone = {
      kind: 'complaint' as const,
      complaintKey: 'c0ffee00-0000-4000-8000-000000000000',
    };
    const withGone = sourceGroups(en, records, gone);
    expect(withGone.at(-1)?.options).toEqual([
      { value: `complaint:${gone.complaintKey}`, label: 'A record no longer in the library' },
    ]);
  });
});

describe('complaints by category', () => {
  it('counts every category that has complaints, and the open ones', () => {
    const counts = countsByCategory(sample.complaints);
    expect(counts.reduce((n, c) => n + c.total, 0)).toBe(sample.complaints.length);
    expect(counts.reduce((n, c) => n + c.open, 0)).toBe(
      sample.complaints.filter((c) => c.resolvedOn === null).length,
    );
    expect(counts.every((c) => c.total > 0)).toBe(true);
  });
});

describe('the steps of a map', () => {
  it('lists activities, sub-processes and decisions by step number, unnumbered last', () => {
    const node = (id: string, kind: string, stepNumber: number | null) => ({
      id,
      kind,
      label: ` ${id} `,
      laneId: null,
      x: 0,
      y: 0,
      width: 1,
      height: 1,
      stepNumber,
    });
    const graph = {
      lanes: [],
      edges: [],
      nodes: [
        node('start', 'start', null),
        node('b', 'activity', 20),
        node('c', 'decision', null),
        node('a', 'subProcess', 10),
      ],
    } as unknown as ProcessGraph;
    expect(stepsOf(graph)).toEqual([
      { id: 'a', number: 10, label: 'a' },
      { id: 'b', number: 20, label: 'b' },
      { id: 'c', number: null, label: 'c' },
    ]);
  });
});

describe('the why of a missed KPI', () => {
  it('reads as the finding in either language', () => {
    const finding = {
      kpiName: '平均办理周期',
      kind: 'timeLimit',
      target: '≤ 5 天',
      value: 7.2,
      unit: '天',
    };
    expect(findingWhy(zh, finding)).toBe('平均办理周期（时限）目标 ≤ 5 天，实测 7.2 天');
    expect(
      findingWhy(en, { ...finding, kpiName: 'Lead time', target: '≤ 5 days', unit: 'days' }),
    ).toBe('Lead time (Time limit): target ≤ 5 days, measured 7.2 days');
  });

  it('names the largest shortfall of a survey', () => {
    expect(surveyWhy(zh, sample.survey)).toBe(
      '2024年第3季度满意度调查：响应性差距 −3.2（期望 6.3，感知 3.1）',
    );
  });
});
