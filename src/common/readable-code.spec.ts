import { newReadableCode, normalizeReadableCode } from 'src/common/readable-code';

describe('readable codes', () => {
  it('are 8 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newReadableCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('accept what a person types: lower case, spaces, dashes, O for 0, I and L for 1', () => {
    expect(normalizeReadableCode('ab3d-7kqz')).toBe('AB3D7KQZ');
    expect(normalizeReadableCode(' AB3D 7KQZ ')).toBe('AB3D7KQZ');
    expect(normalizeReadableCode('oIl2 3456')).toBe('0112' + '3456');
  });

  it('are nothing else: wrong length, or a letter outside the alphabet', () => {
    expect(normalizeReadableCode('AB3D7KQ')).toBeNull();
    expect(normalizeReadableCode('AB3D7KQZ9')).toBeNull();
    expect(normalizeReadableCode('AB3D7KQU')).toBeNull();
    expect(normalizeReadableCode('Xy_9aB3dEf-GhIjK')).toBeNull();
  });
});
