import { describe, expect, it } from 'vitest';
import {
  barPercent,
  certificateCodeForUrl,
  formatInstantDate,
  nameInitial,
  objectionTextState,
  photoSource,
} from './format';
import { regionName } from './regions';

describe('objection text', () => {
  it('counts the trimmed text against 5–1000, as the API does', () => {
    expect(objectionTextState('  四个字啊  ')).toEqual({
      length: 4,
      tooShort: true,
      tooLong: false,
    });
    expect(objectionTextState('五个字就够')).toEqual({
      length: 5,
      tooShort: false,
      tooLong: false,
    });
    expect(objectionTextState('字'.repeat(1000)).tooLong).toBe(false);
    expect(objectionTextState('字'.repeat(1001))).toEqual({
      length: 1001,
      tooShort: false,
      tooLong: true,
    });
  });
});

describe('formatInstantDate', () => {
  it('gives the day in China, not in UTC', () => {
    expect(formatInstantDate('2026-03-04T17:30:00Z', 'zh-CN')).toBe('2026年3月5日');
    expect(formatInstantDate('2026-03-04T15:59:59Z', 'en')).toBe('2026-03-04');
    expect(formatInstantDate(null, 'zh-CN')).toBe('—');
    expect(formatInstantDate('not a date', 'zh-CN')).toBe('not a date');
  });
});

describe('barPercent', () => {
  it('scales to the longest bar and keeps small counts visible', () => {
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });
});

describe('small helpers', () => {
  it('takes the first character of a name, surrogate pairs included', () => {
    expect(nameInitial(' 王丽娟')).toBe('王');
    expect(nameInitial('𠮷田')).toBe('𠮷');
    expect(nameInitial('')).toBe('?');
  });

  it('loads only https or same-site photos', () => {
    expect(photoSource('https://photos.example.cn/a.jpg')).toBe('https://photos.example.cn/a.jpg');
    expect(photoSource('/uploads/a.jpg')).toBe('/uploads/a.jpg');
    expect(photoSource('//evil.example/a.jpg')).toBeNull();
    expect(photoSource('javascript:alert(1)')).toBeNull();
    expect(photoSource('http://plain.example/a.jpg')).toBeNull();
    expect(photoSource(null)).toBeNull();
  });

  it('puts a typed code in the URL without spaces, upper case', () => {
    expect(certificateCodeForUrl(' k7q2 mx4d-9trb ')).toBe('K7Q2MX4D-9TRB');
  });

  it('names Qingdao districts and leaves unknown codes as they are', () => {
    expect(regionName('370202', 'zh-CN')).toBe('市南区');
    expect(regionName('370283', 'en')).toBe('Pingdu');
    expect(regionName('999999', 'zh-CN')).toBe('999999');
    expect(regionName(null, 'zh-CN')).toBe('—');
  });
});
