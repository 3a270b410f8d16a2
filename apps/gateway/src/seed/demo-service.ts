import {
  addDays,
  type CalendarDate,
  checkServicePosition,
  type LibraryLevel,
  SERVICE_POSITION_KIND_LABELS,
  type ServicePositionKind,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { positionColumns } from '../service/records.js';

/**
 * Demo service positions (服务阵地) across 青岛's ten districts, in the proportions Qingdao's
 * reports give (户外劳动者服务站点 the most numerous, then 工会驿站, 职工书屋 and 智能书柜,
 * 爱心妈妈小屋 …). Each district's positions are run by its district federation and scattered
 * deterministically within a few kilometres of the district's centre. Coordinates are GCJ-02
 * as 高德地图 shows them (the centres are the district governments' approximate positions).
 */

interface District {
  key: string;
  name: string;
  regionCode: string;
  /** GCJ-02 centre. */
  center: [number, number];
  /** Degrees of spread around the centre (urban districts are compact). */
  spread: number;
  streets: string[];
}

const DISTRICTS: District[] = [
  {
    key: 'qingdao-shinan',
    name: '市南区',
    regionCode: '370202',
    center: [36.0669, 120.3844],
    spread: 0.018,
    streets: ['香港中路', '山东路', '南京路', '中山路', '燕儿岛路', '东海西路'],
  },
  {
    key: 'qingdao-shibei',
    name: '市北区',
    regionCode: '370203',
    center: [36.0873, 120.3749],
    spread: 0.02,
    streets: ['台东一路', '辽宁路', '延吉路', '敦化路', '登州路', '连云港路'],
  },
  {
    key: 'qingdao-huangdao',
    name: '黄岛区',
    regionCode: '370211',
    center: [35.9608, 120.1983],
    spread: 0.05,
    streets: ['长江中路', '井冈山路', '珠江路', '滨海大道', '江山南路', '漓江西路'],
  },
  {
    key: 'qingdao-laoshan',
    name: '崂山区',
    regionCode: '370212',
    center: [36.1072, 120.4688],
    spread: 0.03,
    streets: ['海尔路', '松岭路', '株洲路', '深圳路', '同安路', '苗岭路'],
  },
  {
    key: 'qingdao-licang',
    name: '李沧区',
    regionCode: '370213',
    center: [36.1451, 120.4328],
    spread: 0.02,
    streets: ['京口路', '九水东路', '黑龙江中路', '巨峰路', '金水路', '书院路'],
  },
  {
    key: 'qingdao-chengyang',
    name: '城阳区',
    regionCode: '370214',
    center: [36.3075, 120.3964],
    spread: 0.04,
    streets: ['正阳路', '长城路', '黑龙江中路', '春阳路', '兴阳路', '明阳路'],
  },
  {
    key: 'qingdao-jimo',
    name: '即墨区',
    regionCode: '370215',
    center: [36.3892, 120.4473],
    spread: 0.04,
    streets: ['蓝鳌路', '鹤山路', '烟青路', '振华街', '嵩山二路', '天山三路'],
  },
  {
    key: 'qingdao-jiaozhou',
    name: '胶州市',
    regionCode: '370281',
    center: [36.2646, 120.0334],
    spread: 0.04,
    streets: ['扬州路', '福州南路', '兰州东路', '常州路', '广州北路', '郑州东路'],
  },
  {
    key: 'qingdao-pingdu',
    name: '平度市',
    regionCode: '370283',
    center: [36.7768, 119.9882],
    spread: 0.04,
    streets: ['红旗路', '胜利路', '人民路', '北京路', '扬州路', '常州路'],
  },
  {
    key: 'qingdao-laixi',
    name: '莱西市',
    regionCode: '370285',
    center: [36.8877, 120.5176],
    spread: 0.04,
    streets: ['威海中路', '烟台路', '上海路', '石岛路', '青岛路', '重庆路'],
  },
];

/** Positions of each kind per district (a city total of 10× these). */
const PER_DISTRICT: readonly [ServicePositionKind, number][] = [
  ['OUTDOOR_WORKER_STATION', 6],
  ['UNION_STATION', 2],
  ['WORKER_LIBRARY', 2],
  ['SMART_BOOK_CABINET', 1],
  ['CARING_MOTHER_ROOM', 2],
  ['SHARED_WORKERS_HOME', 1],
  ['NEW_WORKER_HOUSING', 1],
  ['CHILDCARE_STATION', 1],
];

const DETAILS: Record<
  ServicePositionKind,
  { suffix: string; hours: string[]; services: string[]; capacity: number | null }
> = {
  OUTDOOR_WORKER_STATION: {
    suffix: '户外劳动者服务站点',
    hours: ['24小时', '每天 07:00-21:00', '24小时'],
    services: ['饮水', '热饭', '充电', '休息', '如厕', '应急药箱'],
    capacity: 8,
  },
  UNION_STATION: {
    suffix: '工会驿站',
    hours: ['每天 08:00-20:00', '24小时'],
    services: ['饮水', '休息', '法律咨询', '入会登记'],
    capacity: 20,
  },
  WORKER_LIBRARY: {
    suffix: '职工书屋',
    hours: ['周一至周五 09:00-17:00', '周一至周五 09:00-12:00，14:00-17:30；周六 09:00-12:00'],
    services: ['图书借阅', '阅读', '读书分享会'],
    capacity: 40,
  },
  SMART_BOOK_CABINET: {
    suffix: '职工书屋智能书柜',
    hours: ['24小时'],
    services: ['自助借还'],
    capacity: null,
  },
  CARING_MOTHER_ROOM: {
    suffix: '爱心妈妈小屋',
    hours: ['周一至周五 08:30-17:30'],
    services: ['哺乳', '休息', '母婴用品'],
    capacity: 2,
  },
  SHARED_WORKERS_HOME: {
    suffix: '共享职工之家',
    hours: ['周一至周六 09:00-21:00'],
    services: ['职工活动', '心理咨询', '技能培训'],
    capacity: 60,
  },
  NEW_WORKER_HOUSING: {
    suffix: '惠工家',
    hours: ['24小时'],
    services: ['短期住宿', '拎包入住'],
    capacity: 30,
  },
  CHILDCARE_STATION: {
    suffix: '爱心托管驿站',
    hours: ['周一至周五 07:30-18:00'],
    services: ['暑期托管', '课业辅导'],
    capacity: 50,
  },
};

const LIBRARY_LEVELS: LibraryLevel[] = ['NATIONAL', 'CITY', 'PROVINCIAL', 'DISTRICT'];

/** A deterministic generator (a 32-bit LCG): the same demo every time. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The demo positions, checked by the domain, for `createMany`. */
export function demoServicePositionRows(
  organizations: readonly { id?: string; lineageIds?: unknown }[],
  seedUuid: (key: string) => string,
): Prisma.ServicePositionCreateManyInput[] {
  const random = generator(20_260_501);
  const createdByStaffId = seedUuid('staff:qingdao.admin');
  const rows: Prisma.ServicePositionCreateManyInput[] = [];
  // The demo's positions opened over ten years (2016 – late 2025), spread by a fixed stride (no
  // draw from the generator, so the coordinates stay those of earlier demos).
  let serial = 0;
  const openedOn = () => {
    serial += 1;
    return addDays('2016-01-01' as CalendarDate, (serial * 211) % 3_600);
  };
  const seedToday = '2025-12-31' as CalendarDate;
  for (const district of DISTRICTS) {
    const unionId = seedUuid(district.key);
    const union = organizations.find((organization) => organization.id === unionId);
    if (!union || !Array.isArray(union.lineageIds)) continue;
    let index = 0;
    for (const [kind, count] of PER_DISTRICT) {
      const detail = DETAILS[kind];
      for (let n = 0; n < count; n += 1) {
        const street = district.streets[(index + n) % district.streets.length] ?? '';
        const number = 1 + Math.floor(random() * 200);
        const latitude = district.center[0] + (random() * 2 - 1) * district.spread;
        const longitude = district.center[1] + (random() * 2 - 1) * district.spread * 1.2;
        const checked = checkServicePosition(
          {
            kind,
            name: `${district.name}${street}${count > 1 ? `${'一二三四五六七八九十'[n]}号` : ''}${detail.suffix}`,
            libraryLevel:
              kind === 'WORKER_LIBRARY'
                ? (LIBRARY_LEVELS[(index + n) % LIBRARY_LEVELS.length] ?? null)
                : null,
            regionCode: district.regionCode,
            address: `山东省青岛市${district.name}${street}${number}号`,
            latitude,
            longitude,
            openingHours: detail.hours[n % detail.hours.length] ?? '24小时',
            services: detail.services,
            capacity: detail.capacity,
            hostName: kind === 'CARING_MOTHER_ROOM' ? `${district.name}${street}商务楼宇` : null,
            // One suspended station per district shows the status on the public site.
            status: kind === 'UNION_STATION' && n === 1 ? 'SUSPENDED' : 'OPEN',
            openedOn: openedOn(),
          },
          seedToday,
        );
        if (!checked.ok) {
          throw new Error(
            `demo ${SERVICE_POSITION_KIND_LABELS[kind]} invalid: ${checked.error.map((e) => e.message).join('；')}`,
          );
        }
        rows.push({
          ...positionColumns(checked.value),
          id: seedUuid(`service:${district.key}:${kind}:${n}`),
          organizationId: unionId,
          lineageIds: union.lineageIds as string[],
          createdByStaffId,
        });
      }
      index += count;
    }
  }
  return rows;
}
