import { builder } from '../../builder.js';
import type { ReportFigure } from '../../report/annual-report.js';
import { FigureBasisEnum } from './figure-basis.js';
import { FigureUnitEnum } from './figure-unit.js';

export const ReportFigureRef = builder.objectRef<ReportFigure>('ReportFigure').implement({
  description:
    'One figure of a work report. Values are exact integers (counts, or fen for FEN) carried as Float so sums above 2^31 fit; a FEN figure also gives them as `Fen` (valueFen, previousValueFen, changeFen), which clients should use for money.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. member.newMembers.' }),
    label: t.exposeString('label', { description: 'The report’s wording, e.g. 发展会员.' }),
    unit: t.field({ type: FigureUnitEnum, resolve: (figure) => figure.unit }),
    basis: t.field({ type: FigureBasisEnum, resolve: (figure) => figure.basis }),
    value: t.exposeFloat('value'),
    display: t.exposeString('display', { description: 'As a report writes it, e.g. 15.6万人.' }),
    previousValue: t.float({
      nullable: true,
      description: 'The previous period’s value (PERIOD figures only).',
      resolve: (figure) => figure.previous,
    }),
    change: t.float({ nullable: true, resolve: (figure) => figure.change }),
    valueFen: t.field({
      type: 'Fen',
      nullable: true,
      description: 'The value as money (FEN figures only; null for counts).',
      resolve: (figure) => (figure.unit === 'FEN' ? figure.value : null),
    }),
    previousValueFen: t.field({
      type: 'Fen',
      nullable: true,
      description: 'The previous period’s value as money (FEN PERIOD figures only).',
      resolve: (figure) => (figure.unit === 'FEN' ? figure.previous : null),
    }),
    changeFen: t.field({
      type: 'Fen',
      nullable: true,
      description: 'The change as money (FEN PERIOD figures only).',
      resolve: (figure) => (figure.unit === 'FEN' ? figure.change : null),
    }),
    changePercent: t.string({
      nullable: true,
      description: 'The change in % of the previous value, one decimal ("12.5"); null from 0.',
      resolve: (figure) => figure.changePercent,
    }),
    listPath: t.string({
      nullable: true,
      description:
        'The staff console’s list behind the figure (under /admin), access-controlled there.',
      resolve: (figure) => figure.listPath,
    }),
  }),
});
