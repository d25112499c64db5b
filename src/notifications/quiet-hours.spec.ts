import { afterQuietHours, nextDigestSlot } from 'src/notifications/quiet-hours';

const SH = 'Asia/Shanghai';
/** A Shanghai wall-clock time as an instant. */
const at = (local: string) => new Date(`${local}+08:00`);

describe('quiet hours', () => {
  it('holds a message made inside an overnight window until its end, the second before and after', () => {
    expect(afterQuietHours(at('2026-11-23T21:59:59'), SH, '22:00', '07:00')).toEqual(
      at('2026-11-23T21:59:59'),
    );
    expect(afterQuietHours(at('2026-11-23T22:00:00'), SH, '22:00', '07:00')).toEqual(
      at('2026-11-24T07:00:00'),
    );
    expect(afterQuietHours(at('2026-11-24T06:59:59'), SH, '22:00', '07:00')).toEqual(
      at('2026-11-24T07:00:00'),
    );
    expect(afterQuietHours(at('2026-11-24T07:00:00'), SH, '22:00', '07:00')).toEqual(
      at('2026-11-24T07:00:00'),
    );
  });

  it('handles a window inside one day, and an empty window', () => {
    expect(afterQuietHours(at('2026-11-23T12:30:00'), SH, '12:00', '14:00')).toEqual(
      at('2026-11-23T14:00:00'),
    );
    expect(afterQuietHours(at('2026-11-23T23:00:00'), SH, '12:00', '14:00')).toEqual(
      at('2026-11-23T23:00:00'),
    );
    expect(afterQuietHours(at('2026-11-23T23:00:00'), SH, '00:00', '00:00')).toEqual(
      at('2026-11-23T23:00:00'),
    );
  });

  it('reads the window in the community zone, not the server zone', () => {
    // 23:00 in Urumqi is 01:00 in Shanghai: quiet in both, released at Urumqi's 07:00.
    const now = new Date('2026-11-23T17:00:00Z');
    expect(afterQuietHours(now, 'Asia/Urumqi', '22:00', '07:00')).toEqual(
      new Date('2026-11-24T01:00:00Z'),
    );
  });
});

describe('digest slots', () => {
  it('are the next 08:00 or 18:00 strictly after now', () => {
    expect(nextDigestSlot(at('2026-11-23T07:59:59'), SH)).toEqual(at('2026-11-23T08:00:00'));
    expect(nextDigestSlot(at('2026-11-23T08:00:00'), SH)).toEqual(at('2026-11-23T18:00:00'));
    expect(nextDigestSlot(at('2026-11-23T18:00:00'), SH)).toEqual(at('2026-11-24T08:00:00'));
  });
});
