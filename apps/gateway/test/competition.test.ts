import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password-hash.js';
import { promotionsWorkbook } from '../src/competition/promotions-workbook.js';
import { prisma } from '../src/db.js';
import { decodeGlobalId, encodeGlobalId } from '../src/global-id.js';
import { demoStaffPassword } from '../src/seed/demo-staff.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * Competitions through real GraphQL requests: set-up checked by the domain, registration with
 * eligibility reasons, judges who see only their aspects and their own marks, recusal, the
 * trimmed aggregation and tie-breaks in the live ranking, closing a stage (and the race of two
 * judges scoring while it closes), appeals with a second approver, publication with awards and
 * promotions (one a person a year), the public API and the promotions workbook.
 */

const gid = (type: string, id: string) => encodeGlobalId(type, id);
const qingdaoId = seedUuid('qingdao');
const hisenseId = seedUuid('qingdao-shinan-hisense');
const qingdao = gid('Organization', qingdaoId);
const hisense = gid('Organization', hisenseId);
const langfangAnci = gid('Organization', seedUuid('langfang-anci'));

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on Error { code message
    ... on ValidationError { field rule issues { field rule message } }
    ... on RuleViolationError { rule reasons { field rule message } } }
`;

async function run(query: string, variables: Record<string, unknown> = {}, session?: string) {
  return graphql<Data>(query, variables, session ? { session } : {});
}

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

const createCompetition = /* GraphQL */ `mutation ($input: CreateCompetitionInput!) {
  createCompetition(input: $input) { __typename
    ... on Competition { id name year kind competitionClass trimFromJudges awardKinds
      stages { id name state theoryWeightPercent practicalWeightPercent aspects { code name part maxMarks } } }
    ${errorFields} } }`;
const register = /* GraphQL */ `mutation ($input: RegisterEntryInput!) {
  registerCompetitionEntry(input: $input) { __typename
    ... on CompetitionEntry { id bibNumber publicName employerName eligible eligibilityReasons { field rule message } }
    ${errorFields} } }`;
const assignJudge = /* GraphQL */ `mutation ($input: AssignJudgeInput!) {
  assignCompetitionJudge(input: $input) { __typename
    ... on CompetitionJudge { id displayName employerName assignments { stageId aspectCode } }
    ${errorFields} } }`;
const sheetFields = /* GraphQL */ `stageId stageName state aspects { code maxMarks }
  rows { entryId bibNumber publicName recused marks { aspectCode marks } }`;
const judgeSheet = /* GraphQL */ `query ($stageId: ID!) { judgeSheet(stageId: $stageId) { __typename
  ... on JudgeSheet { ${sheetFields} } ${errorFields} } }`;
const submit = /* GraphQL */ `mutation ($stageId: ID!, $marks: [JudgeMarkInput!]!) {
  submitJudgeMarks(stageId: $stageId, marks: $marks) { __typename ... on JudgeSheet { ${sheetFields} } ${errorFields} } }`;
const standings = /* GraphQL */ `query ($stageId: ID!) { competitionStandings(stageId: $stageId) { __typename
  ... on QueryCompetitionStandingsSuccess { data { entryId bibNumber publicName theoryScore practicalScore totalScore
    timeUsedSeconds rank position tieBrokenBy award pendingMarks } } ${errorFields} } }`;
const closeStage = /* GraphQL */ `mutation ($stageId: ID!) { closeCompetitionStage(stageId: $stageId) { __typename
  ... on CompetitionStage { id state closedAt } ${errorFields} } }`;
const recordTime = /* GraphQL */ `mutation ($stageId: ID!, $entryId: ID!, $seconds: Int!) {
  recordCompetitionTime(stageId: $stageId, entryId: $entryId, seconds: $seconds) { __typename ${errorFields} } }`;
const publish = /* GraphQL */ `mutation ($id: ID!) { publishCompetitionResults(id: $id) { __typename
  ... on Competition { resultsPublished } ${errorFields} } }`;
const publicCompetition = /* GraphQL */ `query ($id: ID!) { competition(id: $id) { __typename
  ... on Competition { name organizerName resultsPublished stages { name state }
    results { rank publicName employerName totalScore award } } ${errorFields} } }`;

async function judgeAccount(username: string, displayName: string) {
  const passwordHash = await hashPassword(demoStaffPassword);
  const account = await prisma.staffAccount.create({
    data: {
      username,
      displayName,
      passwordHash,
      passwordChangedAt: new Date(),
      organizationId: qingdaoId,
      lineageIds: (await prisma.organization.findUniqueOrThrow({ where: { id: qingdaoId } }))
        .lineageIds,
      roles: { create: { role: 'JUDGE', organizationId: qingdaoId } },
    },
  });
  return account;
}

function weldingInput(name: string, extra: Record<string, unknown> = {}) {
  return {
    organizationId: qingdao,
    name,
    kind: 'SKILLS',
    competitionClass: 'CITY_CLASS_ONE',
    trade: '焊工',
    entryMode: 'INDIVIDUAL',
    startsOn: '2026-05-10',
    endsOn: '2026-05-12',
    eligibility: { minAge: 18, maxAge: 60, minSkillLevel: 'INTERMEDIATE', regionRestricted: true },
    stages: [
      {
        kind: 'FINAL',
        name: '决赛',
        theoryWeightPercent: 30,
        practicalWeightPercent: 70,
        aspects: [
          { code: 'THEORY', name: '理论知识', part: 'THEORY', maxMarks: 100 },
          { code: 'PLATE', name: '板对接焊', part: 'PRACTICAL', maxMarks: 60 },
          { code: 'PIPE', name: '管对接焊', part: 'PRACTICAL', maxMarks: 40 },
        ],
      },
    ],
    ...extra,
  };
}

let admin: string;
let superAdmin: string;
const judges: Record<string, string> = {};

beforeAll(async () => {
  admin = await signIn('qingdao.admin');
  superAdmin = await signIn('super.admin');
  for (const n of [1, 2, 3, 4, 5, 6]) {
    await judgeAccount(`welding.judge${n}`, `裁判${n}`);
    judges[`j${n}`] = await signIn(`welding.judge${n}`);
  }
});

describe('set-up', () => {
  it('refuses a marking scheme whose weights do not add up, naming the field', async () => {
    const input = weldingInput('2026年青岛市焊工职业技能竞赛');
    (input.stages[0] as { practicalWeightPercent: number }).practicalWeightPercent = 60;
    const result = field(await run(createCompetition, { input }, admin), 'createCompetition');
    expect(result.__typename).toBe('ValidationError');
    expect(result.rule).toBe('COMPETITION_WEIGHTS_SUM');
    expect(result.field).toBe('input.stages.0.weights');
  });

  it('names the input of each set-up finding: aspect maximum, age and level ranges, award shares', async () => {
    const input = weldingInput('2026年青岛市焊工职业技能竞赛', {
      eligibility: { minAge: 50, maxAge: 30, minSkillLevel: 'TECHNICIAN', maxSkillLevel: 'JUNIOR' },
      awardScheme: { medals: false, firstPercent: 50, secondPercent: 40, thirdPercent: 30 },
    });
    const stage = input.stages[0] as { aspects: { maxMarks: number }[] };
    (stage.aspects[1] as { maxMarks: number }).maxMarks = 0;
    const result = field(await run(createCompetition, { input }, admin), 'createCompetition');
    expect(result.__typename).toBe('ValidationError');
    const issues = (result.issues as { field: string; rule: string }[]).map(
      (i) => `${i.field} ${i.rule}`,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        'input.stages.0.aspects.1.maxMarks COMPETITION_ASPECT_MAX_INVALID',
        'input.eligibility.minAge COMPETITION_AGE_RANGE_INVALID',
        'input.eligibility.minSkillLevel COMPETITION_SKILL_RANGE_INVALID',
        'input.awardScheme.firstPercent COMPETITION_AWARD_SHARES_INVALID',
      ]),
    );
  });

  it('refuses staff without competition.manage there, and anonymous callers', async () => {
    const judge = field(
      await run(createCompetition, { input: weldingInput('裁判不能办赛') }, judges.j1),
      'createCompetition',
    );
    expect(judge.__typename).toBe('ForbiddenError');
    const anonymous = field(
      await run(createCompetition, { input: weldingInput('匿名') }),
      'createCompetition',
    );
    expect(anonymous.__typename).toBe('UnauthenticatedError');
  });
});

describe('a skills competition from registration to published results', () => {
  let competitionId: string;
  let stageId: string;
  const entries: { id: string; name: string; employerId: string }[] = [];

  it('runs the whole journey', async () => {
    const created = field(
      await run(createCompetition, { input: weldingInput('2026年青岛市焊工职业技能竞赛') }, admin),
      'createCompetition',
    );
    expect(created.__typename).toBe('Competition');
    expect(created.trimFromJudges).toBe(5);
    competitionId = created.id as string;
    stageId = ((created.stages as { id: string }[])[0] as { id: string }).id;

    // Registration: six members of unions within 青岛市总工会, one of 海信 among them.
    const members = await prisma.member.findMany({
      where: {
        lineageIds: { has: qingdaoId },
        status: 'ACTIVE',
        birthDate: { lte: new Date('1990-01-01'), gte: new Date('1970-01-01') },
      },
      orderBy: { id: 'asc' },
      take: 40,
      select: { id: true, name: true, organizationId: true },
    });
    const fromHisense = members.find((m) => m.organizationId === hisenseId);
    const others = members.filter((m) => m.organizationId !== hisenseId).slice(0, 5);
    expect(fromHisense).toBeDefined();
    for (const member of [fromHisense, ...others]) {
      if (!member) continue;
      const entry = field(
        await run(
          register,
          { input: { competitionId, memberId: gid('Member', member.id), skillLevel: 'SENIOR' } },
          admin,
        ),
        'registerCompetitionEntry',
      );
      expect(entry.__typename, JSON.stringify(entry)).toBe('CompetitionEntry');
      expect(entry.eligible).toBe(true);
      entries.push({
        id: entry.id as string,
        name: entry.publicName as string,
        employerId: member.organizationId,
      });
    }
    // Twice the same member: refused.
    const again = field(
      await run(
        register,
        {
          input: {
            competitionId,
            memberId: gid('Member', others[0]?.id ?? ''),
            skillLevel: 'SENIOR',
          },
        },
        admin,
      ),
      'registerCompetitionEntry',
    );
    expect(again.rule).toBe('COMPETITION_ALREADY_REGISTERED');
    // Ineligible: from outside the region, too young, level too low — kept with every reason.
    const outsider = field(
      await run(
        register,
        {
          input: {
            competitionId,
            publicName: '外地选手',
            birthDate: '2010-03-01',
            employerId: langfangAnci,
            skillLevel: 'JUNIOR',
          },
        },
        admin,
      ),
      'registerCompetitionEntry',
    );
    expect(outsider.eligible).toBe(false);
    expect((outsider.eligibilityReasons as { rule: string }[]).map((r) => r.rule)).toEqual([
      'COMPETITION_TOO_YOUNG',
      'COMPETITION_SKILL_LEVEL_TOO_LOW',
      'COMPETITION_EMPLOYER_OUTSIDE_REGION',
    ]);

    // Judges: five on the plate (one of them from 海信), one on theory and pipe.
    for (const n of [1, 2, 3, 4, 5]) {
      const judge = field(
        await run(
          assignJudge,
          {
            input: {
              competitionId,
              username: `welding.judge${n}`,
              ...(n === 1 ? { employerId: hisense } : {}),
              aspects: [{ stageId, aspectCode: 'PLATE' }],
            },
          },
          admin,
        ),
        'assignCompetitionJudge',
      );
      expect(judge.__typename, JSON.stringify(judge)).toBe('CompetitionJudge');
    }
    field(
      await run(
        assignJudge,
        {
          input: {
            competitionId,
            username: 'welding.judge6',
            aspects: [
              { stageId, aspectCode: 'THEORY' },
              { stageId, aspectCode: 'PIPE' },
            ],
          },
        },
        admin,
      ),
      'assignCompetitionJudge',
    );
    const notAJudge = field(
      await run(
        assignJudge,
        { input: { competitionId, username: 'qingdao.viewer', aspects: [] } },
        admin,
      ),
      'assignCompetitionJudge',
    );
    expect(notAJudge.rule).toBe('COMPETITION_JUDGE_ACCOUNT');
    // The judge list shows whom each judge must recuse from: 海信's judge from 海信's entry only.
    const judgeList = field(
      await run(
        /* GraphQL */ `query ($id: ID!) { competitionJudges(competitionId: $id) { __typename
          ... on QueryCompetitionJudgesSuccess { data { username employerId recusedEntries { entryId bibNumber } } }
          ${errorFields} } }`,
        { id: competitionId },
        admin,
      ),
      'competitionJudges',
    );
    const listed = judgeList.data as {
      username: string;
      employerId: string | null;
      recusedEntries: { entryId: string }[];
    }[];
    const recusing = listed.filter((j) => j.recusedEntries.length > 0);
    expect(recusing.map((j) => [j.username, j.employerId])).toEqual([['welding.judge1', hisense]]);
    expect(recusing[0]?.recusedEntries.map((e) => e.entryId)).toEqual([entries[0]?.id]);

    // A judge's sheet: only their aspect, no marks yet; the 海信 judge must recuse from 海信's entry.
    const sheet = field(await run(judgeSheet, { stageId }, judges.j1), 'judgeSheet');
    expect((sheet.aspects as { code: string }[]).map((a) => a.code)).toEqual(['PLATE']);
    const rows = sheet.rows as {
      entryId: string;
      recused: boolean;
      marks: { marks: number | null }[];
    }[];
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.recused).map((r) => r.entryId)).toEqual([entries[0]?.id]);
    expect(rows.every((r) => r.marks.length === 1 && r.marks[0]?.marks === null)).toBe(true);

    const recused = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[0]?.id, aspectCode: 'PLATE', marks: 50 }] },
        judges.j1,
      ),
      'submitJudgeMarks',
    );
    expect(recused.rule).toBe('COMPETITION_JUDGE_RECUSED');
    const notAssigned = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[1]?.id, aspectCode: 'THEORY', marks: 50 }] },
        judges.j1,
      ),
      'submitJudgeMarks',
    );
    expect(notAssigned.__typename).toBe('ForbiddenError');
    const tooHigh = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[1]?.id, aspectCode: 'PLATE', marks: 60.5 }] },
        judges.j2,
      ),
      'submitJudgeMarks',
    );
    expect(tooHigh.rule).toBe('COMPETITION_MARK_OUT_OF_RANGE');
    const threeDecimals = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[1]?.id, aspectCode: 'PLATE', marks: 50.125 }] },
        judges.j2,
      ),
      'submitJudgeMarks',
    );
    expect(threeDecimals.rule).toBe('COMPETITION_MARK_PRECISION');
    const viewerTries = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[1]?.id, aspectCode: 'PLATE', marks: 50 }] },
        admin,
      ),
      'submitJudgeMarks',
    );
    expect(viewerTries.__typename).toBe('ForbiddenError');

    // Plate marks: entry i gets 40 + i + judge offsets; entry 0 (海信) only from judges 2–5.
    const offsets = [0, 0, 1, 2, 3, 9];
    const plate = (entry: number, judge: number) => 40 + entry + (offsets[judge] ?? 0);
    for (const n of [1, 2, 3, 4, 5]) {
      const marks = entries
        .map((e, i) => ({ entryId: e.id, aspectCode: 'PLATE', marks: plate(i, n) }))
        .filter((_, i) => !(n === 1 && i === 0));
      const result = field(
        await run(submit, { stageId, marks }, judges[`j${n}`]),
        'submitJudgeMarks',
      );
      expect(result.__typename, JSON.stringify(result)).toBe('JudgeSheet');
      // Each judge sees only their own marks, never the others'.
      const own = (result.rows as { marks: { marks: number | null }[] }[]).map(
        (r) => r.marks[0]?.marks,
      );
      expect(own).toEqual(entries.map((_, i) => (n === 1 && i === 0 ? null : plate(i, n))));
    }

    // Live ranking: theory and pipe still missing → not yet scored, never zero.
    let ranking = field(await run(standings, { stageId }, admin), 'competitionStandings');
    const data = ranking.data as {
      totalScore: number | null;
      rank: number | null;
      pendingMarks: number;
    }[];
    expect(data.every((row) => row.totalScore === null && row.rank === null)).toBe(true);
    expect(data.every((row) => row.pendingMarks === 2)).toBe(true);

    // Theory and pipe: entries 1 and 2 tie on the total (78.60); 1 has the better practical score.
    const theory = [90, 80, 84.67, 70, 95, 83];
    const pipe = [30, 35, 32, 20, 36, 36];
    const marks6 = entries.flatMap((e, i) => [
      { entryId: e.id, aspectCode: 'THEORY', marks: theory[i] },
      { entryId: e.id, aspectCode: 'PIPE', marks: pipe[i] },
    ]);
    expect(
      field(await run(submit, { stageId, marks: marks6 }, judges.j6), 'submitJudgeMarks')
        .__typename,
    ).toBe('JudgeSheet');
    for (const [i, seconds] of [3000, 3100, 3200, 3300, 3400, 3500].entries()) {
      field(
        await run(recordTime, { stageId, entryId: entries[i]?.id, seconds }, admin),
        'recordCompetitionTime',
      );
    }
    // Each time is audited with the change.
    const timeAudits = await prisma.auditLog.findMany({
      where: {
        action: 'competition.time.record',
        targetId: decodeGlobalId(entries[0]?.id ?? '').id,
      },
    });
    expect(timeAudits.map((a) => a.after)).toEqual([{ seconds: 3000 }]);
    ranking = field(await run(standings, { stageId }, admin), 'competitionStandings');
    const rows2 = ranking.data as {
      entryId: string;
      totalScore: number;
      practicalScore: number;
      theoryScore: number;
      rank: number;
      tieBrokenBy: string | null;
      award: string | null;
    }[];
    // Entry 0 (海信): judges 2–5 only (four marks, no trim): 41, 42, 43, 49 → 43.75; pipe 30 → 73.75 %.
    const first = rows2.find((r) => r.entryId === entries[0]?.id);
    expect(first?.practicalScore).toBe(73.75);
    expect(first?.totalScore).toBe(78.63); // 0.3 × 90 + 0.7 × 73.75 = 78.625 → 78.63
    // Entry 1: five marks 41, 42, 43, 44, 50 → drop 41 and 50 → 43; pipe 35 → 78 %; theory 80 → 78.6.
    const second = rows2.find((r) => r.entryId === entries[1]?.id);
    expect(second?.practicalScore).toBe(78);
    expect(second?.totalScore).toBe(78.6);
    // e4 85.9, e5 83.0, e0 78.63, e1 78.60, e2 78.60 (tie broken on practical), e3 66.5.
    expect(rows2.map((r) => r.entryId)).toEqual([4, 5, 0, 1, 2, 3].map((i) => entries[i]?.id));
    expect(rows2.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows2[4]?.totalScore).toBe(78.6);
    expect(rows2.map((r) => r.tieBrokenBy)).toEqual([null, null, null, null, 'PRACTICAL', null]);
    expect(
      rows2.every(
        (r, i) => i === 0 || r.totalScore <= (rows2[i - 1] as { totalScore: number }).totalScore,
      ),
    ).toBe(true);
    // 6 ranked, shares 10/20/30 %: no first prize (0.6), one second prize (1.2), one third (1.8).
    expect(rows2.map((r) => r.award)).toEqual(
      [null, null, null, null, null, null].map((_, i) =>
        i === 0 ? 'SECOND_PRIZE' : i === 1 ? 'THIRD_PRIZE' : null,
      ),
    );

    // Before publication the public sees the competition, no results.
    let publicView = field(await run(publicCompetition, { id: competitionId }), 'competition');
    expect(publicView.resultsPublished).toBe(false);
    expect(publicView.results).toEqual([]);
    const early = field(
      await run(publish, { id: competitionId }, admin),
      'publishCompetitionResults',
    );
    expect(early.rule).toBe('COMPETITION_FINAL_NOT_CLOSED');

    // Close: scores locked; a later mark is refused.
    const closed = field(await run(closeStage, { stageId }, admin), 'closeCompetitionStage');
    expect(closed.state).toBe('CLOSED');
    const dbStage = decodeGlobalId(stageId).id;
    expect(
      await prisma.competitionScore.count({ where: { stageId: dbStage, lockedAt: null } }),
    ).toBe(0);
    const late = field(
      await run(
        submit,
        { stageId, marks: [{ entryId: entries[2]?.id, aspectCode: 'PLATE', marks: 59 }] },
        judges.j2,
      ),
      'submitJudgeMarks',
    );
    expect(late.rule).toBe('COMPETITION_STAGE_CLOSED');
    expect(field(await run(closeStage, { stageId }, admin), 'closeCompetitionStage').rule).toBe(
      'COMPETITION_STAGE_CLOSED',
    );

    // Appeal: the pipe mark of entry 3 was misread (20 → 38); raised by one, decided by another.
    const judge6 = await prisma.competitionJudge.findFirstOrThrow({
      where: {
        competitionId: decodeGlobalId(competitionId).id,
        staffAccount: { username: 'welding.judge6' },
      },
    });
    const raise = /* GraphQL */ `mutation ($input: RaiseAppealInput!) { raiseCompetitionAppeal(input: $input) { __typename
      ... on CompetitionAppeal { id state fromMarks toMarks raisedByName } ${errorFields} } }`;
    const appealInput = {
      stageId,
      entryId: entries[3]?.id,
      aspectCode: 'PIPE',
      judgeId: gid('CompetitionJudge', judge6.id),
      toMarks: 38,
      reason: '计分表誊写错误，原始记录为 38 分',
    };
    const shortReason = field(
      await run(raise, { input: { ...appealInput, reason: '错' } }, admin),
      'raiseCompetitionAppeal',
    );
    expect(shortReason.rule).toBe('COMPETITION_APPEAL_REASON_TOO_SHORT');
    const appeal = field(await run(raise, { input: appealInput }, admin), 'raiseCompetitionAppeal');
    expect(appeal).toMatchObject({
      __typename: 'CompetitionAppeal',
      state: 'PENDING',
      fromMarks: 20,
      toMarks: 38,
    });
    const pendingPublish = field(
      await run(publish, { id: competitionId }, admin),
      'publishCompetitionResults',
    );
    expect(pendingPublish.rule).toBe('COMPETITION_APPEALS_PENDING');
    const decide = /* GraphQL */ `mutation ($id: ID!, $approve: Boolean!, $note: String!) {
      decideCompetitionAppeal(id: $id, approve: $approve, note: $note) { __typename
        ... on CompetitionAppeal { state decidedByName } ${errorFields} } }`;
    const self = field(
      await run(decide, { id: appeal.id, approve: true, note: '核对原始记录属实' }, admin),
      'decideCompetitionAppeal',
    );
    expect(self.rule).toBe('COMPETITION_APPEAL_SECOND_APPROVER');
    const approved = field(
      await run(decide, { id: appeal.id, approve: true, note: '核对原始记录属实' }, superAdmin),
      'decideCompetitionAppeal',
    );
    expect(approved.state).toBe('APPROVED');
    const twice = field(
      await run(decide, { id: appeal.id, approve: false, note: '再次复核驳回' }, superAdmin),
      'decideCompetitionAppeal',
    );
    expect(twice.rule).toBe('COMPETITION_APPEAL_DECIDED');
    expect(
      (
        await prisma.competitionScore.findFirstOrThrow({
          where: {
            stageId: dbStage,
            entryId: decodeGlobalId(entries[3]?.id ?? '').id,
            aspectCode: 'PIPE',
          },
        })
      ).centi,
    ).toBe(3800);
    const audit = await prisma.auditLog.findMany({
      where: { targetId: decodeGlobalId(appeal.id as string).id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ['competition.appeal.raise', 'qingdao.admin'],
      ['competition.appeal.approve', 'super.admin'],
    ]);

    // Publish: the public sees ranks, names, employers and awards.
    expect(
      field(await run(publish, { id: competitionId }, admin), 'publishCompetitionResults')
        .resultsPublished,
    ).toBe(true);
    expect(
      field(await run(publish, { id: competitionId }, admin), 'publishCompetitionResults').rule,
    ).toBe('COMPETITION_ALREADY_PUBLISHED');
    publicView = field(await run(publicCompetition, { id: competitionId }), 'competition');
    const results = publicView.results as {
      rank: number;
      publicName: string;
      employerName: string;
      award: string | null;
    }[];
    expect(results).toHaveLength(6);
    expect(results[0]?.award).toBe('SECOND_PRIZE');
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(JSON.stringify(publicView)).not.toMatch(/birth|idNumber|phone/i);

    // Promotions: class one, top 10, 高级工 → 技师; first place is named 技术能手.
    const promotions = field(
      await run(
        `query ($id: ID!) { competitionPromotions(competitionId: $id) { __typename
          ... on QueryCompetitionPromotionsSuccess { data { name rank fromLevel toLevel technicalExpert recommended basis } } } }`,
        { id: competitionId },
        admin,
      ),
      'competitionPromotions',
    );
    const list = promotions.data as {
      rank: number;
      toLevel: string;
      technicalExpert: boolean;
      recommended: boolean;
    }[];
    expect(list).toHaveLength(6);
    expect(list.every((p) => p.recommended && p.toLevel === 'TECHNICIAN')).toBe(true);
    expect(list.filter((p) => p.technicalExpert).map((p) => p.rank)).toEqual([1]);

    // The workbook for the human-resources bureau.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await promotionsWorkbook(decodeGlobalId(competitionId).id)) as unknown as ArrayBuffer,
    );
    const promotionSheet = workbook.getWorksheet('晋级推荐');
    expect(promotionSheet?.getRow(3).getCell(8).value).toBe('推荐晋升等级');
    expect(promotionSheet?.getRow(4).getCell(8).value).toBe('二级/技师');
    expect(promotionSheet?.rowCount).toBe(3 + 6);
  });

  it('a second competition in the same year promotes none of them again', async () => {
    const created = field(
      await run(
        createCompetition,
        {
          input: weldingInput('2026年青岛市焊工技能竞赛（第二场）', { eligibility: null }),
        },
        admin,
      ),
      'createCompetition',
    );
    const id = created.id as string;
    const stage = ((created.stages as { id: string }[])[0] as { id: string }).id;
    const member = await prisma.competitionEntry.findFirstOrThrow({
      where: { id: decodeGlobalId(entries[1]?.id ?? '').id },
      select: { memberId: true },
    });
    const entry = field(
      await run(
        register,
        {
          input: {
            competitionId: id,
            memberId: gid('Member', member.memberId ?? ''),
            skillLevel: 'TECHNICIAN',
          },
        },
        admin,
      ),
      'registerCompetitionEntry',
    );
    field(
      await run(
        assignJudge,
        {
          input: {
            competitionId: id,
            username: 'welding.judge6',
            aspects: ['THEORY', 'PLATE', 'PIPE'].map((aspectCode) => ({
              stageId: stage,
              aspectCode,
            })),
          },
        },
        admin,
      ),
      'assignCompetitionJudge',
    );
    const submitted = field(
      await run(
        submit,
        {
          stageId: stage,
          marks: [
            ['THEORY', 90],
            ['PLATE', 55],
            ['PIPE', 35],
          ].map(([aspectCode, marks]) => ({ entryId: entry.id, aspectCode, marks })),
        },
        judges.j6,
      ),
      'submitJudgeMarks',
    );
    expect(submitted.__typename, JSON.stringify(submitted)).toBe('JudgeSheet');
    field(await run(closeStage, { stageId: stage }, admin), 'closeCompetitionStage');
    const published = field(await run(publish, { id }, admin), 'publishCompetitionResults');
    expect(published.__typename, JSON.stringify(published)).toBe('Competition');
    const promotions = await prisma.competitionPromotion.findMany({
      where: { competitionId: decodeGlobalId(id).id },
    });
    expect(promotions).toHaveLength(1);
    expect(promotions[0]).toMatchObject({
      recommended: false,
      toLevel: 'SENIOR_TECHNICIAN',
      yearSlot: null,
    });
    expect(promotions[0]?.supersededReason).toContain('2026 年已通过竞赛晋升过一次');
  });

  it('lists competitions publicly with figures for a subtree', async () => {
    const list = field(
      await run(`query { competitions(filter: { search: "焊工" }, first: 10) { __typename
        ... on QueryCompetitionsSuccess { data { totalCount edges { node { name resultsPublished } } } } } }`),
      'competitions',
    );
    expect((list.data as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(2);
    const figures = field(
      await run(
        `query ($org: ID) { competitionFigures(organizationId: $org) { __typename
        ... on CompetitionFigures { held published participants promotions } } }`,
        { org: qingdao },
      ),
      'competitionFigures',
    );
    expect(figures.held).toBeGreaterThanOrEqual(2);
    expect(figures.promotions).toBeGreaterThanOrEqual(6);
  });
});

describe('a labour competition on a major project', () => {
  it('scores units on six dimensions per period, a cumulative leaderboard and red flags', async () => {
    const created = field(
      await run(
        createCompetition,
        {
          input: {
            organizationId: qingdao,
            name: '胶东国际机场配套工程劳动竞赛',
            kind: 'LABOUR_PROJECT',
            competitionClass: 'CITY_CLASS_TWO',
            trade: '五保一树',
            entryMode: 'TEAM',
            startsOn: '2026-03-01',
            endsOn: '2026-04-30',
            labourWeights: {
              quality: 20,
              safety: 20,
              progress: 20,
              innovation: 15,
              civility: 10,
              management: 15,
            },
            stages: [
              {
                kind: 'PERIOD',
                name: '三月',
                theoryWeightPercent: 0,
                practicalWeightPercent: 100,
                aspects: [],
              },
              {
                kind: 'PERIOD',
                name: '四月',
                theoryWeightPercent: 0,
                practicalWeightPercent: 100,
                aspects: [],
              },
            ],
          },
        },
        admin,
      ),
      'createCompetition',
    );
    expect(created.__typename, JSON.stringify(created)).toBe('Competition');
    const id = created.id as string;
    const [march, april] = created.stages as { id: string }[];
    const units: string[] = [];
    for (const name of ['一标段', '二标段']) {
      const unit = field(
        await run(
          register,
          { input: { competitionId: id, publicName: name, employerId: hisense } },
          admin,
        ),
        'registerCompetitionEntry',
      );
      units.push(unit.id as string);
    }
    const score = /* GraphQL */ `mutation ($input: LabourScoresInput!) { recordLabourScores(input: $input) { __typename ${errorFields} } }`;
    const all = (v: number) => ({
      quality: v,
      safety: v,
      progress: v,
      innovation: v,
      civility: v,
      management: v,
    });
    const bad = field(
      await run(score, { input: { stageId: march?.id, entryId: units[0], ...all(101) } }, admin),
      'recordLabourScores',
    );
    expect(bad.rule).toBe('COMPETITION_LABOUR_SCORE_RANGE');
    for (const [stage, a, b] of [
      [march?.id, 95, 90],
      [april?.id, 85, 92],
    ] as const) {
      field(
        await run(score, { input: { stageId: stage, entryId: units[0], ...all(a) } }, admin),
        'recordLabourScores',
      );
      field(
        await run(score, { input: { stageId: stage, entryId: units[1], ...all(b) } }, admin),
        'recordLabourScores',
      );
    }
    const board = /* GraphQL */ `query ($id: ID!) { competition(id: $id) { ... on Competition {
      labourLeaderboard { rank publicName cumulativeScore redFlags } labourPeriods { name redFlagNames } } } }`;
    // The public sees closed periods only: nothing yet.
    expect(
      (field(await run(board, { id }), 'competition').labourLeaderboard as unknown[]).every(
        (r) => (r as { cumulativeScore: number }).cumulativeScore === 0,
      ),
    ).toBe(true);
    field(await run(closeStage, { stageId: march?.id }, admin), 'closeCompetitionStage');
    field(await run(closeStage, { stageId: april?.id }, admin), 'closeCompetitionStage');
    const view = field(await run(board, { id }), 'competition');
    expect(view.labourLeaderboard).toEqual([
      { rank: 1, publicName: '二标段', cumulativeScore: 182, redFlags: 1 },
      { rank: 2, publicName: '一标段', cumulativeScore: 180, redFlags: 1 },
    ]);
    expect(view.labourPeriods).toEqual([
      { name: '三月', redFlagNames: ['一标段'] },
      { name: '四月', redFlagNames: ['二标段'] },
    ]);
  });
});

describe('two judges scoring while the stage closes', () => {
  it('loses no score and accepts none after the lock', async () => {
    const created = field(
      await run(
        createCompetition,
        { input: weldingInput('并发闭赛测试赛', { eligibility: null }) },
        admin,
      ),
      'createCompetition',
    );
    const id = created.id as string;
    const stage = ((created.stages as { id: string }[])[0] as { id: string }).id;
    const entryIds: string[] = [];
    for (let i = 0; i < 24; i += 1) {
      const entry = field(
        await run(
          register,
          { input: { competitionId: id, publicName: `选手${i + 1}`, employerId: hisense } },
          admin,
        ),
        'registerCompetitionEntry',
      );
      entryIds.push(entry.id as string);
    }
    for (const n of [2, 3]) {
      field(
        await run(
          assignJudge,
          {
            input: {
              competitionId: id,
              username: `welding.judge${n}`,
              aspects: [{ stageId: stage, aspectCode: 'PLATE' }],
            },
          },
          admin,
        ),
        'assignCompetitionJudge',
      );
    }
    let answered = 0;
    const scoreAll = (n: number) =>
      Promise.all(
        entryIds.map(async (entryId, i) => {
          // Spread over a few hundred milliseconds, so the close lands among them.
          await new Promise((resolve) => setTimeout(resolve, i * 40));
          const result = field(
            await run(
              submit,
              { stageId: stage, marks: [{ entryId, aspectCode: 'PLATE', marks: 30 + (i % 20) }] },
              judges[`j${n}`],
            ),
            'submitJudgeMarks',
          );
          answered += 1;
          return {
            entryId,
            judge: n,
            accepted: result.__typename === 'JudgeSheet',
            rule: result.rule,
          };
        }),
      );
    // The close is sent once a few marks are in, while the others are still on their way.
    const closing = (async () => {
      while (answered < 2) await new Promise((resolve) => setTimeout(resolve, 1));
      return field(await run(closeStage, { stageId: stage }, admin), 'closeCompetitionStage');
    })();
    const [a, b, close] = await Promise.all([scoreAll(2), scoreAll(3), closing]);
    expect(close.state).toBe('CLOSED');
    const outcomes = [...a, ...b];
    for (const outcome of outcomes) {
      if (!outcome.accepted) expect(outcome.rule).toBe('COMPETITION_STAGE_CLOSED');
    }
    const stored = await prisma.competitionScore.findMany({
      where: { stageId: decodeGlobalId(stage).id },
    });
    const accepted = outcomes.filter((o) => o.accepted);
    // No accepted score lost, no refused one stored, and every stored one locked by the close.
    expect(stored).toHaveLength(accepted.length);
    expect(new Set(stored.map((s) => `${s.entryId}/${s.judgeId}`)).size).toBe(accepted.length);
    const closedAt = (
      await prisma.competitionStage.findUniqueOrThrow({ where: { id: decodeGlobalId(stage).id } })
    ).closedAt;
    expect(closedAt).not.toBeNull();
    expect(stored.map((s) => s.lockedAt?.getTime())).toEqual(stored.map(() => closedAt?.getTime()));
    // After the lock nothing more is accepted.
    const after = field(
      await run(
        submit,
        { stageId: stage, marks: [{ entryId: entryIds[0], aspectCode: 'PLATE', marks: 1 }] },
        judges.j2,
      ),
      'submitJudgeMarks',
    );
    expect(after.rule).toBe('COMPETITION_STAGE_CLOSED');
  });
});

describe('registrations at the same moment', () => {
  it('hand out distinct bib numbers, and take a member only once', async () => {
    const created = field(
      await run(
        createCompetition,
        { input: weldingInput('并发报名测试赛', { eligibility: null }) },
        admin,
      ),
      'createCompetition',
    );
    const id = created.id as string;
    const together = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        run(
          register,
          { input: { competitionId: id, publicName: `同时报名${i + 1}`, employerId: hisense } },
          admin,
        ),
      ),
    );
    const entries = together.map((result) => field(result, 'registerCompetitionEntry'));
    for (const entry of entries) {
      expect(entry.__typename, JSON.stringify(entry)).toBe('CompetitionEntry');
    }
    expect(entries.map((e) => e.bibNumber as number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    // The same member twice at once: one registration, one typed refusal naming the field.
    const member = await prisma.member.findFirstOrThrow({
      where: { status: 'ACTIVE', lineageIds: { has: qingdaoId } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    const twice = await Promise.all(
      [1, 2].map(() =>
        run(register, { input: { competitionId: id, memberId: gid('Member', member.id) } }, admin),
      ),
    );
    const answers = twice.map((result) => field(result, 'registerCompetitionEntry'));
    expect(answers.map((a) => a.__typename).sort()).toEqual([
      'CompetitionEntry',
      'RuleViolationError',
    ]);
    const refusal = answers.find((a) => a.__typename === 'RuleViolationError');
    expect(refusal?.rule).toBe('COMPETITION_ALREADY_REGISTERED');
    expect((refusal?.reasons as { field: string }[] | undefined)?.[0]?.field).toBe(
      'input.memberId',
    );
    const stored = await prisma.competitionEntry.findMany({
      where: { competitionId: decodeGlobalId(id).id },
      select: { bibNumber: true },
    });
    expect(stored.map((e) => e.bibNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 1),
    );
  });
});

describe('the demo competitions', () => {
  it('publishes Langfang’s and Qingdao’s results with awards and promotions, and runs the 廊坊东站 leaderboard', async () => {
    const list = field(
      await run(`query { competitions(filter: { published: true, organizationId: "${gid('Organization', seedUuid('langfang'))}" }, first: 20) {
        __typename ... on QueryCompetitionsSuccess { data { edges { node { id name trade kind
          results { rank publicName employerName award } labourLeaderboard { rank publicName cumulativeScore redFlags }
          labourPeriods { name redFlagNames } } } } } } }`),
      'competitions',
    );
    const nodes = (list.data as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (e) => e.node,
    );
    const trades = nodes.map((n) => n.trade);
    for (const trade of [
      '焊工',
      '网络与信息安全管理员',
      '汽车维修工（新能源汽车）',
      '工业机器人系统操作员',
    ]) {
      expect(trades).toContain(trade);
    }
    const welder = nodes.find((n) => n.trade === '焊工') as {
      results: { rank: number | null; award: string | null }[];
    };
    expect(welder.results.length).toBeGreaterThanOrEqual(8);
    expect(welder.results[0]?.rank).toBe(1);
    expect(welder.results.some((r) => r.award === 'FIRST_PRIZE')).toBe(true);
    const robot = nodes.find((n) => n.trade === '工业机器人系统操作员') as {
      results: { award: string | null }[];
    };
    expect(robot.results[0]?.award).toBe('GOLD');
    const langfangEast = await run(
      `query ($id: ID!) { competition(id: $id) { ... on Competition { name kind
        labourLeaderboard { rank publicName cumulativeScore redFlags } labourPeriods { name redFlagNames } } } }`,
      { id: gid('Competition', seedUuid('competition:langfang-east-60-days')) },
    );
    const east = field(langfangEast, 'competition');
    expect(east.name).toContain('攻坚克难60天 决战决胜保开通');
    expect((east.labourLeaderboard as unknown[]).length).toBe(4);
    expect(
      (east.labourPeriods as { redFlagNames: string[] }[]).map((p) => p.redFlagNames.length > 0),
    ).toEqual([true, true]);
    const promotions = await prisma.competitionPromotion.count({
      where: { competitionId: seedUuid('competition:lf-welder-2025'), recommended: true },
    });
    expect(promotions).toBeGreaterThan(0);
  });

  it('leaves the 2026 振超杯 final open for qingdao.judge to score', async () => {
    const judge = await signIn('qingdao.judge');
    const sheet = field(
      await run(
        judgeSheet,
        { stageId: gid('CompetitionStage', seedUuid('competition:qd-zhenchao-2026:final')) },
        judge,
      ),
      'judgeSheet',
    );
    expect(sheet.__typename, JSON.stringify(sheet)).toBe('JudgeSheet');
    expect(sheet.state).toBe('OPEN');
    expect((sheet.aspects as { code: string }[]).map((a) => a.code)).toEqual([
      'THEORY',
      'WIRING',
      'FAULT',
    ]);
    expect((sheet.rows as unknown[]).length).toBeGreaterThanOrEqual(4);
  });
});
