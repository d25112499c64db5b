import { neutraliseFormula } from 'src/reports/exports/export-cells';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ['+86 138', `'+86 138`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('neutralises %p', (cell, safe) => expect(neutraliseFormula(cell)).toBe(safe));

  it.each(['陪同看病', 'a=b', '3号楼 1单元', ''])('leaves %p as it is', (cell) =>
    expect(neutraliseFormula(cell)).toBe(cell),
  );
});
