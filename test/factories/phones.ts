let next = Math.floor(Math.random() * 1_000_000) * 100;

/** A fresh, valid mainland mobile number for each call. */
export const nextPhone = (): string => `137${String(next++ % 100_000_000).padStart(8, '0')}`;
