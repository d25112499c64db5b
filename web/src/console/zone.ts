import { zone } from '@/labels';

/**
 * Date-time pickers show and return the browser's wall-clock time; the console means the
 * community's (every list shows that zone). These two convert at the picker's edge, so 18:24
 * typed on a laptop set to another zone is 18:24 in the community.
 */

/** The community's wall-clock fields of an instant, as numbers. */
function wall(at: number): [number, number, number, number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** For the picker: a Date whose local fields are the community's wall time of `instant`. */
export function toPicker(instant: string | Date): Date {
  const [y, mo, d, h, mi, s] = wall(new Date(instant).getTime());
  return new Date(y, mo - 1, d, h, mi, s);
}

/** From the picker: the instant (ISO) at which the community's clock shows the picked fields. */
export function fromPicker(picked: Date): string {
  const target = Date.UTC(
    picked.getFullYear(),
    picked.getMonth(),
    picked.getDate(),
    picked.getHours(),
    picked.getMinutes(),
    picked.getSeconds(),
  );
  // The zone's offset at a guess, then at the corrected instant (right across a DST change).
  const offset = (at: number) => {
    const [y, mo, d, h, mi, s] = wall(at);
    return Date.UTC(y, mo - 1, d, h, mi, s) - at;
  };
  const first = target - offset(target);
  return new Date(target - offset(first)).toISOString();
}
