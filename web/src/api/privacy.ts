import { api, type Schemas } from '@/api/client';

export type PrivacyNotice = Schemas['PrivacyNoticeView'];

let loaded: Promise<PrivacyNotice | null> | null = null;

/** The privacy notice in force, fetched once per page load. */
export function privacyNotice(): Promise<PrivacyNotice | null> {
  loaded ??= api.GET('/api/v1/public/privacy-notice').then(({ data }) => data ?? null);
  return loaded;
}

/** What a form sends: the version shown when the box is ticked, else nothing (the server says why). */
export async function agreedVersion(agreed: boolean): Promise<string> {
  return agreed ? ((await privacyNotice())?.version ?? '') : '';
}
