import type { MessageParams } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The innovation pages' text, in their own lazy chunk (the site catalogue holds only the
 * navigation label). English must have every Chinese key.
 */
const zhCN = {
  studiosTitle: '劳模和工匠人才创新工作室',
  studiosIntro:
    '全市创新工作室 {studios} 个，职工创新成果 {results} 项，创造经济效益 {benefit} 万元。',
  resultsTitle: '职工创新成果',
  level: '级别',
  stars: '星级',
  district: '区（市）',
  industryChain: '产业链',
  search: '搜索工作室、领衔人或单位',
  any: '全部',
  apply: '查询',
  total: '共 {total} 个',
  totalResults: '共 {total} 项',
  more: '加载更多',
  empty: '没有符合条件的工作室',
  emptyResults: '没有符合条件的成果',
  unrated: '未评星',
  lead: '领衔人',
  leadProfile: '劳模工匠风采',
  host: '依托单位',
  foundedOn: '成立于 {date}',
  ratings: '星级评定记录',
  noRatings: '尚未评定',
  year: '年度',
  score: '得分',
  change: '变化',
  members: '工作室成员',
  alliances: '参加的联盟',
  left: '（{date} 退出）',
  results: '创新成果',
  type: '成果类型',
  firstCompleter: '第一完成人：{name}',
  benefit: '经济效益 {amount} 万元',
  patent: '专利号 {number}',
  notFound: '找不到该工作室',
  back: '返回工作室名录',
  loadError: '加载失败',
  delisted: '已摘牌',
  suspended: '暂停',
} as const;

export type InnovationMessageKey = keyof typeof zhCN;

const en: Record<InnovationMessageKey, string> = {
  studiosTitle: 'Model-worker and craftsman innovation studios',
  studiosIntro:
    '{studios} studios, {results} workers’ innovation results, {benefit} ten-thousand yuan of economic benefit.',
  resultsTitle: 'Workers’ innovation results',
  level: 'Level',
  stars: 'Stars',
  district: 'District',
  industryChain: 'Industry chain',
  search: 'Search studios, leads or employers',
  any: 'Any',
  apply: 'Search',
  total: '{total} in all',
  totalResults: '{total} in all',
  more: 'Load more',
  empty: 'No studio matches',
  emptyResults: 'No result matches',
  unrated: 'Not rated',
  lead: 'Lead',
  leadProfile: 'Honoree profile',
  host: 'Host employer',
  foundedOn: 'Founded {date}',
  ratings: 'Star ratings',
  noRatings: 'Not evaluated yet',
  year: 'Year',
  score: 'Score',
  change: 'Change',
  members: 'Members',
  alliances: 'Alliances',
  left: ' (left {date})',
  results: 'Innovation results',
  type: 'Type',
  firstCompleter: 'First completer: {name}',
  benefit: 'Economic benefit {amount} ten-thousand yuan',
  patent: 'Patent {number}',
  notFound: 'Studio not found',
  back: 'Back to the studios',
  loadError: 'Could not load',
  delisted: 'De-listed',
  suspended: 'Suspended',
};

const LABELS = {
  'zh-CN': {
    NATIONAL_DEMONSTRATION: '全国示范性',
    PROVINCIAL: '省级',
    CITY: '市级',
    DISTRICT: '区（县）级',
    INITIAL: '首次评定',
    UPGRADE: '升星',
    UNCHANGED: '保持',
    DOWNGRADE: '降星',
    SMALL_INVENTION: '小发明',
    SMALL_CREATION: '小创造',
    SMALL_INNOVATION: '小革新',
    SMALL_DESIGN: '小设计',
    SMALL_SUGGESTION: '小建议',
    INVENTION_PATENT: '发明专利',
    UTILITY_MODEL_PATENT: '实用新型专利',
    DESIGN_PATENT: '外观设计专利',
    RATIONALISATION_PROPOSAL: '合理化建议',
    TECHNICAL_BREAKTHROUGH: '技术攻关',
    REGISTERED: '已登记',
    ASSESSED: '已评估',
    PROMOTED: '发布推介',
    IN_CONVERSION: '跟踪转化',
    RETURNS_SECURED: '收益保障',
    ABANDONED: '已终止',
    CROSS_REGION: '跨区域',
    CROSS_INDUSTRY: '跨行业',
    CROSS_EMPLOYER: '跨企业',
  },
  en: {
    NATIONAL_DEMONSTRATION: 'National demonstration',
    PROVINCIAL: 'Provincial',
    CITY: 'City',
    DISTRICT: 'District',
    INITIAL: 'First rating',
    UPGRADE: 'Upgraded',
    UNCHANGED: 'Unchanged',
    DOWNGRADE: 'Downgraded',
    SMALL_INVENTION: 'Small invention',
    SMALL_CREATION: 'Small creation',
    SMALL_INNOVATION: 'Small improvement',
    SMALL_DESIGN: 'Small design',
    SMALL_SUGGESTION: 'Small suggestion',
    INVENTION_PATENT: 'Invention patent',
    UTILITY_MODEL_PATENT: 'Utility-model patent',
    DESIGN_PATENT: 'Design patent',
    RATIONALISATION_PROPOSAL: 'Rationalisation proposal',
    TECHNICAL_BREAKTHROUGH: 'Technical breakthrough',
    REGISTERED: 'Registered',
    ASSESSED: 'Assessed',
    PROMOTED: 'Promoted',
    IN_CONVERSION: 'In conversion',
    RETURNS_SECURED: 'Returns secured',
    ABANDONED: 'Abandoned',
    CROSS_REGION: 'Cross-region',
    CROSS_INDUSTRY: 'Cross-industry',
    CROSS_EMPLOYER: 'Cross-employer',
  },
} as const;

export type InnovationCode = keyof (typeof LABELS)['zh-CN'];

const catalogues = { 'zh-CN': zhCN, en } as const;

function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** '★★★☆☆' for 3. */
export function starsText(stars: number): string {
  const whole = Math.max(0, Math.min(5, Math.round(stars)));
  return '★'.repeat(whole) + '☆'.repeat(5 - whole);
}

/** Fen as 万元 with up to two decimals (3_500_000 fen → '3.5'). */
export function fenToWanYuan(fen: number): string {
  const wan = Math.round(fen / 10_000) / 100;
  return String(wan);
}

/** The innovation pages' messages and code labels in the reader's language. */
export function useInnovationText() {
  const { locale } = useI18n();
  return {
    locale,
    m: (key: InnovationMessageKey, params?: MessageParams) => fill(catalogues[locale][key], params),
    label: (code: string) => (LABELS[locale] as Record<string, string>)[code] ?? code,
  };
}

export const innovationMessagesForTest = { catalogues, LABELS };
