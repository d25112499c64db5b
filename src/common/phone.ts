/**
 * A phone number as people type it — `138 0013 8000`, `138-0013-8000`, `+86 13800138000` —
 * reduced to its 11 digits, so the same resident is one identity whatever they typed.
 * Anything that is not a mainland mobile number afterwards is returned as typed (trimmed),
 * for the validators to refuse.
 */
export function normalizePhone(input: string): string {
  const trimmed = input.trim();
  if (!/^[\d\s()+-]+$/.test(trimmed)) return trimmed;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : trimmed;
}
