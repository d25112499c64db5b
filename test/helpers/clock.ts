import type { INestApplication } from '@nestjs/common';
import { Clock } from 'src/common/clock/clock';

/**
 * Stands the application at a chosen instant: every rule that reads "now" goes through the
 * injectable Clock. `at()` sets it, `advance()` moves it, `reset()` goes back to real time.
 */
export function testClock(app: INestApplication) {
  const clock = app.get(Clock);
  let spy: jest.SpyInstance<Date, []> | undefined;
  const at = (when: Date | string) => {
    const fixed = new Date(when);
    spy ??= jest.spyOn(clock, 'now');
    spy.mockImplementation(() => new Date(fixed));
    return fixed;
  };
  return {
    at,
    advance: (ms: number) => at(new Date(clock.now().getTime() + ms)),
    now: () => clock.now(),
    reset: () => {
      spy?.mockRestore();
      spy = undefined;
    },
  };
}
