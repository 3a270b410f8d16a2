import { builder } from '../../builder.js';
import { schemeOf } from '../../competition/records.js';
import { encodeGlobalId } from '../../global-id.js';
import { CompetitionStageKindEnum } from './competition-stage-kind.js';
import { CompetitionStageStateEnum } from './competition-stage-state.js';
import { MarkingAspectRef } from './marking-aspect.js';

export const CompetitionStageRef = builder.prismaObject('CompetitionStage', {
  description: '赛段 with its marking scheme. Public: a competition’s stages are announced.',
  select: { id: true },
  fields: (t) => ({
    id: t.id({ resolve: (stage) => encodeGlobalId('CompetitionStage', stage.id) }),
    position: t.exposeInt('position'),
    kind: t.expose('kind', { type: CompetitionStageKindEnum }),
    name: t.exposeString('name'),
    state: t.expose('state', { type: CompetitionStageStateEnum }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    theoryWeightPercent: t.float({
      select: { scheme: true },
      resolve: (stage) => schemeOf(stage.scheme).theoryWeightBp / 100,
    }),
    practicalWeightPercent: t.float({
      select: { scheme: true },
      resolve: (stage) => schemeOf(stage.scheme).practicalWeightBp / 100,
    }),
    aspects: t.field({
      type: [MarkingAspectRef],
      select: { scheme: true },
      resolve: (stage) => [...schemeOf(stage.scheme).aspects],
    }),
  }),
});
