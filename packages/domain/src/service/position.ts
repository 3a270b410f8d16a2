import {
  isWithinDivision,
  parseAdministrativeDivisionCode,
} from '../organization/administrative-division-code.js';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { checkPositionCoordinates } from './geo.js';
import {
  formatOpeningHours,
  isOpen24Hours,
  type OpeningHours,
  parseOpeningHours,
  weeklyOpenIntervals,
} from './opening-hours.js';
import {
  isLibraryLevel,
  isServicePositionKind,
  isServicePositionStatus,
  kindHasLibraryLevel,
  LIBRARY_LEVEL_LABELS,
  type LibraryLevel,
  SERVICE_POSITION_KIND_LABELS,
  type ServicePositionKind,
  type ServicePositionStatus,
} from './position-kinds.js';

/** A service position as staff enter it (a form or a spreadsheet row), before any check. */
export type ServicePositionInput = {
  readonly kind: string;
  readonly name: string;
  readonly libraryLevel?: string | null;
  readonly regionCode: string;
  readonly address: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly openingHours: string;
  readonly services?: readonly string[] | null;
  readonly capacity?: number | null;
  readonly hostName?: string | null;
  readonly status?: string | null;
  /** 启用日期 'YYYY-MM-DD'; today when not given. */
  readonly openedOn?: string | null;
  /** 撤销日期 'YYYY-MM-DD'; set exactly when the status is CLOSED (today when not given). */
  readonly closedOn?: string | null;
};

/** A position that passed every check: what is stored. */
export type ServicePositionRecord = {
  readonly kind: ServicePositionKind;
  readonly name: string;
  readonly libraryLevel: LibraryLevel | null;
  readonly regionCode: string;
  readonly address: string;
  /** GCJ-02, 6 decimals. */
  readonly latitude: number;
  readonly longitude: number;
  /** The canonical text of the hours ({@link formatOpeningHours}). */
  readonly openingHours: string;
  readonly hours: OpeningHours;
  /** 24 小时开放. */
  readonly open24Hours: boolean;
  /** The hours as week-minute intervals (see `weeklyOpenIntervals`), for "open now" in SQL. */
  readonly weeklyOpenFrom: readonly number[];
  readonly weeklyOpenUntil: readonly number[];
  readonly services: readonly string[];
  readonly capacity: number | null;
  readonly hostName: string | null;
  readonly status: ServicePositionStatus;
  /** The first day it served (启用日期). */
  readonly openedOn: CalendarDate;
  /** The day it closed for good (撤销日期): null while it runs (open or suspended). */
  readonly closedOn: CalendarDate | null;
};

export const SERVICE_POSITION_RULES = Object.freeze({
  KIND_UNKNOWN: 'SERVICE_POSITION_KIND_UNKNOWN',
  NAME_EMPTY: 'SERVICE_POSITION_NAME_EMPTY',
  NAME_TOO_LONG: 'SERVICE_POSITION_NAME_TOO_LONG',
  LIBRARY_LEVEL_UNKNOWN: 'LIBRARY_LEVEL_UNKNOWN',
  LIBRARY_LEVEL_NOT_LIBRARY: 'LIBRARY_LEVEL_NOT_LIBRARY',
  ADDRESS_EMPTY: 'SERVICE_POSITION_ADDRESS_EMPTY',
  ADDRESS_TOO_LONG: 'SERVICE_POSITION_ADDRESS_TOO_LONG',
  SERVICE_TOO_LONG: 'SERVICE_POSITION_SERVICE_TOO_LONG',
  TOO_MANY_SERVICES: 'SERVICE_POSITION_TOO_MANY_SERVICES',
  CAPACITY: 'SERVICE_POSITION_CAPACITY',
  HOST_TOO_LONG: 'SERVICE_POSITION_HOST_TOO_LONG',
  STATUS_UNKNOWN: 'SERVICE_POSITION_STATUS_UNKNOWN',
  REGION_OUTSIDE_UNION: 'SERVICE_POSITION_REGION_OUTSIDE_UNION',
  OPENED_ON_FUTURE: 'SERVICE_POSITION_OPENED_ON_FUTURE',
  CLOSED_ON_FUTURE: 'SERVICE_POSITION_CLOSED_ON_FUTURE',
  CLOSED_BEFORE_OPENED: 'SERVICE_POSITION_CLOSED_BEFORE_OPENED',
  CLOSED_ON_NOT_CLOSED: 'SERVICE_POSITION_CLOSED_ON_NOT_CLOSED',
} as const);

/**
 * Whether a position served on a day: opened on or before it, and not closed by then (the day it
 * closed it no longer serves). The report counts the positions open at a period's end with it,
 * and the public finder shows those open today.
 */
export function isPositionOpenOn(
  position: { readonly openedOn: string; readonly closedOn: string | null },
  day: string,
): boolean {
  return position.openedOn <= day && (position.closedOn === null || day < position.closedOn);
}

