import { builder } from '../../builder.js';
import { HardshipCategoryEnum } from './hardship-category.js';
import { HardshipExitReasonEnum } from './hardship-exit-reason.js';
import { HardshipFileEventTypeEnum } from './hardship-file-event-type.js';

export const HardshipFileEventRef = builder.prismaObject('HardshipFileEvent', {
  description:
    '档案记录: registration, update, review, exit or re-entry, with the rule version used.',
  fields: (t) => ({
    type: t.expose('type', { type: HardshipFileEventTypeEnum }),
    date: t.expose('date', { type: 'Date' }),
    fromCategory: t.expose('fromCategory', { type: HardshipCategoryEnum, nullable: true }),
    toCategory: t.expose('toCategory', { type: HardshipCategoryEnum, nullable: true }),
    ruleVersion: t.exposeString('ruleVersion', { nullable: true }),
    exitReason: t.field({
      type: HardshipExitReasonEnum,
      nullable: true,
      resolve: (event) => (event.exitReason as never) ?? null,
    }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
