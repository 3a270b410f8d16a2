import { builder } from '../../builder.js';

export interface LabourPeriod {
  stageId: string;
  name: string;
  redFlagNames: string[];
  units: { publicName: string; scoreCenti: number | null; rank: number | null }[];
}

const LabourPeriodUnitRef = builder
  .objectRef<LabourPeriod['units'][number]>('LabourPeriodUnit')
  .implement({
    fields: (t) => ({
      publicName: t.exposeString('publicName'),
      score: t.float({
        nullable: true,
        description: 'Null: not yet scored this period.',
        resolve: (row) => (row.scoreCenti === null ? null : row.scoreCenti / 100),
      }),
      rank: t.exposeInt('rank', { nullable: true }),
    }),
  });

export const LabourPeriodRef = builder.objectRef<LabourPeriod>('LabourPeriod').implement({
  description: '考核期 of a labour competition, with its red flag (流动红旗).',
  fields: (t) => ({
    stageId: t.exposeID('stageId'),
    name: t.exposeString('name'),
    redFlagNames: t.exposeStringList('redFlagNames'),
    units: t.field({ type: [LabourPeriodUnitRef], resolve: (period) => period.units }),
  }),
});
