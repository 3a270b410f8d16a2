import type { ReportPeriod } from '@gonghui/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { aidSection } from '../src/report/sections/aid.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * The 帮扶救助 figures of the annual report and the console lists behind them (their listPath):
 * for 廊坊's demo data in 2026, the payments listed for a program and the period add up to the
 * figure, and the files listed as exited in the period are as many as the figure says.
 */

const period = { from: '2026-01-01', to: '2026-12-31' } as ReportPeriod;
let session = '';

beforeAll(async () => {
  session = await signIn('langfang.admin');
});

const ledger = /* GraphQL */ `query ($filter: AidLedgerFilter) { aidLedger(filter: $filter, first: 100) {
  __typename ... on QueryAidLedgerSuccess { data { totalCount edges { node { kind
    entries { accountKind amountFen } } } } } } }`;
const files = /* GraphQL */ `query ($filter: HardshipFileFilter) { hardshipFiles(filter: $filter, first: 100) {
  __typename ... on QueryHardshipFilesSuccess { data { totalCount edges { node { state exitedOn } } } } } }`;

type Ledger = {
  aidLedger: {
    data: {
      totalCount: number;
      edges: { node: { kind: string; entries: { accountKind: string; amountFen: number }[] } }[];
    };
  };
};
type Files = {
  hardshipFiles: { data: { totalCount: number; edges: { node: { exitedOn: string } }[] } };
};

describe('the aid figures’ lists', () => {
  it('lists the payments behind each program’s amount, and the exits behind the exit count', async () => {
    const langfang = await prisma.organization.findUniqueOrThrow({
      where: { id: seedUuid('langfang') },
    });
    const figures = new Map(
      (
        await aidSection.figures(
          { organizationId: langfang.id, lineageIds: langfang.lineageIds },
          period,
        )
      ).map((figure) => [figure.key, figure]),
    );
    const winter = figures.get('aid.paid.WINTER_RELIEF');
    expect(winter?.value).toBeGreaterThan(0);
    for (const key of ['aid.paid', 'aid.paid.WINTER_RELIEF', 'aid.paid.EDUCATION_AID']) {
      const figure = figures.get(key);
      const url = new URL(figure?.listPath ?? '', 'http://console');
      expect(url.pathname).toBe('/aid/budgets');
      const params = url.searchParams;
      const { data } = await graphql<Ledger>(
        ledger,
        {
          filter: {
            organizationId: params.get('org'),
            programKind: params.get('program'),
            from: params.get('from'),
            to: params.get('to'),
            payments: true,
          },
        },
        { session },
      );
      const rows = data?.aidLedger.data.edges.map((edge) => edge.node) ?? [];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.kind !== 'ALLOCATION')).toBe(true);
      const paid = rows
        .flatMap((row) => row.entries)
        .filter((entry) => entry.accountKind === 'RECIPIENT')
        .reduce((sum, entry) => sum + entry.amountFen, 0);
      expect(paid, key).toBe(figure?.value);
    }

    const exits = figures.get('aid.householdsExited');
    expect(exits?.value).toBeGreaterThan(0);
    const url = new URL(exits?.listPath ?? '', 'http://console');
    expect(url.pathname).toBe('/aid/hardship');
    const { data } = await graphql<Files>(
      files,
      {
        filter: {
          organizationId: url.searchParams.get('org'),
          state: url.searchParams.get('state'),
          exitedFrom: url.searchParams.get('exitedFrom'),
          exitedTo: url.searchParams.get('exitedTo'),
        },
      },
      { session },
    );
    expect(data?.hardshipFiles.data.totalCount).toBe(exits?.value);
    // Outside the period, none.
    const { data: before } = await graphql<Files>(
      files,
      {
        filter: {
          organizationId: url.searchParams.get('org'),
          state: 'EXITED',
          exitedFrom: '2020-01-01',
          exitedTo: '2025-12-31',
        },
      },
      { session },
    );
    expect(before?.hardshipFiles.data.totalCount).toBe(0);
  });
});
