import {
  addFigures,
  alreadyMemberElsewhereIssue,
  type FieldError,
  findRepeatedIdNumbers,
  memberChangeDelta,
  type ResidentIdNumber,
  type RosterMemberCandidate,
  type RosterRowCells,
  type RosterRowContext,
  repeatedRowIssue,
  validateRosterRow,
  zeroFigures,
} from '@gonghui/domain';
import { writeAudit } from '../auth/audit.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { Prisma } from '../generated/prisma/client.js';
import { idNumberIndexOf, sealIdNumber, sealPhoneNumber } from '../member/sealed-identity.js';
import { applyFiguresDelta, applyJoinings, memberFacts } from '../organization/figures.js';
import { lockOrganization } from '../organization/lock.js';
import { uuidv7 } from '../shared-ids.js';
import { columnHeaderOf, maskedRowText } from './cells.js';

/** One data row of the file: its spreadsheet row number and its cells by field. */
export interface RosterRow {
  rowNumber: number;
  cells: RosterRowCells;
}

/** What a batch is imported into and by whom. */
export interface RosterImportJobTarget {
  importId: string;
  organizationId: string;
  lineageIds: string[];
  actor: Pick<StaffViewer, 'staffId' | 'username'>;
  rowContext: RosterRowContext;
}

/** The union was dissolved while the import ran: the rest of the file cannot be imported. */
export class UnionDissolvedDuringImport extends Error {}

/** Counts of one batch, added to the import's counters. */
export interface BatchCounts {
  processed: number;
  imported: number;
  alreadyMember: number;
  failed: number;
}

interface Candidate {
  rowNumber: number;
  cells: RosterRowCells;
  member: RosterMemberCandidate;
  index: string;
}

/** Transactions of a batch may run longer than Prisma's 5 s default on a slow disk. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

function issueRows(
  importId: string,
  rowNumber: number,
  cells: RosterRowCells,
  problems: readonly FieldError[],
): Prisma.RosterImportIssueCreateManyInput[] {
  const masked = maskedRowText(cells);
  return problems.map((problem) => ({
    importId,
    rowNumber,
    column: columnHeaderOf(problem.field),
    field: problem.field,
    rule: problem.rule,
    message: problem.message,
    cells: masked,
  }));
}

/**
 * Records the candidates as members in one transaction: the members and their JOINED events
 * (each one multi-row INSERT … SELECT FROM unnest(arrays), far faster than Prisma's createMany
 * through the driver adapter), the figures delta summed over the batch, the monthly joinings
 * and one audit row with counts only.
 */
async function insertMembers(
  tx: Prisma.TransactionClient,
  target: RosterImportJobTarget,
  rows: readonly Candidate[],
) {
  if (rows.length === 0) return;
  if (!(await lockOrganization(tx, target.organizationId, 'share'))) {
    throw new UnionDissolvedDuringImport();
  }
  const ids = rows.map(() => uuidv7());
  const sealed = rows.map(({ member }) => ({
    ...sealIdNumber(member.idNumber),
    ...(member.phone ? sealPhoneNumber(member.phone) : { phoneCipher: null, phoneMasked: null }),
  }));
  const members = rows.map(({ member }) => member);
  const column = <T>(pick: (member: RosterMemberCandidate, index: number) => T) =>
    members.map(pick);
  await tx.$executeRaw`
    INSERT INTO member (id, organization_id, lineage_ids, name, sex, birth_date, id_number_cipher,
      id_number_index, id_number_masked, phone_cipher, phone_masked, joined_on, status, is_migrant,
      employment_group, employer_name, created_at, updated_at)
    SELECT m.id, ${target.organizationId}::uuid, ${target.lineageIds}::text[], m.name, m.sex::"Sex",
      m.birth_date, m.id_number_cipher, m.id_number_index, m.id_number_masked, m.phone_cipher,
      m.phone_masked, m.joined_on, 'ACTIVE'::"MemberStatus", m.is_migrant,
      m.employment_group::"NewEmploymentGroup", m.employer_name, now(), now()
    FROM unnest(
      ${ids}::uuid[], ${column((member) => member.name)}::text[],
      ${column((member) => member.sex)}::text[], ${column((member) => member.birthDate)}::date[],
      ${sealed.map((row) => row.idNumberCipher)}::text[], ${sealed.map((row) => row.idNumberIndex)}::text[],
      ${sealed.map((row) => row.idNumberMasked)}::text[], ${sealed.map((row) => row.phoneCipher)}::text[],
      ${sealed.map((row) => row.phoneMasked)}::text[], ${column((member) => member.joinedOn)}::date[],
      ${column((member) => member.isMigrant)}::boolean[],
      ${column((member) => member.employmentGroup)}::text[],
      ${column((member) => member.employerName)}::text[]
    ) AS m(id, name, sex, birth_date, id_number_cipher, id_number_index, id_number_masked,
      phone_cipher, phone_masked, joined_on, is_migrant, employment_group, employer_name)`;
  await tx.$executeRaw`
    INSERT INTO member_event (id, member_id, type, organization_id, lineage_ids, date, to_status,
      actor_staff_id, created_at)
    SELECT e.id, e.member_id, 'JOINED', ${target.organizationId}::uuid, ${target.lineageIds}::text[],
      e.date, 'ACTIVE'::"MemberStatus", ${target.actor.staffId}::uuid, now()
    FROM unnest(${ids.map(() => uuidv7())}::uuid[], ${ids}::uuid[],
      ${column((member) => member.joinedOn)}::date[]) AS e(id, member_id, date)`;
  const delta = members.reduce(
    (sum, member) =>
      addFigures(
        sum,
        memberChangeDelta(
          null,
          memberFacts({
            status: 'ACTIVE',
            isMigrant: member.isMigrant,
            employmentGroup: member.employmentGroup,
            sex: member.sex,
          }),
        ),
      ),
    zeroFigures(),
  );
  await applyFiguresDelta(tx, target.lineageIds, delta);
  await applyJoinings(
    tx,
    target.lineageIds,
    members.map((member) => ({
      date: member.joinedOn,
      isMigrant: member.isMigrant,
      employmentGroup: member.employmentGroup,
    })),
  );
  await writeAudit(tx, target.actor as StaffViewer, {
    action: 'member.importRoster',
    targetType: 'RosterImport',
    targetId: target.importId,
    organizationId: target.organizationId,
    lineageIds: target.lineageIds,
    // Counts only: never a personal value.
    after: {
      imported: rows.length,
      firstRow: rows[0]?.rowNumber ?? null,
      lastRow: rows.at(-1)?.rowNumber ?? null,
    },
  });
}

