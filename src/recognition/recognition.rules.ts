/**
 * Star levels, badges and working days: pure rules, decided from figures the caller reads.
 *
 * Star levels follow the national practice for registered volunteers (一星 to 五星 at 100, 300,
 * 600, 1,000 and 1,500 approved service hours); a community may set its own thresholds. Badges
 * follow the points a member has earned over their lifetime, never the balance: spending in the
 * store must not take a badge away, and buying nothing must not earn one.
 */
export const DEFAULT_STAR_HOURS = [100, 300, 600, 1000, 1500] as const;

export interface BadgeRule {
  name: string;
  /** Lifetime points earned at which the badge is held. */
  points: number;
}

export const DEFAULT_BADGES: BadgeRule[] = [
  { name: '志愿新星', points: 100 },
  { name: '志愿能手', points: 500 },
  { name: '志愿标兵', points: 2000 },
  { name: '志愿楷模', points: 5000 },
];

export interface RecognitionSettings {
  /** Hours for star levels 1, 2, … in ascending order. */
  starHours: number[];
  /** Badges in ascending order of points. */
  badges: BadgeRule[];
  /** Public holidays that fall on weekdays (YYYY-MM-DD): not working days. */
  holidays: string[];
  /** Weekend days worked in lieu of a holiday (调休上班日, YYYY-MM-DD): working days. */
  workdays: string[];
}

export const DEFAULT_SETTINGS: RecognitionSettings = {
  starHours: [...DEFAULT_STAR_HOURS],
  badges: DEFAULT_BADGES,
  holidays: [],
  workdays: [],
};

/** The star level reached with these approved minutes: 99 h 59 min is not yet 100 hours. */
export function starsFor(minutes: number, starHours: readonly number[]): number {
  return starHours.filter((h) => minutes >= h * 60).length;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一星志愿者 … 五星志愿者: a star level in words. */
export const starTitle = (level: number): string => `${NUMERALS[level] ?? level}星志愿者`;

/** Hours to show, with one decimal, never more than served: 5,999 minutes are 99.9 hours. */
export function hoursOf(minutes: number): number {
  return Math.floor(minutes / 6) / 10;
}

/** The highest badge the lifetime earnings reach, or null. */
export function badgeFor(lifetimeEarned: number, badges: readonly BadgeRule[]): BadgeRule | null {
  let held: BadgeRule | null = null;
  for (const b of badges)
    if (lifetimeEarned >= b.points && (!held || b.points > held.points)) held = b;
  return held;
}

/** Service is recorded within this many working days after it ends (记录办法 第十一条). */
export const RECORDING_WORKING_DAYS = 10;

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Monday to Friday unless a holiday, and a weekend day worked in lieu. */
export function isWorkingDay(day: string, s: Pick<RecognitionSettings, 'holidays' | 'workdays'>) {
  if (s.workdays.includes(day)) return true;
  if (s.holidays.includes(day)) return false;
  const weekday = new Date(fromDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last local day whose service is overdue for recording on `today`: service that ended on
 * that day or before has had 10 full working days after its day (`today` not counted), so it
 * should have been recorded by now. Ended on a Friday, it is overdue from the Saturday two
 * weeks on, from midnight in the community's zone.
 */
export function lastOverdueDay(
  today: string,
  s: Pick<RecognitionSettings, 'holidays' | 'workdays'>,
  workingDays = RECORDING_WORKING_DAYS,
): string {
  let counted = 0;
  let ms = fromDay(today);
  while (counted < workingDays) {
    ms -= DAY_MS;
    if (isWorkingDay(toDay(ms), s)) counted++;
  }
  return toDay(ms - DAY_MS);
}

/** The day by which service that ended on `day` is to be recorded (the 10th working day after). */
export function recordingDeadline(
  day: string,
  s: Pick<RecognitionSettings, 'holidays' | 'workdays'>,
  workingDays = RECORDING_WORKING_DAYS,
): string {
  let counted = 0;
  let ms = fromDay(day);
  while (counted < workingDays) {
    ms += DAY_MS;
    if (isWorkingDay(toDay(ms), s)) counted++;
  }
  return toDay(ms);
}
