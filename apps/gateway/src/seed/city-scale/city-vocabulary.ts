import type { NewEmploymentGroup } from '@gonghui/domain';

/**
 * The words the city-scale generator builds Qingdao from: the real streets, towns and parks of
 * each district (by administrative division code), employer name parts, industries and the
 * new-employment groups' joint unions. Data only; the choices are made in generate-city.ts.
 */

/** Streets (街道) and towns (镇) of each Qingdao district, by region code. */
export const QINGDAO_TOWNSHIPS: Readonly<Record<string, readonly string[]>> = {
  '370202': [
    '八大峡街道',
    '云南路街道',
    '中山路街道',
    '江苏路街道',
    '八大关街道',
    '湛山街道',
    '香港中路街道',
    '八大湖街道',
    '金门路街道',
    '珠海路街道',
    '金湖路街道',
  ],
  '370203': [
    '辽宁路街道',
    '延安路街道',
    '登州路街道',
    '宁夏路街道',
    '敦化路街道',
    '辽源路街道',
    '合肥路街道',
    '大港街道',
    '即墨路街道',
    '台东街道',
    '镇江路街道',
    '浮山新区街道',
    '四方街道',
    '海伦路街道',
    '兴隆路街道',
    '水清沟街道',
    '洛阳路街道',
    '河西街道',
    '双山街道',
    '阜新路街道',
    '湖岛街道',
    '开平路街道',
  ],
  '370211': [
    '黄岛街道',
    '辛安街道',
    '薛家岛街道',
    '灵珠山街道',
    '长江路街道',
    '红石崖街道',
    '灵山卫街道',
    '珠海街道',
    '隐珠街道',
    '铁山街道',
    '滨海街道',
    '胶南街道',
    '张家楼街道',
    '王台镇',
    '泊里镇',
    '大场镇',
    '大村镇',
    '六汪镇',
    '宝山镇',
    '琅琊镇',
    '海青镇',
    '藏南镇',
  ],
  '370212': ['中韩街道', '沙子口街道', '王哥庄街道', '北宅街道', '金家岭街道'],
  '370213': [
    '振华路街道',
    '永清路街道',
    '永安路街道',
    '兴华路街道',
    '浮山路街道',
    '楼山街道',
    '李村街道',
    '虎山路街道',
    '九水街道',
    '湘潭路街道',
    '世园街道',
  ],
  '370214': [
    '城阳街道',
    '流亭街道',
    '夏庄街道',
    '惜福镇街道',
    '棘洪滩街道',
    '上马街道',
    '河套街道',
    '红岛街道',
  ],
  '370215': [
    '环秀街道',
    '潮海街道',
    '通济街道',
    '北安街道',
    '龙山街道',
    '龙泉街道',
    '鳌山卫街道',
    '温泉街道',
    '灵山街道',
    '蓝村街道',
    '段泊岚镇',
    '移风店镇',
    '田横镇',
    '金口镇',
  ],
  '370281': [
    '阜安街道',
    '中云街道',
    '三里河街道',
    '九龙街道',
    '胶东街道',
    '胶北街道',
    '胶西街道',
    '胶莱街道',
    '李哥庄镇',
    '铺集镇',
    '里岔镇',
    '洋河镇',
  ],
  '370283': [
    '东阁街道',
    '凤台街道',
    '白沙河街道',
    '同和街道',
    '李园街道',
    '南村镇',
    '蓼兰镇',
    '崔家集镇',
    '明村镇',
    '田庄镇',
    '新河镇',
    '店子镇',
    '大泽山镇',
    '旧店镇',
    '云山镇',
    '古岘镇',
    '仁兆镇',
  ],
  '370285': [
    '水集街道',
    '望城街道',
    '沽河街道',
    '姜山镇',
    '夏格庄镇',
    '院上镇',
    '日庄镇',
    '南墅镇',
    '河头店镇',
    '店埠镇',
    '马连庄镇',
  ],
};

/** Parks (园区) of each district, by region code. */
export const QINGDAO_PARKS: Readonly<Record<string, readonly string[]>> = {
  '370202': ['青岛国际创新园'],
  '370203': ['青岛中央商务区'],
  '370211': ['青岛经济技术开发区', '中德生态园', '董家口经济区', '青岛国际经济合作区'],
  '370212': ['崂山科技城'],
  '370213': ['青岛国际院士港'],
  '370214': ['青岛高新技术产业开发区', '青岛空港综合保税区'],
  '370215': ['青岛蓝谷', '即墨经济开发区'],
  '370281': ['中国—上海合作组织地方经贸合作示范区', '胶州经济技术开发区'],
  '370283': ['平度经济开发区'],
  '370285': ['莱西经济开发区'],
};

