import { decodeCursor, encodeCursor, toPage } from 'src/common/pagination/page';
import { ValidationFailedError } from 'src/common/errors/app-error';

describe('keyset pagination', () => {
  const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor(id(5)))).toBe(id(5));
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('rejects a cursor that does not hold an id', () => {
    expect(() => decodeCursor(encodeCursor("1' OR 1=1"))).toThrow(ValidationFailedError);
  });

  it('uses the extra row only to say a next page exists', () => {
    const rows = [3, 2, 1].map((n) => ({ id: id(n) }));
    const page = toPage(rows, 2, (r) => r.id);
    expect(page.items).toEqual([id(3), id(2)]);
    expect(decodeCursor(page.nextCursor!)).toBe(id(2));
    expect(toPage(rows.slice(0, 2), 2, (r) => r.id).nextCursor).toBeNull();
  });
});
