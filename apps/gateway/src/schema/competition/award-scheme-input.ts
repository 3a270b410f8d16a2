import { builder } from '../../builder.js';

export const AwardSchemeInput = builder.inputType('AwardSchemeInput', {
  description:
    'Either medals (gold/silver/bronze + excellence down to excellenceToPercent) or shares (first/second/third prize percentages). Default: shares 10/20/30.',
  fields: (t) => ({
    medals: t.boolean({ required: true }),
    firstPercent: t.float({ required: false }),
    secondPercent: t.float({ required: false }),
    thirdPercent: t.float({ required: false }),
    excellenceToPercent: t.float({ required: false }),
  }),
});
