/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Keeps the first few characters of an address: enough to find the building, not the door. */
export function maskAddress(address: string): string {
  const keep = Math.min(4, Math.floor(address.length / 2));
  return `${address.slice(0, keep)}****`;
}

/** 陈小明 → 陈**: the first character, the rest hidden (at most two stars). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(Math.min(2, chars.length - 1))}`;
}
