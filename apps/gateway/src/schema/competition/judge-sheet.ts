import type { MarkingAspect } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { CompetitionStageStateEnum } from './competition-stage-state.js';
import { MarkingAspectRef } from './marking-aspect.js';

export interface JudgeSheetRow {
  entryId: string;
  bibNumber: number;
  publicName: string;
  employerName: string;
  recused: boolean;
  marks: { aspectCode: string; centi: number | null }[];
}

export interface JudgeSheet {
  stageId: string;
  stageName: string;
  state: 'OPEN' | 'CLOSED';
  competitionName: string;
  aspects: MarkingAspect[];
  rows: JudgeSheetRow[];
}

const JudgeMarkRef = builder.objectRef<JudgeSheetRow['marks'][number]>('JudgeMark').implement({
  fields: (t) => ({
    aspectCode: t.exposeString('aspectCode'),
    marks: t.float({
      nullable: true,
      description: 'This judge’s own mark; null: not yet scored.',
      resolve: (mark) => (mark.centi === null ? null : mark.centi / 100),
    }),
  }),
});

const JudgeSheetRowRef = builder.objectRef<JudgeSheetRow>('JudgeSheetRow').implement({
  fields: (t) => ({
    entryId: t.exposeID('entryId'),
    bibNumber: t.exposeInt('bibNumber'),
    publicName: t.exposeString('publicName'),
    employerName: t.exposeString('employerName'),
    recused: t.exposeBoolean('recused', {
      description: '回避: the judge’s own employer; the judge may not score this entry.',
    }),
    marks: t.field({ type: [JudgeMarkRef], resolve: (row) => row.marks }),
  }),
});

export const JudgeSheetRef = builder.objectRef<JudgeSheet>('JudgeSheet').implement({
  description:
    '评分表: one judge’s view of one stage — only the aspects assigned to them and only their own marks, never another judge’s.',
  fields: (t) => ({
    stageId: t.exposeID('stageId'),
    stageName: t.exposeString('stageName'),
    competitionName: t.exposeString('competitionName'),
    state: t.field({ type: CompetitionStageStateEnum, resolve: (sheet) => sheet.state }),
    aspects: t.field({ type: [MarkingAspectRef], resolve: (sheet) => sheet.aspects }),
    rows: t.field({ type: [JudgeSheetRowRef], resolve: (sheet) => sheet.rows }),
  }),
});
