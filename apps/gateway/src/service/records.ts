import type { ServicePositionRecord } from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { dateColumn } from '../shared-dates.js';

/** The columns of a position the domain checked (not its union, lineage or author). */
export function positionColumns(record: ServicePositionRecord) {
  return {
    kind: record.kind,
    name: record.name,
    libraryLevel: record.libraryLevel,
    regionCode: record.regionCode,
    address: record.address,
    latitude: record.latitude,
    longitude: record.longitude,
    openingHours: record.openingHours,
    open24Hours: record.open24Hours,
    weeklyOpenFrom: [...record.weeklyOpenFrom],
    weeklyOpenUntil: [...record.weeklyOpenUntil],
    services: [...record.services],
    capacity: record.capacity,
    hostName: record.hostName,
    status: record.status,
    openedOn: dateColumn(record.openedOn),
    closedOn: record.closedOn === null ? null : dateColumn(record.closedOn),
  } satisfies Prisma.ServicePositionUncheckedUpdateInput;
}
