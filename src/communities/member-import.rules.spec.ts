import { parseRoles, readImportRows, repeatedPhones } from 'src/communities/member-import.rules';

describe('member import rows', () => {
  it('finds columns by Chinese header or code, in any order, and drops blank rows', () => {
    const rows = readImportRows([
      ['手机号', 'name', '网格', '备注'],
      ['13800000001', '张三', '一网格', '无关'],
      ['', '', '', ''],
      [' 13800000002 ', ' 李四 ', '', ''],
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ row: 2, name: '张三', phone: '13800000001', grid: '一网格' }),
      expect.objectContaining({ row: 4, name: '李四', phone: '13800000002', roles: '' }),
    ]);
  });

  it('says which required column is missing', () => {
    expect(readImportRows([['姓名', '住址']])).toEqual({ missing: ['手机号'] });
    expect(readImportRows([])).toEqual({ missing: ['姓名', '手机号'] });
  });

  it.each([
    ['', ['resident'], []],
    ['志愿者、居民', ['volunteer', 'resident'], []],
    ['网格员,社区管理员', ['grid_worker', 'community_admin'], []],
    ['超市工作人员 / 居民', ['store_staff', 'resident'], []],
    ['居民、居民', ['resident'], []],
    ['厨师、居民', ['resident'], ['厨师']],
    ['平台管理员', [], ['平台管理员']],
  ])('reads roles %p', (words, roles, unknown) =>
    expect(parseRoles(words)).toEqual({ roles, unknown }),
  );

  it('keeps a phone for its first row and points later rows at it, however typed', () => {
    const rows = readImportRows([
      ['姓名', '手机号'],
      ['甲', '13800000001'],
      ['乙', '138 0000 0001'],
      ['丙', '13800000002'],
      ['丁', '+86 13800000001'],
    ]);
    expect(repeatedPhones(rows as never)).toEqual(
      new Map([
        [3, 2],
        [5, 2],
      ]),
    );
  });
});
