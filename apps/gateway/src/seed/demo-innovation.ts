import {
  availableConversionMoves,
  CONVERSION_TRANSITIONS,
  type ConversionMove,
  type ConversionState,
  computeStarRating,
  type SkillLevel,
  type StarMeasures,
  type StudioLevel,
  starRatingChange,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import type { DemoOrganizationRow } from './seed-demo.js';

/**
 * Demo innovation data (职工创新) so the studio directory and the results showcase are not empty
 * on a fresh start: Qingdao studios at employers of the demo tree, their yearly star ratings
 * (computed by the domain's rubric from invented measures), members, a cross-region alliance,
 * results — among them the three the Qingdao seed names (高速列车轮对轴箱柔性加工技术与应用,
 * 桥吊防风锚定系统和方法, 超临界CO₂无水染色技术), whose first completers the seed says are
 * front-line workers — with their conversion history, and the city's all-staff innovation
 * enterprises.
 *
 * Every person is invented (the studios are named after invented leads), and every studio and
 * result says so in its text: 演示数据. Measures, benefits and returns are invented too.
 */

const DEMO_NOTE = '演示数据：人物为虚构，数字为示例。';

interface DemoStudio {
  key: string;
  unionKey: string;
  name: string;
  level: StudioLevel;
  industryChain: string;
  foundedOn: string;
  leadName: string;
  leadHonorCodes: string[];
  leadSkillLevel: SkillLevel | null;
  /**
   * The lead's demo honor award when the lead is one of the demo honorees (its index among
   * the demo honorees, see demo-honors.ts): the studio and the honoree profile link to each
   * other.
   */
  leadHonoreeIndex?: number;
  description: string;
  members: [string, string][];
  /** Year → measures; ratings are computed from them. */
  evaluations: [number, StarMeasures][];
}

const m = (
  results: number,
  trained: number,
  benefitWan: number,
  facilities: number,
  activity: number,
): StarMeasures => ({
  RESULTS_AND_PATENTS: results,
  PEOPLE_TRAINED: trained,
  ECONOMIC_BENEFIT: benefitWan * 1_000_000,
  FACILITIES_AND_RULES: facilities,
  ACTIVITY: activity,
});

const studios: DemoStudio[] = [
  {
    key: 'crrc-wheelset',
    unionKey: 'qingdao-chengyang-crrc-sifang',
    name: '林振华劳模创新工作室',
    level: 'NATIONAL_DEMONSTRATION',
    industryChain: '轨道交通装备',
    foundedOn: '2016-04-20',
    leadName: '林振华',
    leadHonorCodes: ['NATIONAL_MODEL_WORKER'],
    leadSkillLevel: 'CHIEF_TECHNICIAN',
    description: `聚焦高速列车转向架轮对轴箱加工工艺攻关，带徒传技。${DEMO_NOTE}`,
    members: [
      ['赵晓东', '技术骨干'],
      ['孙佳宁', '技术骨干'],
      ['周海涛', '徒弟'],
    ],
    evaluations: [
      [2023, m(9, 12, 620, 10, 14)],
      [2024, m(8, 11, 540, 10, 12)],
      [2025, m(10, 14, 700, 10, 16)],
    ],
  },
  {
    key: 'port-crane',
    unionKey: 'qingdao-shibei-qingdao-port',
    name: '高建港工匠创新工作室',
    level: 'PROVINCIAL',
    industryChain: '现代港航物流',
    foundedOn: '2018-09-01',
    leadName: '高建港',
    leadHonorCodes: ['QILU_GREAT_CRAFTSMAN'],
    leadSkillLevel: 'SENIOR_TECHNICIAN',
    description: `围绕岸桥、场桥防风安全和自动化改造开展技术攻关。${DEMO_NOTE}`,
    members: [
      ['王海鹏', '技术骨干'],
      ['刘子文', '徒弟'],
    ],
    evaluations: [
      [2024, m(6, 6, 320, 9, 8)],
      [2025, m(7, 8, 480, 9, 10)],
    ],
  },
  {
    key: 'jifa-dyeing',
    unionKey: 'qingdao-jimo-jifa',
    name: '宋丽娟职工创新工作室',
    level: 'CITY',
    industryChain: '纺织服装',
    foundedOn: '2019-03-15',
    leadName: '宋丽娟',
    leadHonorCodes: ['QINGDAO_CRAFTSMAN'],
    leadSkillLevel: 'TECHNICIAN',
    description: `从事无水染色等绿色印染工艺研究与推广。${DEMO_NOTE}`,
    members: [
      ['陈美华', '技术骨干'],
      ['郭倩', '徒弟'],
    ],
    evaluations: [
      [2023, m(4, 4, 150, 8, 6)],
      [2024, m(3, 3, 90, 7, 4)],
      [2025, m(5, 5, 210, 8, 6)],
    ],
  },
  {
    key: 'haier-assembly',
    unionKey: 'qingdao-laoshan-haier',
    name: '韩立新劳模创新工作室',
    level: 'CITY',
    industryChain: '智能家电',
    foundedOn: '2020-06-01',
    leadName: '韩立新',
    leadHonorCodes: ['CITY_MODEL_WORKER'],
    leadSkillLevel: 'SENIOR_TECHNICIAN',
    description: `开展冰箱总装线工装夹具改进和“五小”创新。${DEMO_NOTE}`,
    members: [['马骏', '技术骨干']],
    evaluations: [[2025, m(3, 3, 60, 7, 4)]],
  },
  {
    key: 'hisense-display',
    unionKey: 'qingdao-shinan-hisense',
    name: '杜文博技能大师工作室',
    level: 'DISTRICT',
    industryChain: '新一代信息技术',
    foundedOn: '2022-05-10',
    leadName: '杜文博',
    leadHonorCodes: [],
    leadSkillLevel: 'SENIOR_TECHNICIAN',
    description: `围绕显示模组装配良率开展小改小革。${DEMO_NOTE}`,
    members: [['唐思远', '徒弟']],
    evaluations: [[2023, m(1, 1, 12, 6, 2)]],
  },
  {
    key: 'faw-welding',
    unionKey: 'qingdao-jimo-faw-vw-qd',
    name: '邢志强工匠创新工作室',
    level: 'DISTRICT',
    industryChain: '汽车制造',
    foundedOn: '2021-08-18',
    leadName: '邢志强',
    leadHonorCodes: ['QINGDAO_CRAFTSMAN'],
    leadSkillLevel: 'TECHNICIAN',
    description: `车身焊装机器人点焊参数优化。${DEMO_NOTE}`,
    members: [],
    evaluations: [],
  },
  // Led by demo honorees (demo-honors.ts): their profiles list these studios.
  {
    key: 'crrc-bogie-welding',
    unionKey: 'qingdao-chengyang-crrc-sifang',
    name: '陈立军劳模创新工作室',
    level: 'PROVINCIAL',
    industryChain: '轨道交通装备',
    foundedOn: '2017-05-12',
    leadName: '陈立军',
    leadHonorCodes: ['NATIONAL_MAY_DAY_MEDAL'],
    leadSkillLevel: 'SENIOR_TECHNICIAN',
    leadHonoreeIndex: 0,
    description: `转向架构架焊接工艺攻关和焊工技能传承。${DEMO_NOTE}`,
    members: [
      ['潘宏宇', '技术骨干'],
      ['吕家豪', '徒弟'],
    ],
    evaluations: [
      [2024, m(7, 9, 380, 9, 10)],
      [2025, m(8, 12, 520, 10, 12)],
    ],
  },
  {
    key: 'qqct-crane',
    unionKey: 'qingdao-huangdao-qqct',
    name: '马国强桥吊操作创新工作室',
    level: 'DISTRICT',
    industryChain: '现代港航物流',
    foundedOn: '2020-07-01',
    leadName: '马国强',
    leadHonorCodes: ['CITY_MAY_DAY_MEDAL'],
    leadSkillLevel: null,
    leadHonoreeIndex: 7,
    description: `总结推广双吊具作业法，开展桥吊司机岗位练兵。${DEMO_NOTE}`,
    members: [['邵明川', '徒弟']],
    evaluations: [[2025, m(3, 6, 110, 8, 8)]],
  },
  {
    key: 'haier-mould',
    unionKey: 'qingdao-laoshan-haier',
    name: '李春雷技能大师工作室',
    level: 'CITY',
    industryChain: '智能家电',
    foundedOn: '2015-10-01',
    leadName: '李春雷',
    leadHonorCodes: ['QINGDAO_CRAFTSMAN'],
    leadSkillLevel: 'PRINCIPAL_TECHNICIAN',
    leadHonoreeIndex: 8,
    description: `精密模具快速换型技术研究与模具钳工技能传承。${DEMO_NOTE}`,
    members: [
      ['滕晓光', '技术骨干'],
      ['于博文', '徒弟'],
    ],
    evaluations: [
      [2023, m(5, 8, 260, 9, 9)],
      [2024, m(6, 10, 300, 9, 10)],
      [2025, m(6, 10, 330, 10, 10)],
    ],
  },
];

interface DemoResult {
  key: string;
  studioKey: string | null;
  unionKey: string;
  title: string;
  type: Prisma.InnovationResultCreateManyInput['type'];
  patentNumber: string | null;
  team: string[];
  year: number;
  benefitWan: number;
  awards: string[];
  /** The moves made, with their dates; SECURE_RETURNS with the returns in 万元. */
  moves: [ConversionMove, string, number?][];
}

const results: DemoResult[] = [
  {
    key: 'wheelset',
    studioKey: 'crrc-wheelset',
    unionKey: 'qingdao-chengyang-crrc-sifang',
    title: '高速列车轮对轴箱柔性加工技术与应用',
    type: 'TECHNICAL_BREAKTHROUGH',
    patentNumber: null,
    team: ['赵晓东', '林振华', '孙佳宁'],
    year: 2024,
    benefitWan: 860,
    awards: ['山东省职工创新创效竞赛获奖项目'],
    moves: [
      ['ASSESS', '2024-07-10'],
      ['PROMOTE', '2024-09-20'],
      ['START_CONVERSION', '2024-11-05'],
      ['SECURE_RETURNS', '2025-06-30', 320],
    ],
  },
  {
    key: 'crane-anchor',
    studioKey: 'port-crane',
    unionKey: 'qingdao-shibei-qingdao-port',
    title: '桥吊防风锚定系统和方法',
    type: 'INVENTION_PATENT',
    patentNumber: 'ZL202310601862.9',
    team: ['王海鹏', '高建港'],
    year: 2024,
    benefitWan: 410,
    awards: ['山东省职工创新创效竞赛获奖项目'],
    moves: [
      ['ASSESS', '2024-08-01'],
      ['PROMOTE', '2024-10-15'],
      ['START_CONVERSION', '2025-03-01'],
    ],
  },
  {
    key: 'co2-dyeing',
    studioKey: 'jifa-dyeing',
    unionKey: 'qingdao-jimo-jifa',
    title: '超临界CO₂无水染色技术',
    type: 'TECHNICAL_BREAKTHROUGH',
    patentNumber: null,
    team: ['陈美华', '宋丽娟', '郭倩'],
    year: 2024,
    benefitWan: 290,
    awards: ['山东省职工创新创效竞赛获奖项目'],
    moves: [
      ['ASSESS', '2024-06-18'],
      ['PROMOTE', '2024-12-02'],
    ],
  },
  {
    key: 'fridge-fixture',
    studioKey: 'haier-assembly',
    unionKey: 'qingdao-laoshan-haier',
    title: '冰箱门体快速定位工装',
    type: 'SMALL_INNOVATION',
    patentNumber: null,
    team: ['马骏', '韩立新'],
    year: 2025,
    benefitWan: 38,
    awards: [],
    moves: [['ASSESS', '2025-09-01']],
  },
  {
    key: 'display-jig',
    studioKey: 'hisense-display',
    unionKey: 'qingdao-shinan-hisense',
    title: '显示模组背光贴合治具',
    type: 'UTILITY_MODEL_PATENT',
    patentNumber: 'ZL202420123456.6',
    team: ['唐思远', '杜文博'],
    year: 2025,
    benefitWan: 15,
    awards: [],
    moves: [],
  },
  {
    key: 'port-suggestion',
    studioKey: null,
    unionKey: 'qingdao-shibei-qingdao-port',
    title: '集装箱堆场夜间照明分区控制建议',
    type: 'RATIONALISATION_PROPOSAL',
    patentNumber: null,
    team: ['刘子文'],
    year: 2025,
    benefitWan: 12,
    awards: [],
    moves: [['ABANDON', '2025-10-10']],
  },
];

const enterprises: [string, number, string][] = [
  ['qingdao', 2025, '中车青岛四方机车车辆股份有限公司'],
  ['qingdao', 2025, '山东港口青岛港集团有限公司'],
  ['qingdao', 2025, '即发集团有限公司'],
  ['qingdao-chengyang', 2025, '青特集团有限公司'],
];

/** The demo rows, ready for createMany, in dependency order. */
export function demoInnovationRows(
  organizations: DemoOrganizationRow[],
  seedUuid: (key: string) => string,
) {
  const byId = new Map(organizations.map((row) => [row.id, row]));
  const union = (key: string) => {
    const row = byId.get(seedUuid(key));
    if (!row) throw new Error(`demo innovation: no organisation ${key}`);
    return row;
  };
  const staffId = seedUuid('staff:qingdao.admin');
  const date = (text: string) => new Date(`${text}T00:00:00Z`);

  const studioRows: Prisma.InnovationStudioCreateManyInput[] = [];
  const memberRows: Prisma.InnovationStudioMemberCreateManyInput[] = [];
  const ratingRows: Prisma.InnovationStudioRatingCreateManyInput[] = [];
  for (const studio of studios) {
    const host = union(studio.unionKey);
    const id = seedUuid(`innovation-studio:${studio.key}`);
    let previous: number | null = null;
    for (const [year, measures] of studio.evaluations) {
      const rating = computeStarRating(measures);
      ratingRows.push({
        id: seedUuid(`innovation-rating:${studio.key}:${year}`),
        studioId: id,
        year,
        evaluatedOn: date(`${year + 1}-03-15`),
        measures: measures as Prisma.InputJsonValue,
        breakdown: rating.breakdown.map((line) => ({ ...line })),
        scoreHundredths: rating.scoreHundredths,
        stars: rating.stars,
        previousStars: previous,
        change: starRatingChange(previous, rating.stars),
        explanation: rating.explanation,
        // Computed with the domain defaults, the national version 0.
        configVersion: '000000 v0',
        evaluatedByStaffId: staffId,
      });
      previous = rating.stars;
    }
    studioRows.push({
      id,
      organizationId: host.id,
      lineageIds: host.lineageIds,
      name: studio.name,
      level: studio.level,
      status: 'ACTIVE',
      statusSince: date(studio.foundedOn),
      hostEmployerName: (host.employerName as string | null) ?? host.name,
      industryChain: studio.industryChain,
      regionCode: host.regionCode,
      foundedOn: date(studio.foundedOn),
      description: studio.description,
      leadName: studio.leadName,
      leadHonorCodes: studio.leadHonorCodes,
      leadSkillLevel: studio.leadSkillLevel,
      leadAwardId:
        studio.leadHonoreeIndex === undefined
          ? null
          : seedUuid(`honor-award:${studio.leadHonoreeIndex}`),
      stars: previous,
      createdByStaffId: staffId,
    });
    studio.members.forEach(([name, role], index) => {
      memberRows.push({
        id: seedUuid(`innovation-member:${studio.key}:${index}`),
        studioId: id,
        name,
        role,
        joinedOn: date(studio.foundedOn),
      });
    });
  }

  const qingdao = union('qingdao');
  const allianceId = seedUuid('innovation-alliance:rail-port');
  const alliances: Prisma.InnovationAllianceCreateManyInput[] = [
    {
      id: allianceId,
      organizationId: qingdao.id,
      lineageIds: qingdao.lineageIds,
      name: '青岛市高端装备劳模和工匠人才创新工作室联盟',
      kind: 'CROSS_REGION',
      foundedOn: date('2021-05-01'),
      description: `跨区域联合攻关、共享设备和人才。${DEMO_NOTE}`,
    },
  ];
  const memberships: Prisma.InnovationAllianceMembershipCreateManyInput[] = [
    ['crrc-wheelset', '2021-05-01', null],
    ['port-crane', '2021-05-01', null],
    ['faw-welding', '2022-01-10', '2024-12-31'],
  ].map(([key, joined, left]) => ({
    id: seedUuid(`innovation-alliance-membership:${key}`),
    allianceId,
    studioId: seedUuid(`innovation-studio:${key}`),
    joinedOn: date(joined as string),
    leftOn: left ? date(left) : null,
  }));

  const resultRows: Prisma.InnovationResultCreateManyInput[] = [];
  const stepRows: Prisma.InnovationConversionStepCreateManyInput[] = [];
  for (const result of results) {
    const owner = union(result.unionKey);
    const id = seedUuid(`innovation-result:${result.key}`);
    let state: ConversionState = 'REGISTERED';
    let movedOn: string | null = null;
    let returnsFen: bigint | null = null;
    result.moves.forEach(([move, on, returnsWan], index) => {
      if (!availableConversionMoves(state).includes(move)) {
        throw new Error(`demo result ${result.key}: ${move} is not allowed from ${state}`);
      }
      const to = CONVERSION_TRANSITIONS.find((t) => t.from === state && t.move === move)?.to;
      if (!to) throw new Error(`demo result ${result.key}: no transition`);
      const stepReturns = returnsWan === undefined ? null : BigInt(returnsWan * 1_000_000);
      stepRows.push({
        id: seedUuid(`innovation-step:${result.key}:${index}`),
        resultId: id,
        move,
        fromState: state,
        toState: to,
        movedOn: date(on),
        note: move === 'ABANDON' ? '经评估，暂无推广条件' : '',
        returnsFen: stepReturns,
        staffId,
      });
      state = to;
      movedOn = on;
      if (stepReturns !== null) returnsFen = stepReturns;
    });
    resultRows.push({
      id,
      organizationId: owner.id,
      lineageIds: owner.lineageIds,
      studioId: result.studioKey ? seedUuid(`innovation-studio:${result.studioKey}`) : null,
      title: result.title,
      type: result.type,
      patentNumber: result.patentNumber,
      team: result.team,
      year: result.year,
      economicBenefitFen: BigInt(result.benefitWan * 1_000_000),
      awards: result.awards,
      summary: DEMO_NOTE,
      conversionState: state,
      conversionMovedOn: movedOn ? date(movedOn) : null,
      returnsFen,
      createdByStaffId: staffId,
    });
  }

  const enterpriseRows: Prisma.InnovationEnterpriseCreateManyInput[] = enterprises.map(
    ([key, year, name], index) => {
      const selector = union(key);
      return {
        id: seedUuid(`innovation-enterprise:${index}`),
        organizationId: selector.id,
        lineageIds: selector.lineageIds,
        year,
        enterpriseName: name,
        selectedOn: date(`${year}-04-28`),
        staffId,
      };
    },
  );

  return {
    studios: studioRows,
    members: memberRows,
    ratings: ratingRows,
    alliances,
    memberships,
    results: resultRows,
    steps: stepRows,
    enterprises: enterpriseRows,
  };
}
