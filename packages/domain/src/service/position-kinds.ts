/**
 * Service positions (服务阵地, DOMAIN.md §7): the places a union runs for workers, that the
 * year-end reports count and the public finds on a map.
 */

/** Every kind of service position, in the order reports list them. */
export const SERVICE_POSITION_KINDS = Object.freeze([
  'WORKER_LIBRARY',
  'SMART_BOOK_CABINET',
  'UNION_STATION',
  'OUTDOOR_WORKER_STATION',
  'CARING_MOTHER_ROOM',
  'SHARED_WORKERS_HOME',
  'NEW_WORKER_HOUSING',
  'CHILDCARE_STATION',
] as const);

/**
 * A kind of service position:
 * - `WORKER_LIBRARY` 职工书屋 — a reading room at an employer or a union, recognised at a level
 *   (全国 / 省级 / 市级 / 区县级 示范职工书屋, see {@link LIBRARY_LEVELS});
 * - `SMART_BOOK_CABINET` 智能书柜 — a self-service book cabinet (职工书屋的延伸);
 * - `UNION_STATION` 工会驿站 — a union's service point for any worker;
 * - `OUTDOOR_WORKER_STATION` 户外劳动者服务站点 — rest stop for couriers, riders, sanitation
 *   workers (water, charging, a microwave, a toilet); some are open 24 hours;
 * - `CARING_MOTHER_ROOM` 爱心妈妈小屋 (工会妈妈小屋) — a nursing room for working mothers;
 * - `SHARED_WORKERS_HOME` 共享职工之家 — a workers' home several small employers share;
 * - `NEW_WORKER_HOUSING` 惠工家 — low-rent housing for newly arrived workers;
 * - `CHILDCARE_STATION` 托管驿站 — care for workers' children (e.g. summer 爱心托管班).
 */
export type ServicePositionKind = (typeof SERVICE_POSITION_KINDS)[number];

/** Chinese display names of the kinds. */
export const SERVICE_POSITION_KIND_LABELS: Readonly<Record<ServicePositionKind, string>> =
  Object.freeze({
    WORKER_LIBRARY: '职工书屋',
    SMART_BOOK_CABINET: '智能书柜',
    UNION_STATION: '工会驿站',
    OUTDOOR_WORKER_STATION: '户外劳动者服务站点',
    CARING_MOTHER_ROOM: '爱心妈妈小屋',
    SHARED_WORKERS_HOME: '共享职工之家',
    NEW_WORKER_HOUSING: '惠工家',
    CHILDCARE_STATION: '托管驿站',
  });

/** Other names a spreadsheet may use for a kind (matched after the labels). */
export const SERVICE_POSITION_KIND_ALIASES: Readonly<Record<string, ServicePositionKind>> =
  Object.freeze({
    书屋: 'WORKER_LIBRARY',
    职工书屋: 'WORKER_LIBRARY',
    书柜: 'SMART_BOOK_CABINET',
    智能书柜: 'SMART_BOOK_CABINET',
    职工书屋智能书柜: 'SMART_BOOK_CABINET',
    驿站: 'UNION_STATION',
    户外劳动者服务站: 'OUTDOOR_WORKER_STATION',
    户外劳动者驿站: 'OUTDOOR_WORKER_STATION',
    爱心驿站: 'OUTDOOR_WORKER_STATION',
    工会妈妈小屋: 'CARING_MOTHER_ROOM',
    妈妈小屋: 'CARING_MOTHER_ROOM',
    母婴室: 'CARING_MOTHER_ROOM',
    职工之家: 'SHARED_WORKERS_HOME',
    新市民驿家: 'NEW_WORKER_HOUSING',
    托管班: 'CHILDCARE_STATION',
    爱心托管班: 'CHILDCARE_STATION',
  });

/** Recognition levels of a worker library (示范职工书屋), highest first. */
export const LIBRARY_LEVELS = Object.freeze([
  'NATIONAL',
  'PROVINCIAL',
  'CITY',
  'DISTRICT',
] as const);

/** The level at which a worker library was recognised. */
export type LibraryLevel = (typeof LIBRARY_LEVELS)[number];

export const LIBRARY_LEVEL_LABELS: Readonly<Record<LibraryLevel, string>> = Object.freeze({
  NATIONAL: '全国级',
  PROVINCIAL: '省级',
  CITY: '市级',
  DISTRICT: '区县级',
});

/** Every status of a position. */
export const SERVICE_POSITION_STATUSES = Object.freeze(['OPEN', 'SUSPENDED', 'CLOSED'] as const);

/**
 * - `OPEN` 开放 — serving workers;
 * - `SUSPENDED` 暂停开放 — temporarily closed (renovation, a move); the public still sees it;
 * - `CLOSED` 已撤销 — no longer exists; hidden from the public, kept for the records.
 */
export type ServicePositionStatus = (typeof SERVICE_POSITION_STATUSES)[number];

export const SERVICE_POSITION_STATUS_LABELS: Readonly<Record<ServicePositionStatus, string>> =
  Object.freeze({ OPEN: '开放', SUSPENDED: '暂停开放', CLOSED: '已撤销' });

/** The statuses the public sees. */
export const PUBLIC_SERVICE_POSITION_STATUSES: readonly ServicePositionStatus[] = Object.freeze([
  'OPEN',
  'SUSPENDED',
]);

export function isServicePositionKind(value: string): value is ServicePositionKind {
  return (SERVICE_POSITION_KINDS as readonly string[]).includes(value);
}

export function isLibraryLevel(value: string): value is LibraryLevel {
  return (LIBRARY_LEVELS as readonly string[]).includes(value);
}

export function isServicePositionStatus(value: string): value is ServicePositionStatus {
  return (SERVICE_POSITION_STATUSES as readonly string[]).includes(value);
}

/** Only worker libraries carry a recognition level. */
export function kindHasLibraryLevel(kind: ServicePositionKind): boolean {
  return kind === 'WORKER_LIBRARY';
}
