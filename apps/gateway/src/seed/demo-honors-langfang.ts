import { createHash } from 'node:crypto';
import type { CalendarDate, ConsentScope } from '@gonghui/domain';
import type { DemoCampaign, DemoHonoree } from './demo-honors.js';
import type { DemoOrganizationRow } from './seed-demo.js';

/**
 * Langfang's 2024 honors, in the numbers the seeds report (seed 004, 廊坊市总工会: "2024年我市获评
 * 全国五一劳动奖章3名、全国工人先锋号2家、省劳动模范49名、省先进工作者17名、省先进集体12家").
 *
 * The counts are the real ones; the people, teams and citations are INVENTED demo data in the
 * style of the published lists (the seeds name none of Langfang's honorees), spread over the
 * employers of the demo tree's Langfang unions. Every demo honoree has a recorded consent that
 * covers at least the name, so `honorStats(filter: {regionCode: "131000", year: 2024})` gives
 * the seed's figures. The campaign dates are plausible, not the real ones.
 */

const ALL: ConsentScope[] = ['NAME', 'PHOTO', 'STORY'];
const NO_PHOTO: ConsentScope[] = ['NAME', 'STORY'];

export const langfangCampaigns: DemoCampaign[] = [
  {
    key: 'national-may-day-2024',
    organizerKey: 'acftu',
    name: '2024年全国五一劳动奖章推荐评选',
    titleCode: 'NATIONAL_MAY_DAY_MEDAL',
    year: 2024,
    deadline: '2024-02-29' as CalendarDate,
    noticeStartsOn: '2024-03-25' as CalendarDate,
    publishedAt: '2024-04-26T02:00:00Z',
  },
  {
    key: 'national-pioneer-2024',
    organizerKey: 'acftu',
    name: '2024年全国工人先锋号推荐评选',
    titleCode: 'NATIONAL_WORKERS_PIONEER',
    year: 2024,
    deadline: '2024-02-29' as CalendarDate,
    noticeStartsOn: '2024-03-25' as CalendarDate,
    publishedAt: '2024-04-26T02:00:00Z',
  },
  {
    key: 'hebei-model-worker-2024',
    organizerKey: 'hebei',
    name: '2024年河北省劳动模范推荐评选',
    titleCode: 'PROVINCIAL_MODEL_WORKER',
    year: 2024,
    deadline: '2024-03-15' as CalendarDate,
    noticeStartsOn: '2024-04-08' as CalendarDate,
    publishedAt: '2024-04-29T02:00:00Z',
  },
  {
    key: 'hebei-advanced-worker-2024',
    organizerKey: 'hebei',
    name: '2024年河北省先进工作者推荐评选',
    titleCode: 'PROVINCIAL_ADVANCED_WORKER',
    year: 2024,
    deadline: '2024-03-15' as CalendarDate,
    noticeStartsOn: '2024-04-08' as CalendarDate,
    publishedAt: '2024-04-29T02:00:00Z',
  },
  {
    key: 'hebei-advanced-collective-2024',
    organizerKey: 'hebei',
    name: '2024年河北省先进集体推荐评选',
    titleCode: 'PROVINCIAL_ADVANCED_COLLECTIVE',
    year: 2024,
    deadline: '2024-03-15' as CalendarDate,
    noticeStartsOn: '2024-04-08' as CalendarDate,
    publishedAt: '2024-04-29T02:00:00Z',
  },
];

/** The seed's figures, by campaign: how many awards each one publishes for Langfang. */
export const LANGFANG_2024_COUNTS = Object.freeze({
  'national-may-day-2024': 3,
  'national-pioneer-2024': 2,
  'hebei-model-worker-2024': 49,
  'hebei-advanced-worker-2024': 17,
  'hebei-advanced-collective-2024': 12,
} as const);

