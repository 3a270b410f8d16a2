import { createHash } from 'node:crypto';
import {
  type CalendarDate,
  type ConsentScope,
  findHonorTitle,
  planPublicNotice,
  publicProfileScopes,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { honorCalendar, honorCatalogue } from '../honor/catalogue.js';
import { langfangCampaigns, langfangHonorees } from './demo-honors-langfang.js';
import { type DemoOrganization, demoOrganizationTree } from './demo-organizations.js';
import type { DemoOrganizationRow } from './seed-demo.js';

/**
 * Demo honors (荣誉) so the public roll is not empty on a fresh start: three Qingdao campaigns —
 * the 2025 全国五一劳动奖章 (全总), the 2025 青岛市五一劳动奖章 and the 2025 青岛工匠 (青岛市总工会)
 * — and Langfang's 2024 honors in the seed's numbers (`demo-honors-langfang.ts`), with their
 * published awards to people working at employers of the demo tree. The names and citations are
 * invented, in the style of the published lists; each honoree's consent is recorded (some
 * without the photo, some with the name only). The whole history (created, submitted, qualified,
 * notice, approved, consent, published) is written as events, nominated by the city's admin
 * (王建国 qingdao.admin, 孙立华 langfang.admin) and decided by the platform admin, so no one
 * approved their own.
 *
 * The seeds also name Qingdao's 许振超 ("人民工匠"), 夏晓寅, 周勇, 宁允展 and 管延安. They are not
 * seeded: the roll shows a person only with their recorded consent, which a demo cannot have from
 * a real person, and the seeds give no title and year for most of them.
 *
 * Certificate codes are derived from the seed keys: stable across reseeding, which suits demo
 * data only (real codes are random, see src/honor/certificate-code.ts).
 */

export interface DemoCampaign {
  key: string;
  organizerKey: string;
  name: string;
  titleCode: string;
  year: number;
  deadline: CalendarDate;
  noticeStartsOn: CalendarDate;
  publishedAt: string;
}

export interface DemoHonoree {
  campaignKey: string;
  unionKey: string;
  name: string;
  /** Null for a collective (a team, a department). */
  sex: 'MALE' | 'FEMALE' | null;
  categories: string[];
  consent: ConsentScope[];
  citation: string;
}

const qingdaoCampaigns: DemoCampaign[] = [
  {
    key: 'national-may-day-2025',
    organizerKey: 'acftu',
    name: '2025年全国五一劳动奖章推荐评选',
    titleCode: 'NATIONAL_MAY_DAY_MEDAL',
    year: 2025,
    deadline: '2025-02-28' as CalendarDate,
    noticeStartsOn: '2025-03-24' as CalendarDate,
    publishedAt: '2025-04-27T02:00:00Z',
  },
  {
    key: 'qingdao-may-day-2025',
    organizerKey: 'qingdao',
    name: '2025年青岛市五一劳动奖章推荐评选',
    titleCode: 'CITY_MAY_DAY_MEDAL',
    year: 2025,
    deadline: '2025-03-14' as CalendarDate,
    noticeStartsOn: '2025-04-07' as CalendarDate,
    publishedAt: '2025-04-28T02:00:00Z',
  },
  {
    key: 'qingdao-craftsman-2025',
    organizerKey: 'qingdao',
    name: '2025年度"青岛工匠"命名推荐',
    titleCode: 'QINGDAO_CRAFTSMAN',
    year: 2025,
    deadline: '2025-08-29' as CalendarDate,
    noticeStartsOn: '2025-09-15' as CalendarDate,
    publishedAt: '2025-10-10T02:00:00Z',
  },
];

const ALL: ConsentScope[] = ['NAME', 'PHOTO', 'STORY'];
const NO_PHOTO: ConsentScope[] = ['NAME', 'STORY'];

const qingdaoHonorees: DemoHonoree[] = [
  {
    campaignKey: 'national-may-day-2025',
    unionKey: 'qingdao-chengyang-crrc-sifang',
    name: '陈立军',
    sex: 'MALE',
    categories: ['INDUSTRIAL_WORKER', 'KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '中车青岛四方机车车辆股份有限公司转向架制造中心焊工、高级技师。从事高速动车组转向架构架焊接二十余年，攻克构架关键焊缝一次合格率难题，牵头完成焊接工艺改进 17 项，带出高级工以上徒弟 40 余名。',
  },
  {
    campaignKey: 'national-may-day-2025',
    unionKey: 'qingdao-shibei-qingdao-port',
    name: '孙海涛',
    sex: 'MALE',
    categories: ['INDUSTRIAL_WORKER', 'KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '山东港口青岛港集团有限公司自动化码头桥吊司机班组长。参与全自动化集装箱码头调试运行，总结远程操控作业法，单机作业效率屡创全球自动化码头纪录。',
  },
  {
    campaignKey: 'national-may-day-2025',
    unionKey: 'qingdao-health-qdu-hospital',
    name: '刘静怡',
    sex: 'FEMALE',
    categories: ['SCIENCE_EDUCATION', 'WOMAN'],
    consent: NO_PHOTO,
    citation:
      '青岛大学附属医院心血管内科主任医师。带领团队开展复杂冠脉介入和胸痛中心建设，推动区域胸痛救治网络覆盖基层医院，急性心梗救治时间明显缩短。',
  },
  {
    campaignKey: 'qingdao-may-day-2025',
    unionKey: 'qingdao-shinan-hisense',
    name: '赵文博',
    sex: 'MALE',
    categories: ['FRONT_LINE', 'ENTERPRISE_STAFF', 'SCIENCE_EDUCATION'],
    consent: ALL,
    citation:
      '海信集团控股股份有限公司显示技术研发工程师。主持激光显示光学引擎关键部件攻关，获授权发明专利 12 项，相关产品实现规模化量产。',
  },
  {
    campaignKey: 'qingdao-may-day-2025',
    unionKey: 'qingdao-shibei-qd-beer-brewery',
    name: '王丽娟',
    sex: 'FEMALE',
    categories: ['FRONT_LINE', 'ENTERPRISE_STAFF', 'WOMAN'],
    consent: ALL,
    citation:
      '青岛啤酒股份有限公司青岛啤酒厂酿造车间品酒师。坚守酿造一线二十年，总结"感官品评五步法"，带领班组连续五年保持质量零投诉。',
  },
  {
    campaignKey: 'qingdao-may-day-2025',
    unionKey: 'qingdao-transport-qd-metro',
    name: '周振华',
    sex: 'MALE',
    categories: ['FRONT_LINE', 'ENTERPRISE_STAFF', 'MIGRANT_WORKER'],
    consent: NO_PHOTO,
    citation:
      '青岛地铁集团有限公司车辆检修工。扎根夜间检修岗位，首创转向架快速检测工装，单列检修时间缩短三成，累计排除行车隐患 300 余处。',
  },
  {
    campaignKey: 'qingdao-may-day-2025',
    unionKey: 'qingdao-pingdu-pd-hospital',
    name: '高晓燕',
    sex: 'FEMALE',
    categories: ['FRONT_LINE', 'SCIENCE_EDUCATION', 'WOMAN'],
    consent: ['NAME'],
    citation:
      '平度市人民医院急诊科护士长。组建县域急救护理团队，规范院前院内衔接流程，多次参与重大突发事件医疗救援。',
  },
  {
    campaignKey: 'qingdao-may-day-2025',
    unionKey: 'qingdao-huangdao-qqct',
    name: '马国强',
    sex: 'MALE',
    categories: ['FRONT_LINE', 'ENTERPRISE_STAFF', 'MIGRANT_WORKER'],
    consent: ALL,
    citation:
      '青岛前湾集装箱码头有限责任公司桥吊司机。练就"一钩准"绝活，总结双吊具作业法在全港推广，多次刷新集装箱装卸效率纪录。',
  },
  {
    campaignKey: 'qingdao-craftsman-2025',
    unionKey: 'qingdao-laoshan-haier',
    name: '李春雷',
    sex: 'MALE',
    categories: ['INDUSTRIAL_WORKER'],
    consent: ALL,
    citation:
      '海尔集团公司模具钳工、特级技师。深耕精密模具制造三十年，研发模具快速换型技术，换模时间由 2 小时缩短至 15 分钟，创建市级技能大师工作室。',
  },
  {
    campaignKey: 'qingdao-craftsman-2025',
    unionKey: 'qingdao-huangdao-beihai-shipyard',
    name: '韩志刚',
    sex: 'MALE',
    categories: ['INDUSTRIAL_WORKER', 'KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '青岛北海造船有限公司船体装配工、高级技师。参与超大型矿砂船建造，总结分段精度控制法，船体合拢一次成功率达到百分之百。',
  },
  {
    campaignKey: 'qingdao-craftsman-2025',
    unionKey: 'qingdao-jimo-faw-vw-qd',
    name: '张雪梅',
    sex: 'FEMALE',
    categories: ['INDUSTRIAL_WORKER', 'WOMAN'],
    consent: NO_PHOTO,
    citation:
      '一汽-大众汽车有限公司青岛分公司总装车间质量检验员。建立整车电气故障诊断数据库，带领"巾帼质量攻关组"解决疑难问题 60 余项。',
  },
  {
    campaignKey: 'qingdao-craftsman-2025',
    unionKey: 'qingdao-education-qd-technician-college',
    name: '杨明远',
    sex: 'MALE',
    categories: ['SCIENCE_EDUCATION'],
    consent: ALL,
    citation:
      '青岛技师学院数控加工专业教师。指导学生在世界技能大赛全国选拔赛中获得佳绩，开发一体化课程 8 门，为企业培养数控技能人才千余名。',
  },
];

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A stable demo certificate code in the real codes' format (XXXX-XXXX-XXXX). */
function demoCertificateCode(key: string): string {
  const digest = createHash('sha256').update(`gonghui-demo-certificate:${key}`).digest();
  let text = '';
  for (let index = 0; index < 12; index += 1) {
    text += CODE_ALPHABET[(digest[index] ?? 0) % CODE_ALPHABET.length];
  }
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
}

const dateColumn = (date: string) => new Date(`${date}T00:00:00Z`);

/** The rows of the demo honors, for seedDemoIfEmpty's transaction. */
export function demoHonorRows(
  organizations: readonly DemoOrganizationRow[],
  uuidOf: (key: string) => string,
) {
  const byId = new Map(organizations.map((row) => [row.id, row]));
  const organization = (key: string) => {
    const row = byId.get(uuidOf(key));
    if (!row) throw new Error(`demo honors: no organisation ${key}`);
    return row;
  };
  const qingdaoNominator = { id: uuidOf('staff:qingdao.admin'), name: '王建国' };
  const langfangNominator = { id: uuidOf('staff:langfang.admin'), name: '孙立华' };
  const nominatorOf = (campaignKey: string) =>
    langfangCampaigns.some((campaign) => campaign.key === campaignKey)
      ? langfangNominator
      : qingdaoNominator;
  const decider = { id: uuidOf('staff:super.admin'), name: '平台管理员' };
  const campaignRows: Prisma.HonorCampaignCreateManyInput[] = [];
  const nominationRows: Prisma.HonorNominationCreateManyInput[] = [];
  const consentRows: Prisma.HonorConsentCreateManyInput[] = [];
  const eventRows: Prisma.HonorNominationEventCreateManyInput[] = [];
  const awardRows: Prisma.HonorAwardCreateManyInput[] = [];
  const campaignByKey = new Map<string, { id: string; campaign: DemoCampaign }>();
  const keyById = new Map<string, string>();
  const collectKeys = (node: DemoOrganization) => {
    keyById.set(uuidOf(node.key), node.key);
    for (const child of node.children ?? []) collectKeys(child);
  };
  collectKeys(demoOrganizationTree);
  const campaigns = [...qingdaoCampaigns, ...langfangCampaigns];
  // Langfang's come after Qingdao's, so the earlier honorees keep their seed keys (and ids).
  const honorees = [
    ...qingdaoHonorees,
    ...langfangHonorees(organizations, uuidOf, (row) => keyById.get(row.id) ?? row.id),
  ];

  for (const campaign of campaigns) {
    const organizer = organization(campaign.organizerKey);
    const id = uuidOf(`honor-campaign:${campaign.key}`);
    campaignByKey.set(campaign.key, { id, campaign });
    campaignRows.push({
      id,
      organizationId: organizer.id,
      lineageIds: organizer.lineageIds,
      name: campaign.name,
      titleCode: campaign.titleCode,
      year: campaign.year,
      quotaRules: [],
      nominationDeadline: dateColumn(campaign.deadline),
      noticeWorkingDays: 5,
      createdByStaffId: ['acftu', 'hebei'].includes(campaign.organizerKey)
        ? decider.id
        : nominatorOf(campaign.key).id,
      createdAt: new Date(`${campaign.deadline}T00:00:00Z`),
    });
  }

  honorees.forEach((honoree, index) => {
    const entry = campaignByKey.get(honoree.campaignKey);
    if (!entry) throw new Error(`demo honors: no campaign ${honoree.campaignKey}`);
    const { campaign } = entry;
    const nominator = nominatorOf(honoree.campaignKey);
    const title = findHonorTitle(honorCatalogue, campaign.titleCode);
    if (!title) throw new Error(`demo honors: unknown title ${campaign.titleCode}`);
    const union = organization(honoree.unionKey);
    const notice = planPublicNotice(campaign.noticeStartsOn, honorCalendar, 5);
    if (!notice.ok) throw new Error(`demo honors: ${notice.error.message}`);
    const key = `honor-nomination:${index}`;
    const id = uuidOf(key);
    const publishedAt = new Date(campaign.publishedAt);
    const givenOn = notice.value.endsOn;
    nominationRows.push({
      id,
      campaignId: entry.id,
      organizationId: union.id,
      lineageIds: union.lineageIds,
      subject: title.subject,
      name: honoree.name,
      sex: honoree.sex,
      employerName: union.employerName ?? union.name,
      regionCode: union.regionCode,
      industry: union.industry ?? null,
      photoUrl: null,
      citation: honoree.citation,
      categories: honoree.categories,
      state: 'PUBLISHED',
      nominatedByStaffId: nominator.id,
      submittedByStaffId: nominator.id,
      noticeStartsOn: dateColumn(notice.value.startsOn),
      noticeEndsOn: dateColumn(notice.value.endsOn),
      createdAt: new Date(`${campaign.deadline}T01:00:00Z`),
    });
    consentRows.push({
      id: uuidOf(`honor-consent:${index}`),
      nominationId: id,
      givenBy: honoree.name,
      givenOn: dateColumn(givenOn),
      scopes: honoree.consent,
      recordedByStaffId: nominator.id,
      recordedAt: new Date(`${givenOn}T03:00:00Z`),
    });
    const steps: [string, string | null, string, { id: string; name: string }, Date][] = [
      ['CREATE', null, 'DRAFT', nominator, new Date(`${campaign.deadline}T01:00:00Z`)],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', nominator, new Date(`${campaign.deadline}T02:00:00Z`)],
      [
        'QUALIFY',
        'SUBMITTED',
        'QUALIFIED',
        decider,
        new Date(`${notice.value.startsOn}T00:30:00Z`),
      ],
      [
        'START_NOTICE',
        'QUALIFIED',
        'PUBLIC_NOTICE',
        decider,
        new Date(`${notice.value.startsOn}T01:00:00Z`),
      ],
      ['CONSENT', 'PUBLIC_NOTICE', 'PUBLIC_NOTICE', nominator, new Date(`${givenOn}T03:00:00Z`)],
      [
        'APPROVE',
        'PUBLIC_NOTICE',
        'APPROVED',
        decider,
        new Date(publishedAt.getTime() - 86_400_000),
      ],
      ['PUBLISH', 'APPROVED', 'PUBLISHED', decider, publishedAt],
    ];
    steps.forEach(([action, fromState, toState, actor, createdAt], step) => {
      eventRows.push({
        id: uuidOf(`honor-event:${index}:${step}`),
        nominationId: id,
        action,
        fromState: fromState as Prisma.HonorNominationEventCreateManyInput['fromState'],
        toState: toState as Prisma.HonorNominationEventCreateManyInput['toState'],
        actorStaffId: actor.id,
        actorName: actor.name,
        createdAt,
      });
    });
    awardRows.push({
      id: uuidOf(`honor-award:${index}`),
      nominationId: id,
      campaignId: entry.id,
      lineageIds: union.lineageIds,
      titleCode: title.code,
      titleName: title.name,
      level: title.level,
      subject: title.subject,
      year: campaign.year,
      name: honoree.name,
      employerName: union.employerName ?? union.name,
      regionCode: union.regionCode,
      industry: union.industry ?? null,
      citation: honoree.citation,
      photoUrl: null,
      publicScopes: [
        ...publicProfileScopes(
          { givenBy: honoree.name, givenOn, scopes: honoree.consent, withdrawnOn: null },
          givenOn,
        ),
      ],
      certificateCode: demoCertificateCode(key),
      publishedAt,
    });
  });
  return {
    campaigns: campaignRows,
    nominations: nominationRows,
    consents: consentRows,
    events: eventRows,
    awards: awardRows,
  };
}
