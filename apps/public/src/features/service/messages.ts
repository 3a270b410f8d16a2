import type { MessageParams } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import type { ServiceKind } from './finder-logic';

/**
 * The finder's text, in its own lazy chunk with the page (the site catalogue is in every page's
 * bundle; these strings are needed here only). English must have every Chinese key.
 */
const zhCN = {
  nav: '服务阵地',
  pageTitle: '服务阵地',
  description:
    '查找身边的工会服务阵地：户外劳动者服务站点、工会驿站、职工书屋、爱心妈妈小屋等，按区（市）和类型筛选，显示离您最近的站点和距离。',
  intro:
    '户外劳动者服务站点、工会驿站、职工书屋、爱心妈妈小屋……按区（市）和类型查找，或查看离您最近的站点。',
  total: '全市共 {count} 个服务阵地',
  district: '区（市）',
  kind: '类型',
  any: '全部',
  openNowOnly: '只看正在开放的',
  whereLabel: '从哪里找',
  useMyLocation: '使用我的位置',
  locating: '正在获取位置…',
  locationDenied: '无法获取您的位置（未授权或设备不支持），请选择地点或输入坐标。',
  landmark: '选择地点',
  landmarkPlaceholder: '选择一个地点',
  typedPoint: '或输入坐标（纬度, 经度）',
  typedPointHint: '高德、腾讯地图坐标（GCJ-02），如 36.0617, 120.3845',
  latitude: '纬度',
  longitude: '经度',
  find: '查找最近',
  clearPoint: '按区（市）浏览',
  badPoint: '请输入两个数字：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。',
  nearestTitle: '离 {place} 最近的服务阵地',
  myPlace: '您的位置',
  typedPlace: '所选坐标',
  listTitle: '服务阵地列表',
  shown: '共 {total} 个',
  more: '加载更多',
  empty: '没有符合条件的服务阵地',
  distance: '距离 {distance}',
  openNow: '正在开放',
  closedNow: '当前不在开放时间',
  suspended: '暂停开放',
  allDay: '24小时',
  hours: '开放时间：{hours}',
  services: '服务：{services}',
  capacity: '可容纳 {capacity} 人',
  host: '承办：{host}',
  mapTitle: '分布图',
  mapNote: '按坐标绘制的示意图（离线，不含底图）；圆点颜色表示类型，十字为查找位置。',
  mapLabel: '服务阵地分布示意图：{count} 个点',
  mapLimited: '地图显示前 {count} 个',
  loadError: '加载失败',
} as const;

export type ServiceMessageKey = keyof typeof zhCN;

const en: Record<ServiceMessageKey, string> = {
  nav: 'Service points',
  pageTitle: 'Union service points',
  description:
    'Find union service points near you: outdoor workers’ rest stations, union stations, worker libraries, caring-mother rooms and more, by district and kind, with the nearest ones and their distance.',
  intro:
    'Outdoor workers’ rest stations, union stations, worker libraries, caring-mother rooms … browse by district and kind, or see the nearest to you.',
  total: '{count} service points in the city',
  district: 'District',
  kind: 'Kind',
  any: 'All',
  openNowOnly: 'Open now only',
  whereLabel: 'Search from',
  useMyLocation: 'Use my location',
  locating: 'Locating…',
  locationDenied:
    'Your location is not available (not allowed or not supported): choose a place or type coordinates.',
  landmark: 'Choose a place',
  landmarkPlaceholder: 'Choose a place',
  typedPoint: 'or type coordinates (latitude, longitude)',
  typedPointHint: 'Chinese map coordinates (GCJ-02), e.g. 36.0617, 120.3845',
  latitude: 'Latitude',
  longitude: 'Longitude',
  find: 'Find nearest',
  clearPoint: 'Browse by district',
  badPoint: 'Type two numbers: latitude between -90 and 90, longitude between -180 and 180.',
  nearestTitle: 'Nearest to {place}',
  myPlace: 'your location',
  typedPlace: 'the chosen point',
  listTitle: 'Service points',
  shown: '{total} in all',
  more: 'Load more',
  empty: 'No service point matches',
  distance: '{distance} away',
  openNow: 'Open now',
  closedNow: 'Closed now',
  suspended: 'Temporarily closed',
  allDay: 'Open 24 hours',
  hours: 'Hours: {hours}',
  services: 'Services: {services}',
  capacity: 'Room for {capacity}',
  host: 'Hosted by {host}',
  mapTitle: 'Map',
  mapNote:
    'Drawn from the coordinates (offline, no base map); dot colours are kinds, the cross is where you search from.',
  mapLabel: 'Map of service points: {count} dots',
  mapLimited: 'The map shows the first {count}',
  loadError: 'Could not load',
};

export const KIND_LABELS: Record<'zh-CN' | 'en', Record<ServiceKind, string>> = {
  'zh-CN': {
    WORKER_LIBRARY: '职工书屋',
    SMART_BOOK_CABINET: '智能书柜',
    UNION_STATION: '工会驿站',
    OUTDOOR_WORKER_STATION: '户外劳动者服务站点',
    CARING_MOTHER_ROOM: '爱心妈妈小屋',
    SHARED_WORKERS_HOME: '共享职工之家',
    NEW_WORKER_HOUSING: '惠工家',
    CHILDCARE_STATION: '托管驿站',
  },
  en: {
    WORKER_LIBRARY: 'Worker library',
    SMART_BOOK_CABINET: 'Smart book cabinet',
    UNION_STATION: 'Union station',
    OUTDOOR_WORKER_STATION: 'Outdoor workers’ station',
    CARING_MOTHER_ROOM: 'Caring-mother room',
    SHARED_WORKERS_HOME: 'Shared workers’ home',
    NEW_WORKER_HOUSING: 'Housing for new workers',
    CHILDCARE_STATION: 'Childcare station',
  },
};

/** Dot colours of the kinds on the map (and the legend). */
export const KIND_COLOURS: Record<ServiceKind, string> = {
  WORKER_LIBRARY: '#2f6fd6',
  SMART_BOOK_CABINET: '#7a5bd1',
  UNION_STATION: '#c8102e',
  OUTDOOR_WORKER_STATION: '#e07b00',
  CARING_MOTHER_ROOM: '#d6336c',
  SHARED_WORKERS_HOME: '#2b8a3e',
  NEW_WORKER_HOUSING: '#0b7285',
  CHILDCARE_STATION: '#8d6e00',
};

const catalogues = { 'zh-CN': zhCN, en } as const;

function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The finder's messages in the reader's language. */
export function useServiceText() {
  const { locale } = useI18n();
  return {
    locale,
    s: (key: ServiceMessageKey, params?: MessageParams) => fill(catalogues[locale][key], params),
    kindLabel: (kind: string) => (KIND_LABELS[locale] as Record<string, string>)[kind] ?? kind,
  };
}

export const serviceMessagesForTest = catalogues;
