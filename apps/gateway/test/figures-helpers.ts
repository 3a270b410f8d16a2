import { isDeepStrictEqual } from 'node:util';
import { computeIdNumberCheckCharacter } from '@gonghui/domain';
import { prisma } from '../src/db.js';
import {
  computeAllFigures,
  computeAllJoinings,
  figuresFromRow,
} from '../src/organization/figures.js';

/** A valid resident ID number for a serial number (unique per serial). */
export function idNumberFor(serial: number, female = false): string {
  const year = 1970 + (serial % 30);
  const sequence = (serial * 2 + (female ? 0 : 1)) % 1000;
  const body = `370202${year}0${1 + (serial % 9)}1${serial % 10}${String(sequence).padStart(3, '0')}`;
  return `${body}${computeIdNumberCheckCharacter(body)}`;
}

/** Organisations whose maintained figures differ from a from-scratch recomputation. */
export async function figureMismatches() {
  const [organizations, members, rows] = await Promise.all([
    prisma.organization.findMany({
      select: {
        id: true,
        lineageIds: true,
        kind: true,
        dissolvedOn: true,
        employerHeadcount: true,
      },
    }),
    prisma.member.findMany({
      select: { lineageIds: true, status: true, isMigrant: true, employmentGroup: true, sex: true },
    }),
    prisma.organizationFigures.findMany(),
  ]);
  const expected = computeAllFigures(organizations, members);
  const maintained = new Map(rows.map((row) => [row.organizationId, figuresFromRow(row)]));
  const mismatches: { id: string; expected: unknown; maintained: unknown }[] = [];
  for (const [id, figures] of expected) {
    if (!isDeepStrictEqual(figures, maintained.get(id))) {
      mismatches.push({ id, expected: figures, maintained: maintained.get(id) });
    }
  }
  if (maintained.size !== expected.size)
    mismatches.push({ id: 'row count', expected: expected.size, maintained: maintained.size });
  mismatches.push(...(await joiningMismatches()));
  return mismatches;
}

/** Monthly joining counters that differ from a recount of the membership events. */
async function joiningMismatches() {
  const [events, rows] = await Promise.all([
    prisma.memberEvent.findMany({
      select: { lineageIds: true, type: true, fromStatus: true, toStatus: true, date: true },
    }),
    prisma.organizationMonthlyFigures.findMany({ where: { joined: { not: 0 } } }),
  ]);
  const expected = computeAllJoinings(events);
  const maintained = new Map(
    rows.map((row) => [`${row.organizationId}|${row.month.toISOString().slice(0, 7)}`, row.joined]),
  );
  const mismatches: { id: string; expected: unknown; maintained: unknown }[] = [];
  for (const key of new Set([...expected.keys(), ...maintained.keys()])) {
    if (expected.get(key) !== maintained.get(key)) {
      mismatches.push({
        id: `joined ${key}`,
        expected: expected.get(key),
        maintained: maintained.get(key),
      });
    }
  }
  return mismatches;
}
