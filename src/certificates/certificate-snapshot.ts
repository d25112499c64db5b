/** What a certificate states, fixed when it is issued (rendered as PDF and signed as a VC). */
export interface CertificateSnapshot {
  code: string;
  name: string;
  community: string;
  from: string;
  to: string;
  minutes: number;
  /** Hours with one decimal, rounded down. */
  hours: number;
  /** Local date of issue, in the community's time zone. */
  issuedOn: string;
  /** The verification page the QR code leads to. */
  verifyUrl: string;
  services: { date: string; title: string; content: string; minutes: number }[];
}

/** 12 characters of the readable alphabet, printed in groups of four: 0Q4M-7ZK2-9VXD. */
export const CERTIFICATE_CODE_LENGTH = 12;
export const groupedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** 2026-12-06 → 2026年12月6日 (`sep` between the parts: the PDF sets them apart with spaces). */
export function dayInWords(day: string, sep = ''): string {
  const [y, m, d] = day.split('-').map(Number);
  return [`${y}`, '年', `${m}`, '月', `${d}`, '日'].join(sep);
}