/** The five national honorees, written out one by one. */
const nationalHonorees: Omit<DemoHonoree, 'campaignKey'>[] = [
  {
    unionKey: 'langfang-guangyang-cppe',
    name: '郑宏伟',
    sex: 'MALE',
    categories: ['INDUSTRIAL_WORKER', 'KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '中国石油管道局工程有限公司焊接技术专家、高级技师。扎根长输管道焊接一线三十年，牵头研制全自动焊接工艺，参建油气管道 20 余条，焊口一次合格率保持在百分之九十九以上，带出焊接技能人才 200 余名。',
  },
  {
    unionKey: 'langfang-guangyang-riped-langfang',
    name: '许明辉',
    sex: 'MALE',
    categories: ['SCIENCE_EDUCATION', 'KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '中国石油勘探开发研究院廊坊分院高级工程师。长期从事天然气储层改造技术研究，主持完成压裂液体系攻关，获授权发明专利 9 项，成果在多个气田推广应用。',
  },
  {
    unionKey: 'langfang-gu-an-ga-hospital',
    name: '田秀兰',
    sex: 'FEMALE',
    categories: ['FRONT_LINE', 'WOMAN'],
    consent: NO_PHOTO,
    citation:
      '固安县人民医院重症医学科护士长。扎根县域重症护理岗位二十年，建立危重患者分级护理流程，带领团队连续多年实现护理安全零差错。',
  },
];

const nationalPioneers: Omit<DemoHonoree, 'campaignKey'>[] = [
  {
    unionKey: 'langfang-guangyang-crcc-langfang-east',
    name: '中铁建工集团有限公司廊坊东站项目部站房施工青年突击队',
    sex: null,
    categories: ['KEY_INDUSTRY'],
    consent: ALL,
    citation:
      '京津冀区域重点工程建设团队。开展"攻坚克难60天 决战决胜保开通"劳动竞赛，倒排工期、昼夜攻坚，提前完成站房主体结构施工节点，实现安全质量零事故。',
  },
  {
    unionKey: 'langfang-anci-logistics-ac-logistics',
    name: '廊坊安运通物流有限公司冷链运输调度班',
    sex: null,
    categories: ['FRONT_LINE', 'NON_PUBLIC_SECTOR'],
    consent: ALL,
    citation:
      '服务京津冀生鲜物资保供的冷链运输班组。建立"一车一码"全程温控调度制度，年均安全行驶 300 万公里，保障民生物资准时送达。',
  },
];

/** Occupations by industry, for the generated provincial honorees: [post, deed]. */
const personStories: Record<string, [string, string][]> = {
  卫生: [
    [
      '主任医师',
      '带领科室开展微创手术新技术 20 余项，牵头组建县域医共体远程会诊平台，让群众在家门口看上大医院专家',
    ],
    [
      '护士长',
      '规范急危重症护理流程，组建志愿护理服务队深入乡村开展健康宣教，所在病区连续多年护理质量考核第一',
    ],
    ['公共卫生科科长', '建立重点人群健康档案动态管理机制，完成辖区慢性病筛查 3 万余人次'],
  ],
  建筑业: [
    ['项目经理', '主持重点工程建设，推行精细化管理和标准化施工，项目获省级安全文明工地称号'],
    [
      '钢结构焊工、高级技师',
      '攻克厚板异种钢焊接难题，焊缝探伤一次合格率达到百分之百，带徒 30 余名',
    ],
    ['施工员', '坚守施工一线，总结冬季施工质量控制法，参建工程全部一次验收合格'],
  ],
  制造业: [
    [
      '车间主任',
      '带领班组开展精益生产改善，年降本增效 300 余万元，产品一次交检合格率提升至百分之九十九',
    ],
    [
      '设备维修电工、技师',
      '完成设备技术革新 15 项，解决生产线关键设备故障难题，设备综合效率提高两成',
    ],
    ['质检员', '建立原材料和成品全流程质量追溯制度，连续五年保持客户质量零投诉'],
    ['技术员', '参与新产品研发，取得实用新型专利 6 项，推动企业产品进入京津高端市场'],
  ],
  交通运输: [
    ['货车驾驶员', '安全行驶 150 万公里无事故，主动参与抢险救灾物资运输任务'],
    ['调度员', '优化线路调度方案，车辆周转效率提高三成，保障重点物资运输畅通'],
  ],
  批发和零售业: [
    [
      '营业部经理',
      '坚持诚信经营、优质服务，带领团队创建市级文明服务窗口，顾客满意率保持在百分之九十八以上',
    ],
  ],
  房地产业: [
    ['工程管理部经理', '统筹产业新城基础设施建设，推行质量样板引路制度，多个项目获省级优质工程奖'],
  ],
  科学研究和技术服务业: [
    ['高级工程师', '长期从事油气田开发技术研究，主持科研项目 12 项，获省部级科技进步奖 3 项'],
    ['实验室主任', '建成岩心分析实验平台，牵头制定行业标准 2 项，培养青年科研骨干 20 余名'],
  ],
  教育: [
    ['高级教师、班主任', '从教二十五年，坚持因材施教，所带班级成绩优异，多名学生获省级竞赛奖励'],
  ],
};

const defaultStory: [string, string] = [
  '业务骨干',
  '爱岗敬业、勇于创新，带领团队圆满完成年度重点任务，多次被评为先进个人',
];

const collectiveStories: Record<string, [string, string][]> = {
  卫生: [
    ['急诊科', '建成胸痛、卒中、创伤救治中心，开通院前院内绿色通道，急危重症抢救成功率显著提升'],
  ],
  建筑业: [['工程项目部', '推行智慧工地管理，提前完成重点工程节点目标，实现安全生产零事故']],
  制造业: [['生产车间', '开展"五小"创新活动，年实施合理化建议 200 余条，创效益 500 余万元']],
  交通运输: [['运输车队', '建立安全驾驶积分和师带徒制度，连续三年安全行车无责任事故']],
  批发和零售业: [['客户服务部', '打造"暖心服务"品牌，建立顾客诉求首问负责制，获市级青年文明号']],
  科学研究和技术服务业: [['研究所', '攻克低渗透储层改造关键技术，成果在多个油气田推广应用']],
  教育: [['高三年级组', '坚持全员育人、精细管理，教育教学质量连续多年位居全市前列']],
  房地产业: [['工程建设部', '统筹产业园区配套建设，多个项目获省级优质工程奖']],
};

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN_MALE = [
  '建军',
  '国华',
  '志刚',
  '海涛',
  '永强',
  '立新',
  '宏亮',
  '振东',
  '文斌',
  '俊峰',
  '明杰',
  '学军',
  '春生',
  '晓东',
  '卫国',
  '鹏飞',
  '广元',
  '德胜',
  '兴旺',
  '子豪',
];
const GIVEN_FEMALE = [
  '秀英',
  '丽华',
  '春梅',
  '晓燕',
  '玉兰',
  '海霞',
  '雪梅',
  '静怡',
  '淑芬',
  '红梅',
  '美玲',
  '彩云',
  '慧敏',
  '桂芳',
  '佳琪',
];

/** A stable pseudo-random number in [0, n) from a seed key. */
function pick(key: string, n: number): number {
  return createHash('sha256').update(`gonghui-demo-langfang:${key}`).digest().readUInt32BE(0) % n;
}

function personName(key: string, female: boolean): string {
  const surname = SURNAMES[pick(`${key}:surname`, SURNAMES.length)] ?? '王';
  const given = female ? GIVEN_FEMALE : GIVEN_MALE;
  return `${surname}${given[pick(`${key}:given`, given.length)] ?? '建国'}`;
}

/** The Langfang unions that name an employer, in tree order: where the honorees work. */
function langfangEmployers(organizations: readonly DemoOrganizationRow[], langfangId: string) {
  return organizations.filter(
    (row) => row.lineageIds.includes(langfangId) && row.employerName && row.id !== langfangId,
  );
}

/** Public institutions (事业单位) — where 先进工作者 come from. */
const PUBLIC_INSTITUTION_INDUSTRIES = new Set(['卫生', '教育', '科学研究和技术服务业']);

/**
 * The 83 Langfang honorees of 2024: the five national ones above, then 49 model workers, 17
 * advanced workers and 12 advanced collectives generated over the demo tree's employers.
 */
export function langfangHonorees(
  organizations: readonly DemoOrganizationRow[],
  uuidOf: (key: string) => string,
  keyOf: (row: DemoOrganizationRow) => string,
): DemoHonoree[] {
  const employers = langfangEmployers(organizations, uuidOf('langfang'));
  const institutions = employers.filter((row) =>
    PUBLIC_INSTITUTION_INDUSTRIES.has(row.industry ?? ''),
  );
  const enterprises = employers.filter(
    (row) =>
      !PUBLIC_INSTITUTION_INDUSTRIES.has(row.industry ?? '') ||
      row.industry === '科学研究和技术服务业',
  );
  const honorees: DemoHonoree[] = [
    ...nationalHonorees.map((h) => ({ ...h, campaignKey: 'national-may-day-2024' })),
    ...nationalPioneers.map((h) => ({ ...h, campaignKey: 'national-pioneer-2024' })),
  ];
  const usedNames = new Set<string>();
  const uniqueName = (key: string, female: boolean) => {
    for (let attempt = 0; ; attempt += 1) {
      const name = personName(`${key}:${attempt}`, female);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const person = (campaignKey: string, index: number, pool: readonly DemoOrganizationRow[]) => {
    const key = `${campaignKey}:${index}`;
    const union = pool[index % pool.length] as DemoOrganizationRow;
    const stories = personStories[union.industry ?? ''] ?? [defaultStory];
    const [post, deed] = stories[pick(`${key}:story`, stories.length)] ?? defaultStory;
    const female = pick(`${key}:sex`, 10) < (union.industry === '卫生' ? 6 : 3);
    const categories = [
      PUBLIC_INSTITUTION_INDUSTRIES.has(union.industry ?? '') ? 'SCIENCE_EDUCATION' : 'FRONT_LINE',
      ...(female ? ['WOMAN'] : []),
      ...(union.industry === '制造业' || union.industry === '建筑业' ? ['INDUSTRIAL_WORKER'] : []),
    ];
    const consentChoice = pick(`${key}:consent`, 10);
    honorees.push({
      campaignKey,
      unionKey: keyOf(union),
      name: uniqueName(key, female),
      sex: female ? 'FEMALE' : 'MALE',
      categories,
      consent: consentChoice < 7 ? ALL : consentChoice < 9 ? NO_PHOTO : ['NAME'],
      citation: `${union.employerName}${post}。${deed}。`,
    });
  };
  for (let index = 0; index < LANGFANG_2024_COUNTS['hebei-model-worker-2024']; index += 1) {
    person('hebei-model-worker-2024', index, enterprises);
  }
  for (let index = 0; index < LANGFANG_2024_COUNTS['hebei-advanced-worker-2024']; index += 1) {
    person('hebei-advanced-worker-2024', index, institutions);
  }
  // Twelve different employers, spread over the tree by a stable shuffle.
  const collectiveHosts = [...employers]
    .sort((a, b) => pick(`collective:${a.id}`, 1e6) - pick(`collective:${b.id}`, 1e6))
    .slice(0, LANGFANG_2024_COUNTS['hebei-advanced-collective-2024']);
  for (const union of collectiveHosts) {
    const stories = collectiveStories[union.industry ?? ''] ?? [
      ['综合办公室', '团结协作、服务大局，圆满完成年度各项重点任务'],
    ];
    const [team, deed] = stories[0] as [string, string];
    honorees.push({
      campaignKey: 'hebei-advanced-collective-2024',
      unionKey: keyOf(union),
      name: `${union.employerName}${team}`,
      sex: null,
      categories: PUBLIC_INSTITUTION_INDUSTRIES.has(union.industry ?? '') ? [] : ['FRONT_LINE'],
      consent: ALL,
      citation: `${deed}。`,
    });
  }
  return honorees;
}
