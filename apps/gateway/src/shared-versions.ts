import type { CalendarDate, FieldError } from '@gonghui/domain';
import { writeAudit } from './auth/audit.js';
import type { StaffViewer } from './auth/viewer.js';
import { prisma } from './db.js';
import { Prisma } from './generated/prisma/client.js';
import { validationFailure } from './honor/domain-records.js';
import { dateColumn } from './shared-dates.js';

/** How often a version is tried again when another editor took its number first. */
const ATTEMPTS = 3;

/** What every version of a region's configuration is, whatever it configures. */
export type RegionVersion = {
  readonly regionCode: string;
  readonly regionName: string;
  readonly version: number;
  readonly effectiveFrom: CalendarDate;
  readonly effectiveTo: CalendarDate | null;
  readonly parameters: unknown;
};

/** The columns every versioned configuration table has, ready to insert. */
export type RegionVersionColumns = {
  regionCode: string;
  regionName: string;
  version: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  parameters: Prisma.InputJsonValue;
  changeNote: string | null;
  createdByStaffId: string;
};

/**
 * Appends the next version of a region's configuration (aid rule sets, innovation
 * configurations): reads the latest version number, builds the new version with the next one,
 * refuses it with the domain's issues (fields under `input.`), then in one transaction inserts
 * it, writes its audit row (`after`: region, version, dates, parameters) and reads it back.
 * Two editors at once: the unique (region, version) key refuses the second insert (P2002), and
 * the second editor takes the next number, up to three tries.
 */
export async function appendVersion<Version extends RegionVersion, Written>(options: {
  readonly viewer: StaffViewer;
  /** The union the audit row is filed under (the editor's). */
  readonly organization: { readonly id: string; readonly lineageIds: string[] };
  readonly audit: { readonly action: string; readonly targetType: string };
  readonly changeNote: string | null | undefined;
  /** The highest version stored so far, or null for the first. */
  readonly latestVersion: () => Promise<number | null>;
  /** The new version, numbered `version`. */
  readonly build: (version: number) => Version;
  /** The domain's verdict on it; any issue refuses it. */
  readonly issues: (built: Version) => readonly FieldError[];
  readonly insert: (
    tx: Prisma.TransactionClient,
    columns: RegionVersionColumns,
  ) => Promise<{ id: string }>;
  readonly read: (tx: Prisma.TransactionClient, id: string) => Promise<Written>;
}): Promise<Written> {
  for (let attempt = 1; ; attempt += 1) {
    const built = options.build(((await options.latestVersion()) ?? 0) + 1);
    const issues = options.issues(built);
    if (issues.length > 0) {
      throw validationFailure(issues.map((issue) => ({ ...issue, field: `input.${issue.field}` })));
    }
    const parameters = built.parameters as Prisma.InputJsonValue;
    try {
      return await prisma.$transaction(async (tx) => {
        const row = await options.insert(tx, {
          regionCode: built.regionCode,
          regionName: built.regionName,
          version: built.version,
          effectiveFrom: dateColumn(built.effectiveFrom),
          effectiveTo: built.effectiveTo ? dateColumn(built.effectiveTo) : null,
          parameters,
          changeNote: options.changeNote?.trim() || null,
          createdByStaffId: options.viewer.staffId,
        });
        await writeAudit(tx, options.viewer, {
          ...options.audit,
          targetId: row.id,
          organizationId: options.organization.id,
          lineageIds: options.organization.lineageIds,
          after: {
            regionCode: built.regionCode,
            version: built.version,
            effectiveFrom: built.effectiveFrom,
            effectiveTo: built.effectiveTo,
            parameters,
          },
        });
        return options.read(tx, row.id);
      });
    } catch (error) {
      const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!raced || attempt >= ATTEMPTS) throw error;
    }
  }
}
