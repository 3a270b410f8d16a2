import type { MessageParams } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

/** The competitions pages' text, in their own chunk. English must have every Chinese key. */
const zhCN = {
  pageTitle: '劳动和技能竞赛',
  intro: '各级工会组织的职业技能竞赛和重点工程劳动竞赛，成绩公布后可查看名次、奖项和晋级情况。',
  figures: '共举办 {held} 项竞赛，{participants} 人次参赛，{promotions} 人获推荐晋升技能等级',
  empty: '暂无竞赛',
  more: '加载更多',
  published: '成绩已公布',
  unpublished: '比赛进行中',
  back: '返回竞赛列表',
  organizer: '主办',
  coOrganizers: '协办',
  dates: '比赛日期',
  results: '比赛成绩',
  noResults: '成绩尚未公布',
  rank: '名次',
  name: '选手',
  employer: '工作单位',
  total: '总成绩',
  award: '奖项',
  leaderboard: '累计排行',
  unit: '参赛单位',
  cumulative: '累计得分',
  periods: '考核期数',
  redFlags: '流动红旗',
  periodFlags: '各考核期流动红旗',
  noFlag: '尚未评出',
  notFound: '找不到该竞赛',
};

export type CompetitionMessageKey = keyof typeof zhCN;

const en: Record<CompetitionMessageKey, string> = {
  pageTitle: 'Labour and skills competitions',
  intro:
    'Skills competitions and major-project labour competitions run by the unions; ranks, awards and promotions once the results are published.',
  figures:
    '{held} competitions, {participants} entrants, {promotions} recommended for a higher skill level',
  empty: 'No competitions',
  more: 'Load more',
  published: 'Results published',
  unpublished: 'In progress',
  back: 'Back to competitions',
  organizer: 'Organiser',
  coOrganizers: 'Co-organisers',
  dates: 'Dates',
  results: 'Results',
  noResults: 'Results not yet published',
  rank: 'Rank',
  name: 'Contestant',
  employer: 'Employer',
  total: 'Total',
  award: 'Award',
  leaderboard: 'Leaderboard',
  unit: 'Unit',
  cumulative: 'Cumulative score',
  periods: 'Periods',
  redFlags: 'Red flags',
  periodFlags: 'Red flag of each period',
  noFlag: 'Not yet awarded',
  notFound: 'Competition not found',
};

const enumLabels = {
  'zh-CN': {
    SKILLS: '职业技能竞赛',
    LABOUR_PROJECT: '重点工程劳动竞赛',
    SAFETY_KNOWLEDGE: '安康杯安全知识竞赛',
    INNOVATION: '创新竞赛',
    CITY_CLASS_ONE: '市级一类',
    CITY_CLASS_TWO: '市级二类',
    DISTRICT: '区级',
    INDUSTRY: '行业级',
    ENTERPRISE: '企业级',
    FIRST_PRIZE: '一等奖',
    SECOND_PRIZE: '二等奖',
    THIRD_PRIZE: '三等奖',
    GOLD: '金奖',
    SILVER: '银奖',
    BRONZE: '铜奖',
    EXCELLENCE: '优胜奖',
  },
  en: {
    SKILLS: 'Skills competition',
    LABOUR_PROJECT: 'Major-project labour competition',
    SAFETY_KNOWLEDGE: 'Safety knowledge',
    INNOVATION: 'Innovation',
    CITY_CLASS_ONE: 'City class one',
    CITY_CLASS_TWO: 'City class two',
    DISTRICT: 'District',
    INDUSTRY: 'Industry',
    ENTERPRISE: 'Enterprise',
    FIRST_PRIZE: 'First prize',
    SECOND_PRIZE: 'Second prize',
    THIRD_PRIZE: 'Third prize',
    GOLD: 'Gold',
    SILVER: 'Silver',
    BRONZE: 'Bronze',
    EXCELLENCE: 'Excellence award',
  },
} as const;

const catalogues = { 'zh-CN': zhCN, en } as const;

function fill(text: string, params?: MessageParams) {
  return params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      )
    : text;
}

export function useCompetitionText() {
  const { locale } = useI18n();
  return {
    locale,
    c: (key: CompetitionMessageKey, params?: MessageParams) =>
      fill(catalogues[locale][key], params),
    label: (code: string) => (enumLabels[locale] as Record<string, string>)[code] ?? code,
  };
}

export const competitionMessagesForTest = catalogues;
