/**
 * The registry's pure helpers: its filters in the query string, and the form's values to and
 * from the API's input. Every rule (what a valid position is) is the gateway's, through the domain.
 */

export const serviceKinds = [
  'WORKER_LIBRARY',
  'SMART_BOOK_CABINET',
  'UNION_STATION',
  'OUTDOOR_WORKER_STATION',
  'CARING_MOTHER_ROOM',
  'SHARED_WORKERS_HOME',
  'NEW_WORKER_HOUSING',
  'CHILDCARE_STATION',
] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const serviceStatuses = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const libraryLevels = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
export type LibraryLevel = (typeof libraryLevels)[number];

export interface ServiceFilters {
  kind?: ServiceKind;
  status?: ServiceStatus;
  regionCode?: string;
  search?: string;
  /** Only positions within this union's subtree (a global id; the report's links set it). */
  organizationId?: string;
  /** Only positions serving on this day, 'YYYY-MM-DD' (the report: at the period's end). */
  openOn?: string;
  /** Only positions opened in this range (the report: 新建服务阵地 of the period). */
  openedFrom?: string;
  openedTo?: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const dayOrUndefined = (value: string | null) =>
  value && isoDay.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
      ? value
      : undefined
    : undefined;

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** The filters a query string names; unknown values are dropped. */
export function serviceFiltersFromSearch(params: URLSearchParams): ServiceFilters {
  const filters: ServiceFilters = {};
  const kind = params.get('kind');
  if (isOneOf(serviceKinds, kind)) filters.kind = kind;
  const status = params.get('status');
  if (isOneOf(serviceStatuses, status)) filters.status = status;
  const region = params.get('region');
  if (region && /^\d{6}$/.test(region)) filters.regionCode = region;
  const search = params.get('q')?.trim();
  if (search) filters.search = search.slice(0, 100);
  const organization = params.get('org')?.trim();
  if (organization && /^[A-Za-z0-9_-]{1,200}$/.test(organization)) {
    filters.organizationId = organization;
  }
  const openOn = dayOrUndefined(params.get('openOn'));
  if (openOn) filters.openOn = openOn;
  const openedFrom = dayOrUndefined(params.get('openedFrom'));
  if (openedFrom) filters.openedFrom = openedFrom;
  const openedTo = dayOrUndefined(params.get('openedTo'));
  if (openedTo) filters.openedTo = openedTo;
  return filters;
}

export function searchOfServiceFilters(filters: ServiceFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.search) params.set('q', filters.search);
  if (filters.organizationId) params.set('org', filters.organizationId);
  if (filters.openOn) params.set('openOn', filters.openOn);
  if (filters.openedFrom) params.set('openedFrom', filters.openedFrom);
  if (filters.openedTo) params.set('openedTo', filters.openedTo);
  return params;
}

/** The form's values. `services` is one text, items separated by 、 or commas. */
export interface ServiceFormValues {
  organizationId?: string;
  kind: ServiceKind;
  name: string;
  libraryLevel?: LibraryLevel | null;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  openingHours: string;
  services?: string;
  capacity?: number | null;
  hostName?: string;
  status?: ServiceStatus;
  /** 启用日期 'YYYY-MM-DD'; empty: today (new) or unchanged (edit). */
  openedOn?: string | null;
  /** 撤销日期 'YYYY-MM-DD', for a closed position; empty: today when closing. */
  closedOn?: string | null;
}

/** The API's input of the form's values (the gateway trims and checks every field). */
export function inputOfServiceForm(values: ServiceFormValues) {
  return {
    kind: values.kind,
    name: values.name,
    libraryLevel: values.kind === 'WORKER_LIBRARY' ? (values.libraryLevel ?? null) : null,
    regionCode: values.regionCode,
    address: values.address,
    latitude: values.latitude,
    longitude: values.longitude,
    openingHours: values.openingHours,
    services: (values.services ?? '')
      .split(/[、,，;；\n]/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
    capacity: values.capacity ?? null,
    hostName: values.hostName?.trim() ? values.hostName : null,
    status: values.status ?? 'OPEN',
    openedOn: values.openedOn || null,
    // Only a closed position has a closing day; the field is ignored otherwise.
    closedOn: values.status === 'CLOSED' ? values.closedOn || null : null,
  };
}

/** The form's values of a stored position (to edit it). */
export function serviceFormOf(position: {
  kind: string;
  name: string;
  libraryLevel?: string | null;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  openingHours: string;
  services: readonly string[];
  capacity?: number | null;
  hostName?: string | null;
  status: string;
  openedOn?: string | null;
  closedOn?: string | null;
}): ServiceFormValues {
  return {
    kind: isOneOf(serviceKinds, position.kind) ? position.kind : 'UNION_STATION',
    name: position.name,
    libraryLevel: isOneOf(libraryLevels, position.libraryLevel ?? null)
      ? (position.libraryLevel as LibraryLevel)
      : null,
    regionCode: position.regionCode,
    address: position.address,
    latitude: position.latitude,
    longitude: position.longitude,
    openingHours: position.openingHours,
    services: position.services.join('、'),
    capacity: position.capacity ?? null,
    hostName: position.hostName ?? '',
    status: isOneOf(serviceStatuses, position.status) ? position.status : 'OPEN',
    openedOn: position.openedOn ?? null,
    closedOn: position.closedOn ?? null,
  };
}

/** The form fields a gateway issue may name (`input.latitude` → latitude). */
export const serviceFormFields = [
  'organizationId',
  'kind',
  'name',
  'libraryLevel',
  'regionCode',
  'address',
  'latitude',
  'longitude',
  'openingHours',
  'services',
  'capacity',
  'hostName',
  'status',
  'openedOn',
  'closedOn',
] as const;

/** The import template's header row, in its order (the gateway matches columns by these names). */
export const importHeaders = [
  '阵地名称',
  '阵地类型',
  '书屋级别',
  '行政区划代码',
  '地址',
  '纬度',
  '经度',
  '开放时间',
  '服务内容',
  '容纳人数',
  '承办单位',
  '状态',
  '启用日期',
  '撤销日期',
] as const;
