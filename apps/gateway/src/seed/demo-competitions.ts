import {
  type CalendarDate,
  eligibilityReasons,
  LABOUR_DIMENSIONS,
  type LabourDimension,
  type MarkingScheme,
  roleHasPermission,
} from '@gonghui/domain';
import { hashPassword } from '../auth/password-hash.js';
import { writeResults } from '../competition/publication.js';
import { schemeJson } from '../competition/records.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { demoStaffPassword } from './demo-staff.js';

/**
 * Demo competitions (issue 7): Langfang's 2025 skills competitions for 焊工, 网络与信息安全管理员,
 * 汽车维修工（新能源汽车） and 工业机器人系统操作员, Qingdao's 振超杯 (2025 published, 2026 open for
 * judging), and a 廊坊东站 labour competition (攻坚克难60天 决战决胜保开通, 五保一树). Entrants are
 * demo members (invented people) of unions within the organiser's subtree; marks are drawn from a
 * seeded generator, then ranks, awards and promotions are computed by the gateway's own
 * publication code, so the demo agrees with what the live workflow would produce.
 */

type SeedUuid = (key: string) => string;
type DemoMemberRow = {
  id: string;
  organizationId: string;
  lineageIds?: unknown;
  name: string;
  birthDate: unknown;
};

function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

const DEMO_JUDGES = [
  { username: 'langfang.judge1', displayName: '周建民', organizationKey: 'langfang' },
  { username: 'langfang.judge2', displayName: '吴秀英', organizationKey: 'langfang' },
  { username: 'langfang.judge3', displayName: '郑国华', organizationKey: 'langfang' },
  { username: 'langfang.judge4', displayName: '冯晓燕', organizationKey: 'langfang' },
  { username: 'langfang.judge5', displayName: '陈卫东', organizationKey: 'langfang' },
];

type SkillsDemo = {
  key: string;
  organizerKey: string;
  name: string;
  trade: string;
  competitionClass: 'CITY_CLASS_ONE' | 'CITY_CLASS_TWO' | 'DISTRICT' | 'ENTERPRISE';
  year: number;
  startsOn: string;
  endsOn: string;
  coOrganizers: string[];
  scheme: MarkingScheme;
  medals: boolean;
  entrants: number;
  /** False: the final is still open (the judging demo). */
  finished: boolean;
  judges: string[];
};

const practical = (...aspects: [string, string, number][]) =>
  aspects.map(([code, name, max]) => ({
    code,
    name,
    part: 'PRACTICAL' as const,
    maxCenti: max * 100,
  }));
const theory = { code: 'THEORY', name: '理论知识', part: 'THEORY' as const, maxCenti: 10000 };

const LANGFANG_JUDGES = DEMO_JUDGES.map((j) => j.username);

