import { AWARD_LEVELS, type AwardLevel } from '@gonghui/domain';

/** Narrows a stored award code to the domain's AwardLevel. */
export function isAwardLevel(value: string): value is AwardLevel {
  return (AWARD_LEVELS as readonly string[]).includes(value);
}
