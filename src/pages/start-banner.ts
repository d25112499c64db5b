import { APP_PATHS, CONSOLE_PATH } from 'src/pages/app-links';

export interface BannerInput {
  /** This machine's own address, e.g. http://localhost:3000. */
  localBase: string;
  /** Where phones and QR codes reach it (PUBLIC_BASE_URL or the LAN address), if not local. */
  publicBase: string;
  /** The demo grid's QR link, when the demo community is loaded. */
  demoIntake: string | null;
  demoPassword?: string;
}

/**
 * What `npm start` and `npm run demo` print last, in plain words: the pages each person opens,
 * on this machine and (when there is one) from a phone on the same network.
 */
export function startBanner(input: BannerInput): string {
  const { localBase, publicBase, demoIntake } = input;
  const remote = publicBase !== localBase;
  const pages: [string, string][] = [
    ['手机端（居民、志愿者、会员）', APP_PATHS.app],
    ['积分超市柜台（店员）', APP_PATHS.desk],
    ['管理台（网格员、社区管理员，电脑打开）', CONSOLE_PATH],
    ['接口文档（开发者）', '/docs'],
  ];
  const lines = ['', '社区志愿积分已启动。请在浏览器打开：', ''];
  for (const [who, path] of pages) {
    lines.push(`  ${who}`);
    lines.push(`    本机：${localBase}${path}`);
    if (remote) lines.push(`    手机（同一网络）和二维码：${publicBase}${path}`);
  }
  if (demoIntake) {
    lines.push('', '  演示网格的心愿二维码链接（不用注册，直接提交心愿）：', `    ${demoIntake}`);
    lines.push(
      '',
      `  演示账号的密码都是 ${input.demoPassword}：管理员 13900000001，网格员 13900000002，`,
      '  店员 13900000003，志愿者 13900000011（其余见 README 的“Demo community”）。',
    );
  }
  if (!remote)
    lines.push(
      '',
      '  这台电脑没有局域网地址，手机打不开上面的链接；设置 PUBLIC_BASE_URL 后重启即可。',
    );
  lines.push('');
  return lines.join('\n');
}
