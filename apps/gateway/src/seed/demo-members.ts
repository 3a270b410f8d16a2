import {
  computeIdNumberCheckCharacter,
  maskIdNumber,
  maskPhone,
  NEW_EMPLOYMENT_GROUPS,
} from '@gonghui/domain';
import { blindIndex, encryptPersonalData } from '../auth/personal-data-crypto.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { DemoOrganizationRow } from './seed-demo.js';

/** A small deterministic PRNG (mulberry32), so the same seed gives the same people. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenNames = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '海燕',
  '志强',
  '春梅',
  '国庆',
  '玉兰',
  '文博',
  '子涵',
  '宇航',
  '欣怡',
  '浩然',
  '雨萱',
  '俊杰',
  '晓东',
  '红梅',
  '立新',
  '德胜',
];

export interface DemoMember {
  row: Prisma.MemberCreateManyInput;
  /** Plaintext, for tests that check it never leaks; never written anywhere. */
  idNumber: string;
  phone: string;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pad(value: number, width: number) {
  return String(value).padStart(width, '0');
}

/** Members of one grassroots union: real-format ID numbers of its region, phones, join dates. */
export function demoMembersOf(union: DemoOrganizationRow, unionIndex: number): DemoMember[] {
  const random = seededRandom(0x9e3779b1 ^ (unionIndex * 2654435761));
  const headcount = typeof union.employerHeadcount === 'number' ? union.employerHeadcount : 100;
  const count = Math.max(4, Math.min(16, Math.round(headcount / 400)));
  const foundedYear = new Date(union.foundedOn).getUTCFullYear();
  const members: DemoMember[] = [];
  // A second stream for the statistics flags, so the people above stay as they were.
  const flags = seededRandom(0x85ebca6b ^ (unionIndex * 2246822519));
  for (let index = 0; index < count; index += 1) {
    const isMigrant = flags() < 0.2;
    const employmentGroup = flags() < 0.1 ? pick(flags, NEW_EMPLOYMENT_GROUPS) : null;
    const year = 1966 + Math.floor(random() * 38);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const station = pad(Math.floor(random() * 100), 2);
    const sexDigit = 2 * Math.floor(random() * 5) + (random() < 0.55 ? 1 : 0);
    const body = `${union.regionCode}${year}${pad(month, 2)}${pad(day, 2)}${station}${sexDigit}`;
    const idNumber = `${body}${computeIdNumberCheckCharacter(body)}`;
    const phone = `1${pick(random, ['38', '39', '58', '59', '86', '87', '35', '36'])}${pad(Math.floor(random() * 1e8), 8)}`;
    const joinYear = Math.max(foundedYear, year + 18) + Math.floor(random() * 6);
    const joinedOn = new Date(
      Date.UTC(Math.min(joinYear, 2025), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    members.push({
      idNumber,
      phone,
      row: {
        organizationId: union.id,
        lineageIds: union.lineageIds,
        name: `${pick(random, [...surnames])}${pick(random, givenNames)}`,
        sex: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
        birthDate: new Date(Date.UTC(year, month - 1, day)),
        idNumberCipher: encryptPersonalData(idNumber, 'member.idNumber'),
        idNumberIndex: blindIndex(idNumber, 'member.idNumber'),
        idNumberMasked: maskIdNumber(idNumber),
        phoneCipher: encryptPersonalData(phone, 'member.phone'),
        phoneMasked: maskPhone(phone),
        joinedOn,
        isMigrant,
        employmentGroup,
        employerName: typeof union.employerName === 'string' ? union.employerName : null,
      },
    });
  }
  return members;
}

/** Every demo member, union by union, in a stable order; one person, one member. */
export function demoMembers(rows: DemoOrganizationRow[]): DemoMember[] {
  const seen = new Set<string>();
  return rows
    .filter((row) => row.kind === 'GRASSROOTS_UNION')
    .flatMap((union, index) => demoMembersOf(union, index))
    .filter((member) => !seen.has(member.idNumber) && Boolean(seen.add(member.idNumber)));
}
