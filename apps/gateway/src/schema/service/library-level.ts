import { LIBRARY_LEVEL_LABELS, LIBRARY_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const LibraryLevelEnum = builder.enumType('LibraryLevel', {
  description: '职工书屋级别: the level at which a worker library was recognised (示范职工书屋).',
  values: Object.fromEntries(
    LIBRARY_LEVELS.map((level) => [level, { description: LIBRARY_LEVEL_LABELS[level] }]),
  ) as Record<(typeof LIBRARY_LEVELS)[number], { description: string }>,
});