/** Relative size of each district's economy (share of the city's unions and members). */
export const DISTRICT_WEIGHTS: Readonly<Record<string, number>> = {
  '370202': 8,
  '370203': 10,
  '370211': 20,
  '370212': 7,
  '370213': 8,
  '370214': 14,
  '370215': 12,
  '370281': 9,
  '370283': 7,
  '370285': 5,
};

/** Districts whose people more often come from the countryside (ID numbers of migrants). */
export const RURAL_REGION_CODES = ['370283', '370285', '370281', '370215', '370211'] as const;

export type CityIndustry = {
  /** The industry as the organisation records it (GB/T 4754 section, as in the demo). */
  industry: string;
  /** Words for the employer's line of business. */
  trades: readonly string[];
  /** Relative number of employers. */
  weight: number;
  /** Share of migrant workers among members. */
  migrantShare: number;
  /** The new-employment group most of its workers belong to, when it has one. */
  group?: NewEmploymentGroup;
  /** Share of members in that group. */
  groupShare?: number;
  /** Typical headcount (median of a log-normal). */
  medianHeadcount: number;
};

/** Employers' industries in proportions close to a coastal manufacturing city's. */
export const CITY_INDUSTRIES: readonly CityIndustry[] = [
  {
    industry: '制造业',
    trades: [
      '机械制造',
      '电子科技',
      '橡胶制品',
      '食品',
      '纺织服装',
      '汽车零部件',
      '精密机械',
      '家电配件',
      '新材料',
      '海洋生物',
      '船舶配套',
      '轨道交通装备',
    ],
    weight: 30,
    migrantShare: 0.62,
    medianHeadcount: 120,
  },
  {
    industry: '建筑业',
    trades: ['建设工程', '建筑安装工程', '市政工程', '装饰工程', '路桥工程'],
    weight: 8,
    migrantShare: 0.85,
    medianHeadcount: 90,
  },
  {
    industry: '交通运输',
    trades: ['物流', '国际货运代理', '运输', '港口服务', '供应链管理'],
    weight: 6,
    migrantShare: 0.66,
    group: 'TRUCK_DRIVER',
    groupShare: 0.55,
    medianHeadcount: 70,
  },
  {
    industry: '交通运输',
    trades: ['速递', '快递服务', '快运'],
    weight: 2.5,
    migrantShare: 0.74,
    group: 'COURIER',
    groupShare: 0.8,
    medianHeadcount: 60,
  },
  {
    industry: '住宿和餐饮业',
    trades: ['即时配送', '同城配送'],
    weight: 2,
    migrantShare: 0.7,
    group: 'FOOD_DELIVERY_RIDER',
    groupShare: 0.85,
    medianHeadcount: 80,
  },
  {
    industry: '交通运输',
    trades: ['网约车服务', '出行服务'],
    weight: 1.5,
    migrantShare: 0.45,
    group: 'RIDE_HAILING_DRIVER',
    groupShare: 0.85,
    medianHeadcount: 50,
  },
  {
    industry: '租赁和商务服务业',
    trades: ['保安服务', '安保服务'],
    weight: 1.2,
    migrantShare: 0.6,
    group: 'SECURITY_GUARD',
    groupShare: 0.85,
    medianHeadcount: 90,
  },
  {
    industry: '居民服务业',
    trades: ['家政服务', '家庭服务'],
    weight: 1.5,
    migrantShare: 0.72,
    group: 'DOMESTIC_WORKER',
    groupShare: 0.8,
    medianHeadcount: 40,
  },
  {
    industry: '卫生',
    trades: ['护理服务', '养老服务'],
    weight: 1.2,
    migrantShare: 0.6,
    group: 'CARER',
    groupShare: 0.75,
    medianHeadcount: 45,
  },
  {
    industry: '批发和零售业',
    trades: ['商贸', '百货', '超市', '贸易', '医药连锁'],
    weight: 12,
    migrantShare: 0.48,
    group: 'MALL_PROMOTER',
    groupShare: 0.08,
    medianHeadcount: 45,
  },
  {
    industry: '住宿和餐饮业',
    trades: ['餐饮管理', '酒店管理', '大酒店'],
    weight: 6,
    migrantShare: 0.58,
    medianHeadcount: 55,
  },
  {
    industry: '信息技术',
    trades: ['软件', '信息技术', '网络科技', '数据科技'],
    weight: 6,
    migrantShare: 0.08,
    medianHeadcount: 60,
  },
  {
    industry: '房地产业',
    trades: ['物业管理', '置业'],
    weight: 4,
    migrantShare: 0.52,
    group: 'SECURITY_GUARD',
    groupShare: 0.05,
    medianHeadcount: 70,
  },
  {
    industry: '金融业',
    trades: ['融资租赁', '保险代理', '投资管理'],
    weight: 2,
    migrantShare: 0.04,
    medianHeadcount: 40,
  },
  {
    industry: '科学研究和技术服务业',
    trades: ['检测技术', '工程设计', '环境科技'],
    weight: 3,
    migrantShare: 0.1,
    medianHeadcount: 35,
  },
  {
    industry: '农林牧渔业',
    trades: ['水产', '农业发展', '茶业', '果蔬专业合作社'],
    weight: 3,
    migrantShare: 0.8,
    medianHeadcount: 30,
  },
  {
    industry: '文化体育和娱乐业',
    trades: ['文化传媒', '体育发展', '影视'],
    weight: 1.8,
    migrantShare: 0.15,
    medianHeadcount: 30,
  },
];

