import type { Locale, MessageParams } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The certificate page's text, in its own lazy chunk with the page (the site catalogue in
 * `src/i18n/` is in every page's bundle; these strings are needed by this page only). English
 * must have every Chinese key: the type says so.
 */
const zhCN = {
  pageTitle: '荣誉证书',
  description: '{name}的荣誉证书：{title}（{year}年），附验证码和二维码，可在线核验。',
  heading: '荣誉证书',
  salutationPerson: '{name} 同志：',
  salutationOther: '{name}：',
  body: '荣获{year}年度“{title}”。',
  closing: '特发此证，以资鼓励。',
  employer: '工作单位：{employer}',
  codeLabel: '证书验证码',
  qrLabel: '证书验证二维码：{url}',
  scanHint: '扫码或访问以下网址核验本证书',
  print: '打印 / 保存为 PDF',
  printHint: '在打印窗口中将目标打印机选为“另存为 PDF”即可保存电子版，纸张选 A4。',
  back: '返回事迹',
  verifyLink: '在线验证',
  revokedTitle: '该证书已撤销',
  revokedBody: '“{title}”已于 {date} 撤销，证书不再有效，不再提供证书。',
  unknownTitle: '查无此证书',
  hiddenTitle: '证书有效，但不公开展示',
  hiddenBody: '获得者未同意公开姓名，证书不在网上展示；验证码仍可核验证书真伪。',
} as const;

export type CertificateMessageKey = keyof typeof zhCN;

const en: Record<CertificateMessageKey, string> = {
  pageTitle: 'Certificate',
  description:
    'Certificate of {name}: {title} ({year}), with a verification code and a QR code to check it online.',
  heading: 'Certificate of Honour',
  salutationPerson: 'To {name}:',
  salutationOther: 'To {name}:',
  body: 'Awarded the {title} of {year}.',
  closing: 'This certificate is presented in recognition.',
  employer: 'Employer: {employer}',
  codeLabel: 'Verification code',
  qrLabel: 'Verification QR code: {url}',
  scanHint: 'Scan, or open this address, to verify this certificate',
  print: 'Print / Save as PDF',
  printHint:
    'To keep a file, choose “Save as PDF” as the printer in the print window; paper size A4.',
  back: 'Back to the profile',
  verifyLink: 'Verify online',
  revokedTitle: 'This certificate has been revoked',
  revokedBody:
    'The {title} was revoked on {date}; the certificate is no longer valid and is not shown.',
  unknownTitle: 'No such certificate',
  hiddenTitle: 'Valid, but not shown publicly',
  hiddenBody:
    'The holder has not agreed to publish their name, so the certificate is not shown online; its code still verifies it.',
};

const certificateMessages: Record<Locale, Record<CertificateMessageKey, string>> = {
  'zh-CN': zhCN,
  en,
};

/** The certificate page's `t`, in the site's current language. */
export function useCertificateText(): (
  key: CertificateMessageKey,
  params?: MessageParams,
) => string {
  const { locale } = useI18n();
  const messages = certificateMessages[locale];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : String(value);
    });
}
