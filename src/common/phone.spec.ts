import { normalizePhone } from 'src/common/phone';

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    [' 138 0013 8000 ', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['8613800138000', '13800138000'],
  ])('reads %p as %p', (typed, digits) => expect(normalizePhone(typed)).toBe(digits));

  it.each(['12345', '23800138000', '138001380001', 'call me', ''])(
    'leaves %p for the validator to refuse',
    (typed) => expect(normalizePhone(typed)).toBe(typed.trim()),
  );
});
