import type { OrgKind } from '../graphql';

/** 简体中文: the default catalogue. Its keys are the catalogue's keys. */
export const zhCNMessages = {
  'site.name': '工会平台',
  'site.footer': '工会平台 · 公众服务',
  'site.switchLanguage': 'EN',
  'site.switchLanguageLabel': 'Switch to English',
  'site.skipToContent': '跳到正文',

  'page.title': '工会组织',
  'page.intro': '从中华全国总工会到基层工会，逐级浏览各级工会组织。',

  'search.label': '搜索工会组织',
  'search.placeholder': '搜索工会组织，如“海尔”',
  'search.clear': '清除',
  'search.searching': '正在搜索…',
  'search.count': '找到 {count} 个组织',
  'search.more': '仅显示前 {shown} 个，请输入更完整的名称',
  'search.noMatch': '没有找到与“{term}”相关的组织',

  'roots.title': '顶层组织',
  'org.breadcrumb': '所在位置',
  'org.allOrganizations': '全部',
  'org.field.kind': '组织类型',
  'org.field.regionCode': '行政区划代码',
  'org.field.foundedOn': '成立日期',
  'org.field.dissolvedOn': '撤销日期',
  'org.field.childCount': '下级组织',
  'org.childCount': '{count} 个',
  'org.childCountShort': '下级 {count} 个',
  'org.childrenTitle': '下级组织',
  'org.noChildren': '暂无下级组织',
  'org.loadMore': '加载更多',
  'org.loadingMore': '正在加载…',
  'org.shown': '已显示 {shown} / {total} 个',
  'org.dissolved': '已撤销',

  'error.notFoundTitle': '找不到该组织',
  'error.invalidTitle': '链接无效',
  'error.genericTitle': '暂时无法显示',
  'error.networkTitle': '网络连接失败',
  'error.networkBody': '请检查网络后重试。',
  'error.serverBody': '服务暂时不可用，请稍后重试。',
  'error.pageNotFound': '页面不存在',
  'error.backToStart': '返回工会组织',
  'common.retry': '重试',
  'common.loading': '正在加载…',
  'common.empty': '—',
} as const;

export type MessageKey = keyof typeof zhCNMessages;

export const zhCNOrgKinds: Record<OrgKind, string> = {
  NATIONAL_FEDERATION: '全国总工会',
  PROVINCIAL_FEDERATION: '省总工会',
  NATIONAL_INDUSTRIAL_UNION: '全国产业工会',
  CITY_FEDERATION: '市总工会',
  COUNTY_FEDERATION: '县(市、区)总工会',
  INDUSTRIAL_UNION: '产业(行业)工会',
  TOWNSHIP_UNION: '乡镇(街道)工会',
  PARK_UNION: '园区工会',
  JOINT_GRASSROOTS_UNION: '联合基层工会',
  GRASSROOTS_UNION: '基层工会',
  BRANCH: '分会',
  GROUP: '工会小组',
};