/** A unique violation (PostgreSQL 23505), from a Prisma call (P2002) or a raw statement. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  return (
    error.code === 'P2010' && /23505|unique/i.test(`${JSON.stringify(error.meta)} ${error.message}`)
  );
}

async function membershipsOf(indexes: readonly string[]) {
  if (indexes.length === 0) return new Map<string, string>();
  const existing = await prisma.member.findMany({
    where: { idNumberIndex: { in: [...indexes] } },
    select: { idNumberIndex: true, organizationId: true },
  });
  return new Map(existing.map((row) => [row.idNumberIndex, row.organizationId]));
}

/**
 * Imports one batch of rows: validates each (the domain's `validateRosterRow`), reports rows
 * repeating an earlier row of the file (`seen` holds each person's first row and is updated),
 * looks the rest up in the whole tree with one query on the blind index, and records the new
 * members, the batch's issues and the import's counters in ONE transaction. When that
 * transaction meets a unique violation (someone added the same person meanwhile) it is
 * rolled back and the rows are recorded one by one, so the good rows still land.
 */
export async function importRosterBatch(
  target: RosterImportJobTarget,
  rows: readonly RosterRow[],
  seen: Map<ResidentIdNumber, number>,
): Promise<BatchCounts> {
  const issues: Prisma.RosterImportIssueCreateManyInput[] = [];
  const failedRows = new Set<number>();
  const report = (row: RosterRow, problems: readonly FieldError[]) => {
    failedRows.add(row.rowNumber);
    issues.push(...issueRows(target.importId, row.rowNumber, row.cells, problems));
  };

  const valid: Candidate[] = [];
  for (const row of rows) {
    const result = validateRosterRow(row.cells, target.rowContext);
    if (!result.ok) report(row, result.error);
    else valid.push({ ...row, member: result.value, index: '' });
  }

  const repeats = findRepeatedIdNumbers(
    valid.map((row) => ({ row: row.rowNumber, idNumber: row.member.idNumber })),
    seen,
  );
  for (const [key, row] of repeats.newFirstRows) seen.set(key, row);
  const repeatedRows = new Map(repeats.repeated.map((repeat) => [repeat.row, repeat.firstRow]));
  const unique: Candidate[] = [];
  for (const row of valid) {
    const firstRow = repeatedRows.get(row.rowNumber);
    if (firstRow !== undefined) report(row, [repeatedRowIssue(firstRow)]);
    else unique.push({ ...row, index: idNumberIndexOf(row.member.idNumber) });
  }

  let alreadyMember = 0;
  const memberships = await membershipsOf(unique.map((row) => row.index));
  const fresh: Candidate[] = [];
  for (const row of unique) {
    const organizationId = memberships.get(row.index);
    if (organizationId === undefined) fresh.push(row);
    else if (organizationId === target.organizationId) alreadyMember += 1;
    else report(row, [alreadyMemberElsewhereIssue()]);
  }

  const counts = (): BatchCounts => ({
    processed: rows.length,
    imported: fresh.length,
    alreadyMember,
    failed: failedRows.size,
  });
  const recordProgress = async (tx: Prisma.TransactionClient, batch: BatchCounts) => {
    if (issues.length > 0) await tx.rosterImportIssue.createMany({ data: issues });
    await tx.rosterImport.update({
      where: { id: target.importId },
      data: {
        processedRows: { increment: batch.processed },
        importedRows: { increment: batch.imported },
        alreadyMemberRows: { increment: batch.alreadyMember },
        failedRows: { increment: batch.failed },
      },
    });
  };

  try {
    await prisma.$transaction(async (tx) => {
      await insertMembers(tx, target, fresh);
      await recordProgress(tx, counts());
    }, TRANSACTION_OPTIONS);
    return counts();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }

  // A concurrent change added one of these people: record the rows one by one.
  const landed: Candidate[] = [];
  for (const row of fresh) {
    try {
      await prisma.$transaction((tx) => insertMembers(tx, target, [row]), TRANSACTION_OPTIONS);
      landed.push(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const organizationId = (await membershipsOf([row.index])).get(row.index);
      if (organizationId === target.organizationId) alreadyMember += 1;
      else report(row, [alreadyMemberElsewhereIssue()]);
    }
  }
  fresh.splice(0, fresh.length, ...landed);
  await prisma.$transaction((tx) => recordProgress(tx, counts()), TRANSACTION_OPTIONS);
  return counts();
}
