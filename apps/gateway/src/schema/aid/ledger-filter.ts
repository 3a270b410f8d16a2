import { builder } from '../../builder.js';

/** What the 帮扶救助 figures of the annual report list: a subtree's payments by program and period. */
export const AidLedgerFilter = builder.inputType('AidLedgerFilter', {
  fields: (t) => ({
    organizationId: t.id({
      required: false,
      description: 'Only transactions within this union’s subtree.',
    }),
    programKind: t.string({
      required: false,
      description: 'Only transactions of budgets of this kind of program (WINTER_RELIEF, …).',
    }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'Only from this day (Asia/Shanghai).',
    }),
    to: t.field({ type: 'Date', required: false, description: 'Only up to this day, inclusive.' }),
    payments: t.boolean({
      required: false,
      description: 'Only payments to recipients and their reversals (no budget allocations).',
    }),
  }),
});
