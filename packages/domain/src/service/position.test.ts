import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import { GEO_RULES } from './geo.js';
import {
  isBlankServiceImportRow,
  matchServiceImportHeader,
  parseLibraryLevel,
  parseServicePositionKind,
  parseServicePositionStatus,
  SERVICE_IMPORT_COLUMNS,
  SERVICE_IMPORT_FIELDS,
  SERVICE_IMPORT_RULES,
  type ServiceImportRowCells,
  serviceImportRowCells,
  servicePositionKey,
  validateServiceImportRow,
} from './import-row.js';
import { OPENING_HOURS_RULES } from './opening-hours.js';
import {
  checkPositionRegion,
  checkServicePosition,
  isPositionOpenOn,
  SERVICE_POSITION_RULES,
  type ServicePositionInput,
  splitServices,
} from './position.js';
import {
  SERVICE_POSITION_KIND_ALIASES,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
  SERVICE_POSITION_STATUS_LABELS,
  SERVICE_POSITION_STATUSES,
} from './position-kinds.js';

const station: ServicePositionInput = {
  kind: 'OUTDOOR_WORKER_STATION',
  name: '  市南区香港中路户外劳动者服务站点 ',
  regionCode: '370202',
  address: '青岛市市南区香港中路 10 号',
  latitude: 36.061_69,
  longitude: 120.384_49,
  openingHours: '全天',
  services: ['饮水、充电', '热饭，休息', '饮水'],
  capacity: 12,
  hostName: '青岛市市南区总工会',
};

describe('kinds', () => {
  it('label every kind, status in Chinese; aliases name real kinds', () => {
    expect(Object.keys(SERVICE_POSITION_KIND_LABELS).sort()).toEqual(
      [...SERVICE_POSITION_KINDS].sort(),
    );
    expect(Object.keys(SERVICE_POSITION_STATUS_LABELS).sort()).toEqual(
      [...SERVICE_POSITION_STATUSES].sort(),
    );
    for (const kind of Object.values(SERVICE_POSITION_KIND_ALIASES)) {
      expect(SERVICE_POSITION_KINDS).toContain(kind);
    }
  });

  it.each<[string, string | null]>([
    ['户外劳动者服务站点', 'OUTDOOR_WORKER_STATION'],
    ['工会妈妈小屋', 'CARING_MOTHER_ROOM'],
    ['惠工家', 'NEW_WORKER_HOUSING'],
    ['outdoor_worker_station', 'OUTDOOR_WORKER_STATION'],
    [' 职工 书屋 ', 'WORKER_LIBRARY'],
    ['健身房', null],
  ])('parseServicePositionKind(%j) = %s', (text, kind) => {
    expect(parseServicePositionKind(text)).toBe(kind);
  });

  it.each<[string, string | null]>([
    ['全国级', 'NATIONAL'],
    ['全国示范职工书屋', 'NATIONAL'],
    ['市级', 'CITY'],
    ['乡镇级', null],
  ])('parseLibraryLevel(%j) = %s', (text, level) => {
    expect(parseLibraryLevel(text)).toBe(level);
  });

  it('reads statuses by label', () => {
    expect(parseServicePositionStatus('暂停开放')).toBe('SUSPENDED');
    expect(parseServicePositionStatus('撤销')).toBe('CLOSED');
    expect(parseServicePositionStatus('营业')).toBeNull();
  });
});

const today = '2025-06-30' as CalendarDate;

