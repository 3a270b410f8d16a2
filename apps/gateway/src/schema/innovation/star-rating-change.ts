import { STAR_RATING_CHANGE_LABELS, STAR_RATING_CHANGES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const StarRatingChangeEnum = builder.enumType('StarRatingChange', {
  description: '星级变化 against the previous year’s rating.',
  values: Object.fromEntries(
    STAR_RATING_CHANGES.map((value) => [value, { description: STAR_RATING_CHANGE_LABELS[value] }]),
  ) as Record<(typeof STAR_RATING_CHANGES)[number], { description: string }>,
});
