import PDFDocument from 'pdfkit';
import {
  dayInWords,
  groupedCode,
  type CertificateSnapshot,
} from 'src/certificates/certificate-snapshot';
import { hoursOf } from 'src/recognition/recognition.rules';
import { qrModules } from 'src/common/qr';

/**
 * Noto Sans SC (SIL Open Font License) from the npm package @expo-google-fonts/noto-sans-sc.
 * pdfkit embeds only the glyphs a certificate uses, so a certificate weighs tens of kilobytes
 * and renders the same on any reader; the 10 MB font file is read per document, not kept.
 */
const FONT =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = '#1f1f1f';
const MUTED = '#555555';
const RULE = '#b9b9b9';

const hoursText = (minutes: number) => hoursOf(minutes).toFixed(1);
const zhDate = (day: string) => dayInWords(day, ' ');

/** The certificate as an A4 PDF in Chinese, from its snapshot alone. */
export function renderCertificatePdf(s: CertificateSnapshot, issuedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `志愿服务证明 ${groupedCode(s.code)}`,
      Author: s.community,
      Subject: `${s.name} ${s.from} 至 ${s.to} 志愿服务时长`,
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', FONT);
  doc.font('cjk').fillColor(INK);

  const width = A4.width - 2 * MARGIN;
  doc.fontSize(28).text('志愿服务证明', MARGIN, MARGIN + 10, {
    width,
    align: 'center',
    characterSpacing: 8,
  });
  doc
    .fontSize(10)
    .fillColor(MUTED)
    .text(`编号（核验码）：${groupedCode(s.code)}`, { width, align: 'center' });
  doc.moveDown(1.5).fillColor(INK).fontSize(13);
  doc.text(
    `兹证明 ${s.name} 同志于 ${zhDate(s.from)}至 ${zhDate(s.to)}期间，在${s.community}参加志愿服务 ${s.services.length} 次，` +
      `经记录单位审核，累计志愿服务时长 ${hoursText(s.minutes)} 小时。`,
    { width, lineGap: 6, indent: 26 },
  );
  doc.moveDown(0.5).fontSize(13).text('特此证明。', { width, indent: 26 });
  doc.moveDown(1);

  // The services, one row each; the header repeats on every page.
  const cols = [
    { title: '服务日期', width: 92, align: 'left' as const },
    { title: '服务内容', width: width - 92 - 80, align: 'left' as const },
    { title: '时长（小时）', width: 80, align: 'right' as const },
  ];
  const bottom = A4.height - MARGIN - 40;
  const header = () => {
    const y = doc.y;
    doc.fontSize(10.5).fillColor(MUTED);
    let x = MARGIN;
    for (const c of cols) {
      doc.text(c.title, x, y, { width: c.width, align: c.align });
      x += c.width;
    }
    doc
      .moveTo(MARGIN, doc.y + 3)
      .lineTo(MARGIN + width, doc.y + 3)
      .strokeColor(RULE)
      .stroke();
    doc.y += 7;
  };
  header();
  doc.fillColor(INK).fontSize(10.5);
  for (const line of s.services) {
    const content = line.content === line.title ? line.title : `${line.title}：${line.content}`;
    const cells = [zhDate(line.date), content, hoursText(line.minutes)];
    const height = Math.max(
      ...cells.map((text, i) => doc.heightOfString(text, { width: cols[i].width - 6 })),
    );
    if (doc.y + height > bottom) {
      doc.addPage();
      header();
      doc.fillColor(INK).fontSize(10.5);
    }
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.text(text, x, y, { width: cols[i].width - 6, align: cols[i].align });
      x += cols[i].width;
    });
    doc.y = y + height + 4;
  }
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .strokeColor(RULE)
    .stroke();
  doc.y += 6;
  doc.text(`合计 ${hoursText(s.minutes)} 小时`, MARGIN, doc.y, { width, align: 'right' });

  // The issuer, the date and how to verify, kept together on the last page.
  const qrSize = 96;
  if (doc.y + qrSize + 60 > A4.height - MARGIN) doc.addPage();
  const top = Math.max(doc.y + 24, A4.height - MARGIN - qrSize - 56);
  drawQr(doc, s.verifyUrl, MARGIN + width - qrSize, top, qrSize);
  doc
    .fontSize(9)
    .fillColor(MUTED)
    .text('扫码核验', MARGIN + width - qrSize, top + qrSize + 4, {
      width: qrSize,
      align: 'center',
    });
  doc.fillColor(INK).fontSize(13);
  doc.text(`记录单位：${s.community}`, MARGIN, top, { width: width - qrSize - 20 });
  doc.moveDown(0.4).text(`出具日期：${zhDate(s.issuedOn)}`, { width: width - qrSize - 20 });
  doc.moveDown(0.4).text(`核验码：${groupedCode(s.code)}`, { width: width - qrSize - 20 });
  doc
    .moveDown(0.8)
    .fontSize(9)
    .fillColor(MUTED)
    .text(`本证明依据志愿服务记录免费出具，内容以出具时的记录为准。核验：${s.verifyUrl}`, {
      width: width - qrSize - 20,
      lineGap: 2,
    });
  doc.end();
  return done;
}

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = qrModules(text);
  const cell = size / qr.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < qr.size; row++)
    for (let col = 0; col < qr.size; col++)
      if (qr.dark(col, row)) doc.rect(x + col * cell, y + row * cell, cell, cell);
  doc.fill().restore();
}