export const SERVICE_POSITION_LIMITS = Object.freeze({
  NAME: 100,
  ADDRESS: 200,
  HOST: 100,
  SERVICE: 30,
  SERVICES: 20,
  CAPACITY: 100_000,
});

/** Splits a services cell ('饮水、充电，热饭') into items: trimmed, blanks and repeats dropped. */
export function splitServices(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[、,;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function text(value: string | null | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Checks a position and returns what is stored, or every problem at once (each naming its
 * input field): the kind, the name (1–100), a recognition level for worker libraries only, the
 * region code (GB/T 2260), the address (1–200), GCJ-02 coordinates inside China, the opening
 * hours, up to 20 services of up to 30 characters, a capacity of 0–100 000 people, the host
 * (承办单位, up to 100), the status (OPEN when not given), and the dates: opened on (today when
 * not given) and closed on, neither after `today` (a date is recorded when it happened, so the
 * status never goes stale), closed on no earlier than opened on, and given exactly for a CLOSED
 * position (today when a position is closed without a date).
 */
export function checkServicePosition(
  input: ServicePositionInput,
  today: CalendarDate,
): Result<ServicePositionRecord, readonly FieldError[]> {
  const problems: FieldError[] = [];
  const kind = input.kind.trim();
  if (!isServicePositionKind(kind)) {
    problems.push(
      fieldError(
        'kind',
        SERVICE_POSITION_RULES.KIND_UNKNOWN,
        `阵地类型应为：${Object.values(SERVICE_POSITION_KIND_LABELS).join('、')}`,
      ),
    );
  }
  const name = text(input.name);
  if (name === '') {
    problems.push(fieldError('name', SERVICE_POSITION_RULES.NAME_EMPTY, '请填写阵地名称'));
  } else if (name.length > SERVICE_POSITION_LIMITS.NAME) {
    problems.push(
      fieldError(
        'name',
        SERVICE_POSITION_RULES.NAME_TOO_LONG,
        `阵地名称最多 ${SERVICE_POSITION_LIMITS.NAME} 个字`,
      ),
    );
  }
  let libraryLevel: LibraryLevel | null = null;
  const levelText = (input.libraryLevel ?? '').trim();
  if (levelText !== '') {
    if (!isLibraryLevel(levelText)) {
      problems.push(
        fieldError(
          'libraryLevel',
          SERVICE_POSITION_RULES.LIBRARY_LEVEL_UNKNOWN,
          `书屋级别应为：${Object.values(LIBRARY_LEVEL_LABELS).join('、')}`,
        ),
      );
    } else if (isServicePositionKind(kind) && !kindHasLibraryLevel(kind)) {
      problems.push(
        fieldError(
          'libraryLevel',
          SERVICE_POSITION_RULES.LIBRARY_LEVEL_NOT_LIBRARY,
          '只有职工书屋有级别（全国级、省级、市级、区县级）',
        ),
      );
    } else {
      libraryLevel = levelText;
    }
  }
  const region = parseAdministrativeDivisionCode(input.regionCode, 'regionCode');
  if (!region.ok) problems.push(region.error);
  const address = text(input.address);
  if (address === '') {
    problems.push(fieldError('address', SERVICE_POSITION_RULES.ADDRESS_EMPTY, '请填写地址'));
  } else if (address.length > SERVICE_POSITION_LIMITS.ADDRESS) {
    problems.push(
      fieldError(
        'address',
        SERVICE_POSITION_RULES.ADDRESS_TOO_LONG,
        `地址最多 ${SERVICE_POSITION_LIMITS.ADDRESS} 个字`,
      ),
    );
  }
  const point = checkPositionCoordinates(input.latitude, input.longitude);
  if (!point.ok) problems.push(point.error);
  const hours = parseOpeningHours(input.openingHours, 'openingHours');
  if (!hours.ok) problems.push(hours.error);
  const services = [...new Set((input.services ?? []).flatMap((item) => splitServices(item)))];
  if (services.length > SERVICE_POSITION_LIMITS.SERVICES) {
    problems.push(
      fieldError(
        'services',
        SERVICE_POSITION_RULES.TOO_MANY_SERVICES,
        `服务内容最多 ${SERVICE_POSITION_LIMITS.SERVICES} 项`,
      ),
    );
  }
  const tooLong = services.find((item) => item.length > SERVICE_POSITION_LIMITS.SERVICE);
  if (tooLong !== undefined) {
    problems.push(
      fieldError(
        'services',
        SERVICE_POSITION_RULES.SERVICE_TOO_LONG,
        `每项服务内容最多 ${SERVICE_POSITION_LIMITS.SERVICE} 个字：「${tooLong.slice(0, 40)}」`,
      ),
    );
  }
  const capacity = input.capacity ?? null;
  if (
    capacity !== null &&
    (!Number.isInteger(capacity) || capacity < 0 || capacity > SERVICE_POSITION_LIMITS.CAPACITY)
  ) {
    problems.push(
      fieldError(
        'capacity',
        SERVICE_POSITION_RULES.CAPACITY,
        `容纳人数应为 0 到 ${SERVICE_POSITION_LIMITS.CAPACITY} 之间的整数`,
      ),
    );
  }
  const hostName = text(input.hostName);
  if (hostName.length > SERVICE_POSITION_LIMITS.HOST) {
    problems.push(
      fieldError(
        'hostName',
        SERVICE_POSITION_RULES.HOST_TOO_LONG,
        `承办单位最多 ${SERVICE_POSITION_LIMITS.HOST} 个字`,
      ),
    );
  }
  const status = (input.status ?? '').trim() || 'OPEN';
  if (!isServicePositionStatus(status)) {
    problems.push(
      fieldError(
        'status',
        SERVICE_POSITION_RULES.STATUS_UNKNOWN,
        '状态应为：开放、暂停开放、已撤销',
      ),
    );
  }
  const openedText = (input.openedOn ?? '').trim();
  const opened = openedText === '' ? null : parseCalendarDate(openedText, 'openedOn');
  if (opened && !opened.ok) problems.push(opened.error);
  const openedOn = opened?.ok ? opened.value : today;
  if (openedOn > today) {
    problems.push(
      fieldError('openedOn', SERVICE_POSITION_RULES.OPENED_ON_FUTURE, '启用日期不能晚于今天'),
    );
  }
  const closedText = (input.closedOn ?? '').trim();
  const closed = closedText === '' ? null : parseCalendarDate(closedText, 'closedOn');
  if (closed && !closed.ok) problems.push(closed.error);
  let closedOn: CalendarDate | null = closed?.ok ? closed.value : null;
  if (status === 'CLOSED' && closed === null) closedOn = today;
  if (closedOn !== null && status !== 'CLOSED') {
    problems.push(
      fieldError(
        'closedOn',
        SERVICE_POSITION_RULES.CLOSED_ON_NOT_CLOSED,
        '只有已撤销的阵地有撤销日期：请清空撤销日期，或把状态改为已撤销',
      ),
    );
  } else if (closedOn !== null && closedOn > today) {
    problems.push(
      fieldError('closedOn', SERVICE_POSITION_RULES.CLOSED_ON_FUTURE, '撤销日期不能晚于今天'),
    );
  } else if (closedOn !== null && closedOn < openedOn) {
    problems.push(
      fieldError(
        'closedOn',
        SERVICE_POSITION_RULES.CLOSED_BEFORE_OPENED,
        `撤销日期不能早于启用日期（${openedOn}）`,
      ),
    );
  }
  if (
    problems.length > 0 ||
    !isServicePositionKind(kind) ||
    !isServicePositionStatus(status) ||
    !region.ok ||
    !point.ok ||
    !hours.ok
  ) {
    return err(problems);
  }
  const intervals = weeklyOpenIntervals(hours.value);
  return ok({
    kind,
    name,
    libraryLevel,
    regionCode: region.value.code,
    address,
    latitude: point.value.latitude,
    longitude: point.value.longitude,
    openingHours: formatOpeningHours(hours.value),
    hours: hours.value,
    open24Hours: isOpen24Hours(hours.value),
    weeklyOpenFrom: intervals.map(([from]) => from),
    weeklyOpenUntil: intervals.map(([, until]) => until),
    services,
    capacity,
    hostName: hostName === '' ? null : hostName,
    status,
    openedOn,
    closedOn,
  });
}

/**
 * A position lies within the area of the union that runs it: within the union's city (a
 * district union's station may stand in a neighbouring district of the same city), or within
 * its province for a provincial union. A national union's positions may be anywhere. Field:
 * `regionCode`.
 */
export function checkPositionRegion(
  positionRegionCode: string,
  unionRegionCode: string,
  unionIsNational: boolean,
): Result<true, FieldError> {
  if (unionIsNational) return ok(true);
  const position = parseAdministrativeDivisionCode(positionRegionCode, 'regionCode');
  if (!position.ok) return position;
  const union = parseAdministrativeDivisionCode(unionRegionCode, 'regionCode');
  if (!union.ok) return ok(true);
  const area =
    union.value.level === 'PROVINCE'
      ? union.value.provinceCode
      : (union.value.cityCode ?? union.value.provinceCode);
  return isWithinDivision(position.value.code, area)
    ? ok(true)
    : err(
        fieldError(
          'regionCode',
          SERVICE_POSITION_RULES.REGION_OUTSIDE_UNION,
          `阵地所在地（${position.value.code}）不在主管工会的辖区（${area}）内`,
        ),
      );
}
