/** Paths of the phone app that links and QR codes made by the API lead to. */
export const APP_PATHS = {
  /** A grid's QR code: post a wish without an account (`?g=` intake token). */
  wish: '/wish',
  /** Follow and rate a wish with its tracking code (`?code=`). */
  track: '/track',
  /** An activity's rotating QR: check in or out (`?a=` activity, `&c=` code). */
  checkin: '/checkin',
  /** The signed-in app of residents, volunteers and members. */
  app: '/app',
  /** The store desk of store staff. */
  desk: '/desk',
} as const;

/** The staff console of grid workers and community admins, at a desk (its own page bundle). */
export const CONSOLE_PATH = '/console';
