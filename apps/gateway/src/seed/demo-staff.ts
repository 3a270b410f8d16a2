import type { StaffRole } from '@gonghui/domain';

/** The demo sign-ins listed in the README (demo data only; never in a real deployment). */
export const demoStaffPassword = 'Gonghui@2026';

export interface DemoStaff {
  username: string;
  displayName: string;
  /** Seed key of the home organisation; roles are held there. */
  organizationKey: string;
  roles: StaffRole[];
}

export const demoStaff: DemoStaff[] = [
  {
    username: 'super.admin',
    displayName: '平台管理员',
    organizationKey: 'acftu',
    roles: ['SUPER_ADMIN'],
  },
  {
    username: 'qingdao.admin',
    displayName: '王建国',
    organizationKey: 'qingdao',
    roles: ['UNION_ADMIN'],
  },
  {
    username: 'langfang.admin',
    displayName: '孙立华',
    organizationKey: 'langfang',
    roles: ['UNION_ADMIN'],
  },
  {
    username: 'shinan.admin',
    displayName: '李秀梅',
    organizationKey: 'qingdao-shinan',
    roles: ['UNION_ADMIN'],
  },
  {
    username: 'laoshan.admin',
    displayName: '张海涛',
    organizationKey: 'qingdao-laoshan',
    roles: ['UNION_ADMIN'],
  },
  {
    username: 'hisense.caseworker',
    displayName: '陈丽',
    organizationKey: 'qingdao-shinan-hisense',
    roles: ['CASEWORKER'],
  },
  {
    username: 'langfang.caseworker',
    displayName: '冯雪梅',
    organizationKey: 'langfang-guangyang-cppe',
    roles: ['CASEWORKER'],
  },
  {
    username: 'guangyang.caseworker',
    displayName: '田志刚',
    organizationKey: 'langfang-guangyang',
    roles: ['CASEWORKER'],
  },
  {
    username: 'qingdao.judge',
    displayName: '刘志强',
    organizationKey: 'qingdao',
    roles: ['JUDGE'],
  },
  {
    username: 'qingdao.viewer',
    displayName: '赵敏',
    organizationKey: 'qingdao',
    roles: ['VIEWER'],
  },
];