const SKILLS: SkillsDemo[] = [
  {
    key: 'lf-welder-2025',
    organizerKey: 'langfang',
    name: '2025年廊坊市焊工职业技能竞赛',
    trade: '焊工',
    competitionClass: 'CITY_CLASS_ONE',
    year: 2025,
    startsOn: '2025-09-16',
    endsOn: '2025-09-18',
    coOrganizers: ['廊坊市人力资源和社会保障局'],
    scheme: {
      theoryWeightBp: 3000,
      practicalWeightBp: 7000,
      aspects: [theory, ...practical(['PLATE', '板对接焊', 60], ['PIPE', '管对接焊', 40])],
    },
    medals: false,
    entrants: 12,
    finished: true,
    judges: LANGFANG_JUDGES,
  },
  {
    key: 'lf-netsec-2025',
    organizerKey: 'langfang',
    name: '2025年廊坊市网络与信息安全管理员职业技能竞赛',
    trade: '网络与信息安全管理员',
    competitionClass: 'CITY_CLASS_TWO',
    year: 2025,
    startsOn: '2025-10-21',
    endsOn: '2025-10-22',
    coOrganizers: ['廊坊市人力资源和社会保障局', '廊坊市委网信办'],
    scheme: {
      theoryWeightBp: 3000,
      practicalWeightBp: 7000,
      aspects: [theory, ...practical(['CTF', '攻防实操', 70], ['AUDIT', '安全审计', 30])],
    },
    medals: true,
    entrants: 10,
    finished: true,
    judges: LANGFANG_JUDGES.slice(0, 3),
  },
  {
    key: 'lf-nev-2025',
    organizerKey: 'langfang',
    name: '2025年廊坊市汽车维修工（新能源汽车）职业技能竞赛',
    trade: '汽车维修工（新能源汽车）',
    competitionClass: 'CITY_CLASS_TWO',
    year: 2025,
    startsOn: '2025-11-05',
    endsOn: '2025-11-06',
    coOrganizers: ['廊坊市人力资源和社会保障局'],
    scheme: {
      theoryWeightBp: 3000,
      practicalWeightBp: 7000,
      aspects: [
        theory,
        ...practical(
          ['BATTERY', '动力电池检测', 40],
          ['MOTOR', '驱动电机故障诊断', 35],
          ['SAFETY', '高压安全防护', 25],
        ),
      ],
    },
    medals: false,
    entrants: 10,
    finished: true,
    judges: LANGFANG_JUDGES,
  },
  {
    key: 'lf-robot-2025',
    organizerKey: 'langfang',
    name: '2025年廊坊市工业机器人系统操作员职业技能竞赛',
    trade: '工业机器人系统操作员',
    competitionClass: 'DISTRICT',
    year: 2025,
    startsOn: '2025-12-02',
    endsOn: '2025-12-03',
    coOrganizers: [],
    scheme: {
      theoryWeightBp: 2000,
      practicalWeightBp: 8000,
      aspects: [theory, ...practical(['PROGRAM', '编程与调试', 60], ['MAINTAIN', '维护保养', 40])],
    },
    medals: true,
    entrants: 8,
    finished: true,
    judges: LANGFANG_JUDGES.slice(0, 3),
  },
  {
    key: 'qd-zhenchao-2025',
    organizerKey: 'qingdao',
    name: '2025年青岛市“振超杯”职工职业技能大赛（门座起重机司机）',
    trade: '门座起重机司机',
    competitionClass: 'CITY_CLASS_ONE',
    year: 2025,
    startsOn: '2025-08-19',
    endsOn: '2025-08-21',
    coOrganizers: ['青岛市人力资源和社会保障局'],
    scheme: {
      theoryWeightBp: 3000,
      practicalWeightBp: 7000,
      aspects: [theory, ...practical(['HOIST', '定点吊装', 60], ['STACK', '集装箱堆码', 40])],
    },
    medals: false,
    entrants: 12,
    finished: true,
    judges: LANGFANG_JUDGES,
  },
  {
    key: 'qd-zhenchao-2026',
    organizerKey: 'qingdao',
    name: '2026年青岛市“振超杯”职工职业技能大赛（电工）',
    trade: '电工',
    competitionClass: 'CITY_CLASS_ONE',
    year: 2026,
    startsOn: '2026-11-24',
    endsOn: '2026-12-20',
    coOrganizers: ['青岛市人力资源和社会保障局'],
    scheme: {
      theoryWeightBp: 3000,
      practicalWeightBp: 7000,
      aspects: [
        theory,
        ...practical(['WIRING', '电气控制线路安装', 60], ['FAULT', '故障排除', 40]),
      ],
    },
    medals: false,
    entrants: 6,
    finished: false,
    judges: ['qingdao.judge'],
  },
];