/** Joint grassroots unions (联合工会) organised around a new-employment group, by district. */
export const GROUP_JOINT_UNIONS: readonly {
  name: string;
  industry: string;
  group: NewEmploymentGroup;
  /** Relative size (members). */
  weight: number;
}[] = [
  { name: '快递行业联合工会', industry: '交通运输', group: 'COURIER', weight: 30 },
  {
    name: '外卖配送行业联合工会',
    industry: '住宿和餐饮业',
    group: 'FOOD_DELIVERY_RIDER',
    weight: 25,
  },
  { name: '货车司机联合工会', industry: '交通运输', group: 'TRUCK_DRIVER', weight: 22 },
  { name: '网约车司机联合工会', industry: '交通运输', group: 'RIDE_HAILING_DRIVER', weight: 8 },
  { name: '保安员联合工会', industry: '租赁和商务服务业', group: 'SECURITY_GUARD', weight: 6 },
  { name: '家政服务业联合工会', industry: '居民服务业', group: 'DOMESTIC_WORKER', weight: 4 },
  { name: '护理员联合工会', industry: '卫生', group: 'CARER', weight: 3 },
  { name: '商场信息员联合工会', industry: '批发和零售业', group: 'MALL_PROMOTER', weight: 2 },
];

/** Characters of employers' trade names (字号). */
export const TRADE_NAME_CHARACTERS =
  '海泰恒鑫华盛瑞德丰信达源隆嘉宏远通顺安康富祥和润昌兴金利永益裕新星辰光明正大中联成汇诚凯旭东方北创宇博森林鹏飞腾骏峰川江河湖泉蓝青崂琴岛港湾帆';

/** Communities (社区) a street's joint union (社区联合工会) may be named after. */
export const COMMUNITY_NAMES =
  '春阳,海滨,和平,幸福,东山,西岭,南岭,北岭,湖光,翠湖,金沙,银海,青山,绿岛,福兴,安居,瑞昌,兴隆,红旗,振华,前进,新村,花园,锦绣,滨河,观海,望海,云岭,长乐,永和'.split(
    ',',
  );

/** Surnames with rough weights for Shandong (a surname repeated is more frequent). */
export const SURNAMES =
  '王王王王王李李李李张张张张刘刘刘刘陈陈杨杨赵赵孙孙孙周周吴徐徐马马朱胡郭何高林郑梁宋宋唐许韩冯于于于姜姜姜曲曲邵董袁潘蒋蔡程苏魏吕丁任沈姚卢崔崔钟谭陆范金石贾夏付方白邹孟秦江尹薛段侯史陶贺毛郝邢隋栾宫矫臧逄衣';

/** Characters of given names (one or two are drawn). */
export const GIVEN_NAME_CHARACTERS =
  '伟芳娜英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华燕志梅庆玉文博涵宇航欣怡浩然萱俊东红立新德胜建国晓海波鹏辉琳雪婷倩慧颖佳琪子轩梓晨睿泽阳凯飞峰鑫';
