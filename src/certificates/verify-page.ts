import { dayInWords } from 'src/certificates/certificate-snapshot';
import type { PublicCertificateView } from 'src/certificates/dto/certificate.dto';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="/favicon.ico">
<title>${escape(title)}</title>
<style>
  body { margin: 0; font: 20px/1.6 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f1f1f; background: #f5f6f7; }
  main { max-width: 560px; margin: 0 auto; padding: 24px 20px 48px; }
  h1 { font-size: 28px; margin: 8px 0 20px; }
  .state { font-size: 26px; font-weight: 700; padding: 16px 20px; border-radius: 12px; margin-bottom: 20px; }
  .valid { background: #e8f6ec; color: #0b6b2b; }
  .revoked { background: #fdecea; color: #a4160a; }
  dl { background: #fff; border-radius: 12px; padding: 8px 20px; margin: 0; }
  dt { color: #555; font-size: 18px; margin-top: 12px; }
  dd { margin: 0 0 8px; font-size: 22px; }
  p { color: #444; }
</style></head>
<body><main>${body}</main></body></html>`;

/** The verification page of a certificate: valid or revoked, and the little it proves. */
export function verifyPage(v: PublicCertificateView): string {
  const valid = v.status === 'valid';
  return page(
    '志愿服务证明核验',
    `<h1>志愿服务证明核验</h1>
<div class="state ${valid ? 'valid' : 'revoked'}" role="status">${
      valid ? '✓ 证明有效' : '✗ 此证明已被撤销，不再有效'
    }</div>
<dl>
  <dt>志愿者</dt><dd>${escape(v.name)}</dd>
  <dt>服务期间</dt><dd>${dayInWords(v.from)} 至 ${dayInWords(v.to)}</dd>
  <dt>服务时长</dt><dd>${v.hours.toFixed(1)} 小时</dd>
  <dt>记录单位</dt><dd>${escape(v.issuer)}</dd>
  <dt>核验码</dt><dd>${escape(v.code)}</dd>
</dl>
<p>请核对纸质或电子证明上的姓名、期间与时长是否与此一致。</p>`,
  );
}

const REFUSALS = {
  malformed: [
    '核验码格式不对',
    '核验码由 12 位字母和数字组成，例如 0Q4M-7ZK2-9VXD。请对照证明重新输入或重新扫码。',
  ],
  unknown: ['未找到这份证明', '请核对核验码是否输入正确；如有疑问，请联系出具证明的社区。'],
  limited: ['查询次数过多', '为防止冒用，同一网络短时间内查询错误次数过多。请过一会儿再试。'],
} as const;

/** The page for a code that is not a certificate's, is not a code, or came too often. */
export function unknownCodePage(kind: keyof typeof REFUSALS): string {
  const [state, advice] = REFUSALS[kind];
  return page(
    '志愿服务证明核验',
    `<h1>志愿服务证明核验</h1>
<div class="state revoked" role="status">${state}</div>
<p>${advice}</p>`,
  );
}