export async function seedDemoCompetitions(
  prisma: PrismaClient,
  seedUuid: SeedUuid,
  members: readonly DemoMemberRow[],
): Promise<void> {
  const passwordHash = await hashPassword(demoStaffPassword);
  const organizations = await prisma.organization.findMany({
    select: { id: true, lineageIds: true, name: true },
  });
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  await prisma.$transaction(
    async (tx) => {
      for (const judge of DEMO_JUDGES) {
        const org = orgById.get(seedUuid(judge.organizationKey));
        if (!org) continue;
        await tx.staffAccount.create({
          data: {
            id: seedUuid(`staff:${judge.username}`),
            username: judge.username,
            displayName: judge.displayName,
            passwordHash,
            passwordChangedAt: new Date('2025-01-01T00:00:00Z'),
            organizationId: org.id,
            lineageIds: org.lineageIds,
            roles: { create: { role: 'JUDGE', organizationId: org.id } },
          },
        });
      }
      const accounts = await tx.staffAccount.findMany({
        where: { username: { in: [...DEMO_JUDGES.map((j) => j.username), 'qingdao.judge'] } },
        select: { id: true, username: true, displayName: true, roles: { select: { role: true } } },
      });
      const creator = accounts[0]?.id ?? seedUuid('staff:langfang.judge1');
      for (const demo of SKILLS) {
        const organizer = orgById.get(seedUuid(demo.organizerKey));
        if (!organizer) continue;
        const random = seededRandom(hashOf(demo.key));
        const competitionId = seedUuid(`competition:${demo.key}`);
        const stageId = seedUuid(`competition:${demo.key}:final`);
        await tx.competition.create({
          data: {
            id: competitionId,
            organizationId: organizer.id,
            lineageIds: organizer.lineageIds,
            name: demo.name,
            kind: 'SKILLS',
            competitionClass: demo.competitionClass,
            trade: demo.trade,
            coOrganizers: demo.coOrganizers,
            entryMode: 'INDIVIDUAL',
            year: demo.year,
            startsOn: new Date(`${demo.startsOn}T00:00:00Z`),
            endsOn: new Date(`${demo.endsOn}T00:00:00Z`),
            description: `${demo.trade}职业技能竞赛，理论知识考试与实际操作考核相结合。`,
            eligibility: {
              minAge: 18,
              maxAge: 60,
              minSkillLevel: null,
              maxSkillLevel: null,
              regionRestricted: true,
            },
            awardScheme: demo.medals
              ? { kind: 'MEDALS', excellenceToBp: 5000 }
              : { kind: 'SHARES', firstBp: 1000, secondBp: 2000, thirdBp: 3000 },
            trimFromJudges: 5,
            createdByStaffId: creator,
            stages: {
              create: {
                id: stageId,
                position: 1,
                kind: 'FINAL',
                name: '决赛',
                scheme: schemeJson(demo.scheme),
              },
            },
          },
        });
        // Entrants: demo members of grassroots unions within the organiser's subtree.
        const pool = members.filter(
          (m) => Array.isArray(m.lineageIds) && (m.lineageIds as string[]).includes(organizer.id),
        );
        const start = Math.floor(random() * Math.max(1, pool.length - demo.entrants));
        const entrants = pool.slice(start, start + demo.entrants);
        const levels = ['INTERMEDIATE', 'SENIOR', 'SENIOR', 'TECHNICIAN', null] as const;
        const entryIds: string[] = [];
        for (const [index, member] of entrants.entries()) {
          const employer = orgById.get(member.organizationId);
          if (!employer) continue;
          const id = seedUuid(`competition:${demo.key}:entry:${index}`);
          const skillLevel = levels[Math.floor(random() * levels.length)] ?? null;
          const birthDate =
            member.birthDate instanceof Date
              ? (member.birthDate.toISOString().slice(0, 10) as CalendarDate)
              : null;
          const reasons = eligibilityReasons(
            { birthDate, skillLevel, employerLineageIds: employer.lineageIds },
            {
              minAge: 18,
              maxAge: 60,
              ageOn: demo.startsOn as CalendarDate,
              regionOrganizationId: organizer.id,
              regionName: organizer.name,
            },
          );
          if (reasons.length === 0) entryIds.push(id);
          await tx.competitionEntry.create({
            data: {
              id,
              competitionId,
              employerId: employer.id,
              lineageIds: employer.lineageIds,
              memberId: member.id,
              publicName: member.name,
              teamMemberNames: [],
              birthDate: member.birthDate instanceof Date ? member.birthDate : null,
              skillLevel,
              bibNumber: index + 1,
              eligible: reasons.length === 0,
              eligibilityReasons: reasons.map((r) => ({
                field: r.field,
                rule: r.rule,
                message: r.message,
              })),
              createdByStaffId: creator,
            },
          });
        }
        // Judges: theory marked by the first; every practical aspect by all of them.
        const judgeIds: string[] = [];
        for (const username of demo.judges) {
          const account = accounts.find((a) => a.username === username);
          if (!account?.roles.some((r) => roleHasPermission(r.role, 'competition.judge'))) continue;
          const judgeId = seedUuid(`competition:${demo.key}:judge:${username}`);
          judgeIds.push(judgeId);
          await tx.competitionJudge.create({
            data: {
              id: judgeId,
              competitionId,
              staffAccountId: account.id,
              displayName: account.displayName,
              aspects: {
                create: demo.scheme.aspects
                  .filter((aspect) => aspect.part === 'PRACTICAL' || judgeIds.length === 1)
                  .map((aspect) => ({ stageId, aspectCode: aspect.code })),
              },
            },
          });
        }
        if (!demo.finished) continue;
        const scores = [];
        const times = [];
        for (const entryId of entryIds) {
          const ability = 0.6 + random() * 0.35;
          for (const aspect of demo.scheme.aspects) {
            const markers = aspect.part === 'THEORY' ? judgeIds.slice(0, 1) : judgeIds;
            for (const judgeId of markers) {
              const spread = (random() - 0.5) * 0.12;
              const ratio = Math.min(1, Math.max(0, ability + spread));
              scores.push({
                stageId,
                entryId,
                judgeId,
                aspectCode: aspect.code,
                centi: Math.min(aspect.maxCenti, Math.round((aspect.maxCenti * ratio) / 50) * 50),
                lockedAt: new Date(`${demo.endsOn}T10:00:00Z`),
              });
            }
          }
          times.push({ stageId, entryId, seconds: 2400 + Math.floor(random() * 1200) });
        }
        await tx.competitionScore.createMany({ data: scores });
        await tx.competitionTime.createMany({ data: times });
        await tx.competitionStage.update({
          where: { id: stageId },
          data: {
            state: 'CLOSED',
            closedAt: new Date(`${demo.endsOn}T10:00:00Z`),
            closedByStaffId: creator,
          },
        });
        await tx.competition.update({
          where: { id: competitionId },
          data: { resultsPublishedAt: new Date(`${demo.endsOn}T12:00:00Z`) },
        });
        await writeResults(
          tx,
          {
            id: competitionId,
            kind: 'SKILLS',
            entryMode: 'INDIVIDUAL',
            competitionClass: demo.competitionClass,
            year: demo.year,
          },
          stageId,
        );
      }
      await seedLangfangEast(tx as unknown as PrismaClient, seedUuid, orgById, creator);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** 廊坊东站 labour competition: four project units, two closed periods and one open. */
async function seedLangfangEast(
  tx: PrismaClient,
  seedUuid: SeedUuid,
  orgById: Map<string, { id: string; lineageIds: string[]; name: string }>,
  creator: string,
) {
  const organizer = orgById.get(seedUuid('langfang'));
  const site = orgById.get(seedUuid('langfang-guangyang-crcc-langfang-east'));
  if (!organizer || !site) return;
  const competitionId = seedUuid('competition:langfang-east-60-days');
  const periods = [
    { name: '第一阶段（第1–20天）', closed: true },
    { name: '第二阶段（第21–40天）', closed: true },
    { name: '第三阶段（第41–60天）', closed: false },
  ];
  await tx.competition.create({
    data: {
      id: competitionId,
      organizationId: organizer.id,
      lineageIds: organizer.lineageIds,
      name: '廊坊东站“攻坚克难60天 决战决胜保开通”劳动竞赛',
      kind: 'LABOUR_PROJECT',
      competitionClass: 'CITY_CLASS_TWO',
      trade: '五保一树（保安全、保质量、保工期、保投资、保稳定，树形象）',
      coOrganizers: ['中铁建工集团有限公司廊坊东站项目部'],
      entryMode: 'TEAM',
      year: 2025,
      startsOn: new Date('2025-04-01T00:00:00Z'),
      endsOn: new Date('2025-05-30T00:00:00Z'),
      description:
        '以“五保一树”为主要内容，围绕站房工程开通节点开展劳动竞赛，按阶段考核评比，每阶段授予流动红旗。',
      eligibility: { regionRestricted: false },
      awardScheme: { kind: 'SHARES', firstBp: 1000, secondBp: 2000, thirdBp: 3000 },
      trimFromJudges: 5,
      labourWeights: {
        QUALITY: 2000,
        SAFETY: 2500,
        PROGRESS: 2500,
        INNOVATION: 1000,
        CIVILITY: 1000,
        MANAGEMENT: 1000,
      },
      createdByStaffId: creator,
      stages: {
        create: periods.map((period, index) => ({
          id: seedUuid(`competition:langfang-east-60-days:period:${index}`),
          position: index + 1,
          kind: 'PERIOD' as const,
          name: period.name,
          scheme: { theoryWeightBp: 0, practicalWeightBp: 10000, aspects: [] },
          state: period.closed ? ('CLOSED' as const) : ('OPEN' as const),
          closedAt: period.closed ? new Date(`2025-0${4 + index}-20T10:00:00Z`) : null,
          closedByStaffId: period.closed ? creator : null,
        })),
      },
    },
  });
  const units = ['站房主体结构工区', '钢结构屋盖工区', '站台雨棚工区', '机电安装工区'];
  const random = seededRandom(hashOf('langfang-east'));
  for (const [index, unit] of units.entries()) {
    const entryId = seedUuid(`competition:langfang-east-60-days:unit:${index}`);
    await tx.competitionEntry.create({
      data: {
        id: entryId,
        competitionId,
        employerId: site.id,
        lineageIds: site.lineageIds,
        publicName: unit,
        teamMemberNames: [],
        bibNumber: index + 1,
        eligible: true,
        eligibilityReasons: [],
        createdByStaffId: creator,
      },
    });
    for (const [p, period] of periods.entries()) {
      if (!period.closed) continue;
      const scores = Object.fromEntries(
        LABOUR_DIMENSIONS.map((d: LabourDimension) => [d, 8000 + Math.round(random() * 36) * 50]),
      );
      await tx.competitionLabourScore.create({
        data: {
          stageId: seedUuid(`competition:langfang-east-60-days:period:${p}`),
          entryId,
          scores,
          submittedByStaffId: creator,
        },
      });
    }
  }
}
