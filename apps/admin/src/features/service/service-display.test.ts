import { describe, expect, it } from 'vitest';
import { enMessages } from '../../i18n/en';
import { zhCNMessages } from '../../i18n/zh-cn';
import {
  inputOfServiceForm,
  libraryLevels,
  searchOfServiceFilters,
  serviceFiltersFromSearch,
  serviceFormOf,
  serviceKinds,
  serviceStatuses,
} from './service-display';

describe('the registry’s filters in the address', () => {
  it('round-trip', () => {
    const filters = {
      kind: 'CARING_MOTHER_ROOM' as const,
      status: 'CLOSED' as const,
      regionCode: '370202',
      search: '香港中路',
      organizationId: 'T3JnYW5pemF0aW9uOjE',
      openOn: '2025-12-31',
      openedFrom: '2025-01-01',
      openedTo: '2025-12-31',
    };
    expect(serviceFiltersFromSearch(searchOfServiceFilters(filters))).toEqual(filters);
  });

  it('drop what they do not know', () => {
    expect(
      serviceFiltersFromSearch(
        new URLSearchParams(
          'kind=GYM&status=x&region=3702&q=%20&org=a%20b&openOn=2025-02-30&openedFrom=x',
        ),
      ),
    ).toEqual({});
  });
});

describe('the form', () => {
  const stored = {
    kind: 'WORKER_LIBRARY',
    name: '崂山区职工书屋',
    libraryLevel: 'NATIONAL',
    regionCode: '370212',
    address: '海尔路 1 号',
    latitude: 36.1,
    longitude: 120.4,
    openingHours: '周一至周五 09:00-17:00',
    services: ['借阅', '阅读'],
    capacity: 40,
    hostName: null,
    status: 'SUSPENDED',
    openedOn: '2019-05-01',
    closedOn: null,
  };

  it('edits a stored position and gives back the same input', () => {
    expect(inputOfServiceForm(serviceFormOf(stored))).toEqual({
      ...stored,
      services: ['借阅', '阅读'],
      hostName: null,
    });
  });

  it('splits services on 、 and commas and drops a level that is not a library’s', () => {
    const input = inputOfServiceForm({
      ...serviceFormOf(stored),
      kind: 'UNION_STATION',
      services: '饮水、充电，热饭, ',
    });
    expect(input.services).toEqual(['饮水', '充电', '热饭']);
    expect(input.libraryLevel).toBeNull();
  });

  it('sends a closing day only with the closed status', () => {
    const closed = { ...stored, status: 'CLOSED', closedOn: '2024-06-30' };
    expect(inputOfServiceForm(serviceFormOf(closed)).closedOn).toBe('2024-06-30');
    expect(inputOfServiceForm({ ...serviceFormOf(closed), status: 'OPEN' }).closedOn).toBeNull();
  });
});

describe('labels', () => {
  it('name every kind, level and status in both languages', () => {
    const keys = [
      ...serviceKinds.map((kind) => `service.kind.${kind}`),
      ...libraryLevels.map((level) => `service.level.${level}`),
      ...serviceStatuses.map((status) => `service.status.${status}`),
    ];
    for (const key of keys) {
      expect(zhCNMessages).toHaveProperty([key]);
      expect(enMessages).toHaveProperty([key]);
    }
    // The Chinese kinds are the domain's wording.
    expect(zhCNMessages['service.kind.OUTDOOR_WORKER_STATION']).toBe('户外劳动者服务站点');
  });
});
