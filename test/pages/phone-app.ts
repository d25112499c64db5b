import { loginPlatformAdmin } from '../factories/actors';
import { world, type World } from '../factories/world';
import { launchPhones, type PhoneBrowser } from '../helpers/phone-browser';
import { startApp, type TestApp } from '../helpers/test-app';

/** What every page suite starts from: the app listening, a community, and a phone browser. */
export interface PhoneApp {
  t: TestApp;
  /** Where the browser reaches the app. */
  base: string;
  phones: PhoneBrowser;
  w: World;
}

export async function openPhoneApp(): Promise<PhoneApp> {
  const t = await startApp();
  const base = (await t.url()).replace('[::1]', '127.0.0.1');
  const phones = await launchPhones(base);
  return { t, base, phones, w: await world(t.http, await loginPlatformAdmin(t.http)) };
}

/** Closes it all, after checking no page asked for anything outside the app. */
export async function closePhoneApp(app: Partial<PhoneApp>): Promise<void> {
  expect(app.phones?.outside ?? []).toEqual([]);
  await app.phones?.close();
  await app.t?.close();
}
