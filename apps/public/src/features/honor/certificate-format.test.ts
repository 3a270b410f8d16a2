import { describe, expect, it } from 'vitest';
import { certificateDate, verifyUrl } from './certificate-format';
import { parseHonorRoute } from './routes';

describe('verifyUrl', () => {
  it('builds the absolute verify URL a certificate’s QR code carries', () => {
    expect(verifyUrl('https://gonghui.example.cn', 'K7Q2-MX4D-9TRB')).toBe(
      'https://gonghui.example.cn/verify/K7Q2-MX4D-9TRB',
    );
    expect(verifyUrl('http://127.0.0.1:4173/', ' K7Q2-MX4D-9TRB ')).toBe(
      'http://127.0.0.1:4173/verify/K7Q2-MX4D-9TRB',
    );
    const url = new URL(verifyUrl('https://gonghui.example.cn', 'A B/C?'));
    expect(url.origin).toBe('https://gonghui.example.cn');
    expect(parseHonorRoute(url.pathname)).toEqual({ name: 'verify', code: 'A B/C?' });
  });
});

describe('certificateDate', () => {
  it('dates a certificate in Chinese numerals, on China’s calendar day', () => {
    expect(certificateDate('2026-06-08T02:00:00.000Z')).toBe('二〇二六年六月八日');
    // 16:30 UTC on 31 December is already 1 January in Beijing.
    expect(certificateDate('2025-12-31T16:30:00.000Z')).toBe('二〇二六年一月一日');
    expect(certificateDate('2024-10-10T00:00:00.000Z')).toBe('二〇二四年十月十日');
    expect(certificateDate('2027-11-20T00:00:00.000Z')).toBe('二〇二七年十一月二十日');
    expect(certificateDate('2030-03-31T00:00:00.000Z')).toBe('二〇三〇年三月三十一日');
    expect(certificateDate('2031-01-19T00:00:00.000Z')).toBe('二〇三一年一月十九日');
  });

  it('gives null for no date or an unreadable one', () => {
    expect(certificateDate(null)).toBeNull();
    expect(certificateDate('')).toBeNull();
    expect(certificateDate('not a date')).toBeNull();
  });
});
