import { builder } from '../../builder.js';

export interface LabourStanding {
  rank: number;
  publicName: string;
  employerName: string;
  cumulativeCenti: number;
  periodsScored: number;
  redFlags: number;
}

export const LabourStandingRef = builder.objectRef<LabourStanding>('LabourStanding').implement({
  description: '劳动竞赛累计排行: one participating unit.',
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    publicName: t.exposeString('publicName'),
    employerName: t.exposeString('employerName'),
    cumulativeScore: t.float({ resolve: (row) => row.cumulativeCenti / 100 }),
    periodsScored: t.exposeInt('periodsScored'),
    redFlags: t.exposeInt('redFlags', { description: '流动红旗 won.' }),
  }),
});
