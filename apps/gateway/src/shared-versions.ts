import type { FieldError } from '@gonghui/domain';
import { prisma } from './db.js';
import { Prisma } from './generated/prisma/client.js';
import { validationFailure } from './honor/domain-records.js';

/** How often a version is tried again when another editor took its number first. */
const ATTEMPTS = 3;

/**
 * Appends the next version of a versioned configuration (aid rule sets, innovation
 * configurations): reads the latest version number, builds the new version with the next one,
 * refuses it with the domain's issues (fields under `input.`), and writes it in one transaction.
 * Two editors at once: the unique (region, version) key refuses the second insert (P2002), and
 * the second editor takes the next number, up to three tries.
 */
export async function appendVersion<Version, Written>(options: {
  /** The highest version stored so far, or null for the first. */
  readonly latestVersion: () => Promise<number | null>;
  /** The new version, numbered `version`. */
  readonly build: (version: number) => Version;
  /** The domain's verdict on it; any issue refuses it. */
  readonly issues: (built: Version) => readonly FieldError[];
  /** Stores it (and its audit row) inside the transaction. */
  readonly write: (tx: Prisma.TransactionClient, built: Version) => Promise<Written>;
}): Promise<Written> {
  for (let attempt = 1; ; attempt += 1) {
    const built = options.build(((await options.latestVersion()) ?? 0) + 1);
    const issues = options.issues(built);
    if (issues.length > 0) {
      throw validationFailure(issues.map((issue) => ({ ...issue, field: `input.${issue.field}` })));
    }
    try {
      return await prisma.$transaction((tx) => options.write(tx, built));
    } catch (error) {
      const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!raced || attempt >= ATTEMPTS) throw error;
    }
  }
}
