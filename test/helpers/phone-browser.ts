/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { PNG } from 'pngjs';
import * as QRCode from 'qrcode';
import type { Actor } from '../factories/actors';

export const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'artifacts');
/** A common phone: the size the app is laid out for. */
export const PHONE = { width: 390, height: 844 };
/** A desk's screen: the size the staff console is laid out for. */
export const DESKTOP = { width: 1440, height: 900 };

/** .ci/run installs Debian's Chromium; a developer machine without it skips the page suites. */
export const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

export interface PhoneBrowser {
  browser: Browser;
  /** A fresh phone (its own storage), signed in as `actor` when given. */
  phone(actor?: Actor): Promise<Page>;
  /** A fresh desktop browser window (its own storage), signed in as `actor` when given. */
  desk(actor?: Actor): Promise<Page>;
  /** Requests the pages made outside the app (refused): must stay empty. */
  outside: string[];
  close(): Promise<void>;
}

/**
 * A camera that films one QR code: Chromium plays a Y4M file as its fake camera. The QR of
 * `text` is drawn small in the middle (inside the scanner's region), in black on white, as one
 * grey 4:2:0 frame, which it loops.
 */
export async function qrCamera(text: string): Promise<string> {
  const png = PNG.sync.read(await QRCode.toBuffer(text, { width: 720, margin: 24 }));
  const { width, height, data } = png;
  const luma = Buffer.alloc(width * height);
  for (let i = 0; i < width * height; i++)
    luma[i] = Math.round(0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const file = join(tmpdir(), `qr-camera-${process.pid}-${Date.now()}.y4m`);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`),
      luma,
      chroma,
    ]),
  );
  return file;
}

export async function launchPhones(
  base: string,
  options: { camera?: string } = {},
): Promise<PhoneBrowser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      ...(options.camera ? [`--use-file-for-fake-video-capture=${options.camera}`] : []),
    ],
  });
  const contexts: BrowserContext[] = [];
  const outside: string[] = [];
  const origin = new URL(base).origin;
  async function open(actor: Actor | undefined, desk: boolean): Promise<Page> {
    const context = await browser.newContext({
      ...(desk
        ? { viewport: DESKTOP, deviceScaleFactor: 1, acceptDownloads: true }
        : { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }),
      locale: 'zh-CN',
      // The console's desk is a laptop set to another zone: what it shows and saves must still
      // be the community's time (Asia/Shanghai), not the browser's.
      timezoneId: desk ? 'America/Los_Angeles' : 'Asia/Shanghai',
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    // Nothing may be fetched from outside the app (no CDN, no fonts, no analytics).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    if (actor) {
      const tokens = JSON.stringify({
        accessToken: actor.token,
        refreshToken: actor.refreshToken,
      });
      await context.addInitScript((t) => {
        if (!localStorage.getItem('vp.session')) localStorage.setItem('vp.session', t);
      }, tokens);
    }
    return page;
  }

  return {
    browser,
    phone: (actor) => open(actor, false),
    desk: (actor) => open(actor, true),
    outside,
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/** A full-page screenshot in test/artifacts, to look at as the person using the page would. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated through the debugger protocol: the app's CSP (script-src 'self') stays in force.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    }
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('; ')}`,
      );
  });
  expect(violations).toEqual([]);
}

/**
 * Chinese text renders with a real font: the glyph 中 leaves ink and differs from the box a
 * browser draws for a character no font has. (Without a CJK font both are the same box.)
 */
export async function expectChineseRenders(page: Page): Promise<void> {
  const result = await page.evaluate(() => {
    const draw = (ch: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 48;
      const ctx = canvas.getContext('2d')!;
      ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
      ctx.fillText(ch, 4, 38);
      return {
        width: ctx.measureText(ch).width,
        pixels: Array.from<number>(ctx.getImageData(0, 0, 48, 48).data),
      };
    };
    const han = draw('中');
    const missing = draw('\u{10FFFD}');
    const ink = han.pixels.some((v, i) => i % 4 === 3 && v > 0);
    const differs = han.pixels.some((v, i) => v !== missing.pixels[i]);
    return { width: han.width, ink, differs };
  });
  expect(result.width).toBeGreaterThan(0);
  expect(result.ink).toBe(true);
  expect(result.differs).toBe(true);
}

/** Retries an assertion until it holds (or 5 s pass): for what a page does on its own timers. */
export async function eventually(check: () => unknown, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Two taps on a button before the page can redraw (both clicks in one task): the harshest
 * double tap, which a disabled or loading state alone does not stop.
 */
export async function doubleTap(button: Locator): Promise<void> {
  await button.evaluate((el: HTMLElement) => {
    el.click();
    el.click();
  });
}
