import {
  DEFAULT_HOLIDAY_CALENDAR,
  DEFAULT_HONOR_TITLES,
  type HolidayCalendar,
  type HonorTitle,
} from '@gonghui/domain';

/**
 * The honor-title catalogue and the working-day calendar this gateway uses. Both are the
 * domain's defaults; a deployment that names its own titles (e.g. 河北省五一劳动奖章) extends
 * the catalogue here with the domain's `extendHonorCatalogue`.
 */
export const honorCatalogue: readonly HonorTitle[] = DEFAULT_HONOR_TITLES;

/** The calendar of public notices (mainland China holidays and make-up working days). */
export const honorCalendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR;
