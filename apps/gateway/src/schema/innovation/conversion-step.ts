import { builder } from '../../builder.js';
import { fenNumber } from '../../innovation/access.js';
import { ConversionMoveEnum } from './conversion-move.js';
import { ConversionStateEnum } from './conversion-state.js';

export const ConversionStepRef = builder.prismaObject('InnovationConversionStep', {
  name: 'ConversionStep',
  description: 'One dated move of a result’s conversion pipeline.',
  fields: (t) => ({
    move: t.expose('move', { type: ConversionMoveEnum }),
    fromState: t.expose('fromState', { type: ConversionStateEnum }),
    toState: t.expose('toState', { type: ConversionStateEnum }),
    movedOn: t.expose('movedOn', { type: 'Date' }),
    note: t.exposeString('note'),
    returnsFen: t.field({
      type: 'Fen',
      nullable: true,
      resolve: (step) => fenNumber(step.returnsFen),
    }),
  }),
});
