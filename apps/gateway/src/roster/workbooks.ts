import type { Writable } from 'node:stream';
import {
  computeIdNumberCheckCharacter,
  MEMBER_STATUS_LABELS,
  NEW_EMPLOYMENT_GROUP_LABELS,
  ROSTER_COLUMNS,
  ROSTER_FIELDS,
  type RosterField,
} from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { decryptPersonalData } from '../auth/personal-data-crypto.js';
import { prisma } from '../db.js';
import type { MemberStatus, NewEmploymentGroup } from '../generated/prisma/enums.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * The roster workbooks the gateway writes: the import template, an import's per-row report and
 * a union's roster. Reports and rosters are written with exceljs's streaming WorkbookWriter,
 * reading the database in keyset pages, so a large file is never built in memory.
 */

const PAGE_SIZE = 1000;

/** The statuses a roster export lists: current members (在册), retired ones who kept membership. */
export const EXPORTED_STATUSES: MemberStatus[] = ['ACTIVE', 'RETIRED_KEPT'];

const ROSTER_HEADERS = ROSTER_FIELDS.map((field) => ROSTER_COLUMNS[field].header);

function columnWidths(sheet: ExcelJS.Worksheet, widths: number[]) {
  sheet.columns = widths.map((width) => ({ width }));
}

/** An example that passes every check: a made-up person with a valid check character. */
function exampleRow(): string[] {
  const first17 = '11010519900307002';
  return [
    '张三',
    `${first17}${computeIdNumberCheckCharacter(first17)}`,
    '13800138000',
    '2024-03-01',
    '否',
    NEW_EMPLOYMENT_GROUP_LABELS.COURIER,
    '示例物流有限公司',
  ];
}

/** The import template: the header row and one example row, every cell formatted as text. */
export async function rosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('会员花名册');
  sheet.columns = ROSTER_FIELDS.map((field) => ({
    key: field,
    width: field === 'idNumber' ? 22 : field === 'employerName' ? 28 : 14,
    style: { numFmt: '@' },
  }));
  const header = sheet.addRow(ROSTER_HEADERS);
  header.font = { bold: true };
  sheet.addRow(exampleRow());
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ width: 18 }, { width: 80 }];
  const rules: Record<RosterField, string> = {
    name: '必填，最多 50 个字',
    idNumber: '必填，18 位居民身份证号（请保持“文本”格式，否则末几位会丢失）',
    phone: '选填，11 位手机号',
    joinedOn: '必填，如 2024-03-01、2024/3/1 或 2024年3月1日，不能晚于今天',
    isMigrant: '填“是”或“否”，留空视为“否”',
    employmentGroup: `选填，为以下之一：${Object.values(NEW_EMPLOYMENT_GROUP_LABELS).join('、')}`,
    employerName: '选填，最多 100 个字',
  };
  notes.addRow(['列', '说明']).font = { bold: true };
  for (const field of ROSTER_FIELDS) notes.addRow([ROSTER_COLUMNS[field].header, rules[field]]);
  notes.addRow([
    '',
    '只读取第一个工作表；第 1 行为表头，列的顺序可以调整；同一文件重复上传不会重复登记。',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes an import's report to `stream`: one row per issue, the row's cells masked. */
export async function writeImportReport(importId: string, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('导入问题');
  columnWidths(sheet, [8, 14, 50, ...ROSTER_FIELDS.map(() => 16)]);
  sheet.addRow(['行号', '列', '原因', ...ROSTER_HEADERS]).commit();
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.rosterImportIssue.findMany({
      where: { importId },
      orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }],
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const issue of page) {
      const cells = (issue.cells ?? {}) as Partial<Record<RosterField, string>>;
      sheet
        .addRow([
          issue.rowNumber,
          issue.column,
          issue.message,
          ...ROSTER_FIELDS.map((field) => cells[field] ?? ''),
        ])
        .commit();
    }
    if (page.length < PAGE_SIZE) break;
    cursor = page.at(-1)?.id;
  }
  sheet.commit();
  await workbook.commit();
}

/** Members a roster export lists: the current and retired-kept members of the subtree. */
export function exportedMembersWhere(organizationId: string) {
  return { lineageIds: { has: organizationId }, status: { in: EXPORTED_STATUSES } };
}

/**
 * Writes a union's roster (its whole subtree) to `stream`, in the template's columns (so it can
 * be imported elsewhere) plus 会籍状态 and 所属工会. ID numbers and phones are masked unless
 * `reveal`; the caller has checked the permission and written the audit row.
 */
export async function writeRoster(
  organizationId: string,
  reveal: boolean,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('会员花名册');
  columnWidths(sheet, [12, 22, 14, 12, 10, 14, 28, 10, 28]);
  sheet.addRow([...ROSTER_HEADERS, '会籍状态', '所属工会']).commit();
  const unionNames = new Map<string, string>();
  let lastId: string | undefined;
  for (;;) {
    const page = await prisma.member.findMany({
      where: { ...exportedMembersWhere(organizationId), ...(lastId ? { id: { gt: lastId } } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE_SIZE,
      select: {
        id: true,
        organizationId: true,
        name: true,
        idNumberCipher: true,
        idNumberMasked: true,
        phoneCipher: true,
        phoneMasked: true,
        joinedOn: true,
        isMigrant: true,
        employmentGroup: true,
        employerName: true,
        status: true,
      },
    });
    const unknown = [...new Set(page.map((member) => member.organizationId))].filter(
      (id) => !unionNames.has(id),
    );
    if (unknown.length > 0) {
      const unions = await prisma.organization.findMany({
        where: { id: { in: unknown } },
        select: { id: true, name: true },
      });
      for (const union of unions) unionNames.set(union.id, union.name);
    }
    for (const member of page) {
      const idNumber = reveal
        ? decryptPersonalData(member.idNumberCipher, 'member.idNumber')
        : member.idNumberMasked;
      const phone = reveal
        ? member.phoneCipher
          ? decryptPersonalData(member.phoneCipher, 'member.phone')
          : ''
        : (member.phoneMasked ?? '');
      sheet
        .addRow([
          member.name,
          idNumber,
          phone,
          calendarDateOf(member.joinedOn),
          member.isMigrant ? '是' : '否',
          member.employmentGroup
            ? NEW_EMPLOYMENT_GROUP_LABELS[member.employmentGroup as NewEmploymentGroup]
            : '',
          member.employerName ?? '',
          MEMBER_STATUS_LABELS[member.status],
          unionNames.get(member.organizationId) ?? '',
        ])
        .commit();
    }
    if (page.length < PAGE_SIZE) break;
    lastId = page.at(-1)?.id;
  }
  sheet.commit();
  await workbook.commit();
}
