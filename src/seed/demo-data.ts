import type { Role } from 'src/users/roles';

/** The demo community loaded by SEED_DEMO=true; the README lists these credentials. */
export const DEMO_PASSWORD = 'demo12345';

export const DEMO_COMMUNITY = {
  name: '阳光社区',
  code: 'DEMO',
  timezone: 'Asia/Shanghai',
};

export const DEMO_GRIDS = ['第一网格', '第二网格'];

export interface DemoMember {
  phone: string;
  name: string;
  roles: Role[];
  grid: number;
  address?: string;
  volunteer?: { skills: string[]; isPartyMember: boolean; teams: string[] };
}

export const DEMO_MEMBERS: DemoMember[] = [
  { phone: '13900000001', name: '王主任', roles: ['community_admin'], grid: 0 },
  { phone: '13900000002', name: '李网格员', roles: ['grid_worker'], grid: 0 },
  { phone: '13900000003', name: '赵店员', roles: ['store_staff'], grid: 0 },
  {
    phone: '13900000011',
    name: '陈志愿',
    roles: ['resident', 'volunteer'],
    grid: 0,
    volunteer: {
      skills: ['elder_care', 'medical_escort'],
      isPartyMember: true,
      teams: ['党员先锋队'],
    },
  },
  {
    phone: '13900000012',
    name: '刘志愿',
    roles: ['resident', 'volunteer'],
    grid: 1,
    volunteer: { skills: ['repair', 'tutoring'], isPartyMember: false, teams: [] },
  },
  {
    phone: '13900000021',
    name: '张阿姨',
    roles: ['resident'],
    grid: 0,
    address: '1号楼 2单元 301',
  },
  {
    phone: '13900000022',
    name: '孙大爷',
    roles: ['resident'],
    grid: 1,
    address: '5号楼 1单元 102',
  },
];