describe('checkServicePosition', () => {
  it('normalises a good position', () => {
    const checked = checkServicePosition(station, today);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      name: '市南区香港中路户外劳动者服务站点',
      openingHours: '24小时',
      open24Hours: true,
      weeklyOpenFrom: [0],
      weeklyOpenUntil: [10_080],
      services: ['饮水', '充电', '热饭', '休息'],
      status: 'OPEN',
      libraryLevel: null,
    });
  });

  it.each<[Partial<ServicePositionInput>, string, string]>([
    [{ kind: 'GYM' }, 'kind', SERVICE_POSITION_RULES.KIND_UNKNOWN],
    [{ name: ' ' }, 'name', SERVICE_POSITION_RULES.NAME_EMPTY],
    [{ name: '站'.repeat(101) }, 'name', SERVICE_POSITION_RULES.NAME_TOO_LONG],
    [{ libraryLevel: 'CITY' }, 'libraryLevel', SERVICE_POSITION_RULES.LIBRARY_LEVEL_NOT_LIBRARY],
    [
      { kind: 'WORKER_LIBRARY', libraryLevel: 'TOWN' },
      'libraryLevel',
      SERVICE_POSITION_RULES.LIBRARY_LEVEL_UNKNOWN,
    ],
    [{ regionCode: '37020' }, 'regionCode', 'REGION_CODE_FORMAT'],
    [{ address: '' }, 'address', SERVICE_POSITION_RULES.ADDRESS_EMPTY],
    [{ latitude: 120.38, longitude: 36.06 }, 'latitude', GEO_RULES.SWAPPED],
    [{ openingHours: '看情况' }, 'openingHours', OPENING_HOURS_RULES.FORMAT],
    [{ services: ['饮'.repeat(31)] }, 'services', SERVICE_POSITION_RULES.SERVICE_TOO_LONG],
    [
      { services: Array.from({ length: 21 }, (_, i) => `服务${i}`) },
      'services',
      SERVICE_POSITION_RULES.TOO_MANY_SERVICES,
    ],
    [{ capacity: -1 }, 'capacity', SERVICE_POSITION_RULES.CAPACITY],
    [{ capacity: 1.5 }, 'capacity', SERVICE_POSITION_RULES.CAPACITY],
    [{ hostName: '单'.repeat(101) }, 'hostName', SERVICE_POSITION_RULES.HOST_TOO_LONG],
    [{ status: 'GONE' }, 'status', SERVICE_POSITION_RULES.STATUS_UNKNOWN],
    [{ openedOn: '2025-02-30' }, 'openedOn', 'DATE_INVALID'],
    [{ openedOn: '2025-07-01' }, 'openedOn', SERVICE_POSITION_RULES.OPENED_ON_FUTURE],
    [{ closedOn: '2025-06-01' }, 'closedOn', SERVICE_POSITION_RULES.CLOSED_ON_NOT_CLOSED],
    [
      { status: 'CLOSED', closedOn: '2025-07-01' },
      'closedOn',
      SERVICE_POSITION_RULES.CLOSED_ON_FUTURE,
    ],
    [
      { status: 'CLOSED', openedOn: '2024-05-01', closedOn: '2024-04-30' },
      'closedOn',
      SERVICE_POSITION_RULES.CLOSED_BEFORE_OPENED,
    ],
  ])('refuses %j on %s with %s', (change, field, rule) => {
    const checked = checkServicePosition({ ...station, ...change }, today);
    expect(checked.ok ? [] : checked.error).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });

  it('dates a position: opened today unless given, closed today when closed without a date', () => {
    const fresh = checkServicePosition(station, today);
    expect(fresh.ok && [fresh.value.openedOn, fresh.value.closedOn]).toEqual([today, null]);
    const closed = checkServicePosition(
      { ...station, openedOn: '2019-03-01', status: 'CLOSED' },
      today,
    );
    expect(closed.ok && [closed.value.openedOn, closed.value.closedOn]).toEqual([
      '2019-03-01',
      today,
    ]);
    const dated = checkServicePosition(
      { ...station, openedOn: ' 2019-03-01 ', status: 'CLOSED', closedOn: '2019-03-01' },
      today,
    );
    expect(dated.ok && dated.value.closedOn).toBe('2019-03-01');
  });

  it('counts a position open from its opening day until the day before it closed', () => {
    const position = { openedOn: '2024-03-01', closedOn: '2025-01-01' };
    expect(isPositionOpenOn(position, '2024-02-29')).toBe(false);
    expect(isPositionOpenOn(position, '2024-03-01')).toBe(true);
    expect(isPositionOpenOn(position, '2024-12-31')).toBe(true);
    expect(isPositionOpenOn(position, '2025-01-01')).toBe(false);
    expect(isPositionOpenOn({ openedOn: '2024-03-01', closedOn: null }, '2099-01-01')).toBe(true);
  });

  it('never counts a checked position open on a day before it opened or from its closing', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2025-06-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, fc.boolean(), (opened, closed, probe, isClosed) => {
        const checked = checkServicePosition(
          {
            ...station,
            openedOn: opened,
            status: isClosed ? 'CLOSED' : 'OPEN',
            closedOn: isClosed ? closed : null,
          },
          today,
        );
        if (!checked.ok) {
          expect(isClosed && closed < opened).toBe(true);
          return;
        }
        const open = isPositionOpenOn(checked.value, probe);
        expect(open).toBe(probe >= opened && (!isClosed || probe < closed));
      }),
    );
  });

  it('keeps a level for a worker library', () => {
    const checked = checkServicePosition(
      { ...station, kind: 'WORKER_LIBRARY', libraryLevel: 'NATIONAL' },
      today,
    );
    expect(checked.ok && checked.value.libraryLevel).toBe('NATIONAL');
  });

  it('reports every problem at once', () => {
    const checked = checkServicePosition(
      { ...station, name: '', address: '', capacity: -3 },
      today,
    );
    expect(checked.ok ? [] : checked.error.map((problem) => problem.field)).toEqual([
      'name',
      'address',
      'capacity',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.string(),
          name: fc.string(),
          libraryLevel: fc.option(fc.string()),
          regionCode: fc.string(),
          address: fc.string(),
          latitude: fc.double(),
          longitude: fc.double(),
          openingHours: fc.string(),
          services: fc.array(fc.string()),
          capacity: fc.option(fc.double()),
          hostName: fc.option(fc.string()),
          status: fc.option(fc.string()),
          openedOn: fc.option(fc.string()),
          closedOn: fc.option(fc.string()),
        }),
        (input) => {
          const checked = checkServicePosition(input, today);
          if (!checked.ok) expect(checked.error.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('splits services on Chinese and Latin separators', () => {
    expect(splitServices('饮水、充电，热饭;休息\n如厕')).toEqual([
      '饮水',
      '充电',
      '热饭',
      '休息',
      '如厕',
    ]);
  });
});

describe('checkPositionRegion', () => {
  it.each<[string, string, boolean, boolean]>([
    ['370202', '370202', false, true], // in the district union's own district
    ['370203', '370202', false, true], // a neighbouring district of the same city
    ['370202', '370200', false, true], // the city federation's district
    ['370102', '370202', false, false], // 济南 is not 青岛
    ['370102', '370000', false, true], // a provincial union: the whole province
    ['130100', '370200', false, false],
    ['130100', '110000', true, true], // the national federation: anywhere
    ['429004', '429004', false, true], // a county directly under the province
  ])('%s under a union of %s (national %s): %s', (position, union, national, allowed) => {
    expect(checkPositionRegion(position, union, national).ok).toBe(allowed);
  });

  it('names the rule', () => {
    const checked = checkPositionRegion('370102', '370202', false);
    expect(checked.ok ? null : checked.error.rule).toBe(
      SERVICE_POSITION_RULES.REGION_OUTSIDE_UNION,
    );
  });
});

const HEADER = SERVICE_IMPORT_FIELDS.map((field) => SERVICE_IMPORT_COLUMNS[field].header);

describe('matchServiceImportHeader', () => {
  it('matches columns by name in any order, with notes in brackets', () => {
    const matched = matchServiceImportHeader([
      '备注',
      '纬度（GCJ-02）',
      ' 经 度',
      ...HEADER.filter((h) => h !== '纬度' && h !== '经度'),
    ]);
    expect(matched.ok).toBe(true);
    if (matched.ok) {
      expect(matched.value.latitude).toBe(1);
      expect(matched.value.longitude).toBe(2);
      expect(matched.value.name).toBe(3);
    }
  });

  it('reports every missing and repeated column', () => {
    const matched = matchServiceImportHeader(['阵地名称', '阵地名称', '地址']);
    expect(matched.ok ? [] : matched.error.map((problem) => problem.rule)).toEqual([
      SERVICE_IMPORT_RULES.COLUMN_DUPLICATE,
      ...['kind', 'regionCode', 'latitude', 'longitude', 'openingHours'].map(
        () => SERVICE_IMPORT_RULES.COLUMN_MISSING,
      ),
    ]);
  });

  it('refuses an empty header row', () => {
    const matched = matchServiceImportHeader([null, '  ']);
    expect(matched.ok ? null : matched.error[0]?.rule).toBe(SERVICE_IMPORT_RULES.HEADER_MISSING);
  });
});

describe('validateServiceImportRow', () => {
  const header = matchServiceImportHeader(HEADER);
  if (!header.ok) throw new Error('template header must match');
  const row = (cells: Partial<Record<(typeof SERVICE_IMPORT_FIELDS)[number], unknown>>) =>
    serviceImportRowCells(
      header.value,
      SERVICE_IMPORT_FIELDS.map((field) => cells[field] as ServiceImportRowCells[typeof field]),
    );
  const good = {
    name: '崂山区职工书屋',
    kind: '职工书屋',
    libraryLevel: '全国级',
    regionCode: 370212,
    address: '青岛市崂山区海尔路 1 号',
    latitude: '36.1072',
    longitude: 120.4688,
    openingHours: '周一至周五 09:00-17:00',
    services: '借阅、阅读',
    capacity: '40人',
    hostName: '',
    status: '',
  };

  it('reads the dates from date cells or text', () => {
    const checked = validateServiceImportRow(
      row({
        ...good,
        status: '已撤销',
        openedOn: new Date('2018-05-01T00:00:00Z'),
        closedOn: '2024-12-31',
      }),
      today,
    );
    expect(checked.ok && [checked.value.openedOn, checked.value.closedOn]).toEqual([
      '2018-05-01',
      '2024-12-31',
    ]);
    const bad = validateServiceImportRow(row({ ...good, openedOn: '去年' }), today);
    expect(bad.ok ? [] : bad.error.map((problem) => problem.field)).toEqual(['openedOn']);
  });

  it('reads labels, numbers as text or numbers, and defaults the status', () => {
    const checked = validateServiceImportRow(row(good), today);
    expect(checked.ok && checked.value).toMatchObject({
      kind: 'WORKER_LIBRARY',
      libraryLevel: 'NATIONAL',
      regionCode: '370212',
      latitude: 36.1072,
      longitude: 120.4688,
      capacity: 40,
      services: ['借阅', '阅读'],
      status: 'OPEN',
      hostName: null,
    });
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ latitude: '北纬36度' }, 'latitude', SERVICE_IMPORT_RULES.NUMBER],
    [{ longitude: '' }, 'longitude', GEO_RULES.NOT_A_NUMBER],
    [{ kind: '健身房' }, 'kind', SERVICE_POSITION_RULES.KIND_UNKNOWN],
    [{ status: '营业' }, 'status', SERVICE_POSITION_RULES.STATUS_UNKNOWN],
    [{ libraryLevel: '乡镇级' }, 'libraryLevel', SERVICE_POSITION_RULES.LIBRARY_LEVEL_UNKNOWN],
    [{ capacity: '很多' }, 'capacity', SERVICE_IMPORT_RULES.NUMBER],
  ])('refuses %j on %s with %s', (change, field, rule) => {
    const checked = validateServiceImportRow(row({ ...good, ...change }), today);
    expect(checked.ok ? [] : checked.error).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });

  it('reports an unreadable number once', () => {
    const checked = validateServiceImportRow(row({ ...good, latitude: 'abc' }), today);
    expect(checked.ok ? [] : checked.error.filter((p) => p.field === 'latitude')).toHaveLength(1);
  });

  it('skips blank rows', () => {
    expect(isBlankServiceImportRow(row({ name: ' ', address: null }))).toBe(true);
    expect(isBlankServiceImportRow(row({ name: 'x' }))).toBe(false);
  });

  it('keys positions by name and address, ignoring spaces and full-width forms', () => {
    expect(servicePositionKey({ name: '站点 Ａ', address: '香港中路 10 号' })).toBe(
      servicePositionKey({ name: '站点A', address: '香港中路10号' }),
    );
  });
});
