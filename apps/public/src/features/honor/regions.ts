/**
 * The county-level divisions (GB/T 2260) of 青岛市, the city the public site serves: the honor
 * roll's 区(市) filter and the names on cards and charts. The gateway stores only the code.
 */
export const cityRegionCode = '370200';

export const cityDistricts: readonly { code: string; zh: string; en: string }[] = [
  { code: '370202', zh: '市南区', en: 'Shinan' },
  { code: '370203', zh: '市北区', en: 'Shibei' },
  { code: '370211', zh: '黄岛区', en: 'Huangdao' },
  { code: '370212', zh: '崂山区', en: 'Laoshan' },
  { code: '370213', zh: '李沧区', en: 'Licang' },
  { code: '370214', zh: '城阳区', en: 'Chengyang' },
  { code: '370215', zh: '即墨区', en: 'Jimo' },
  { code: '370281', zh: '胶州市', en: 'Jiaozhou' },
  { code: '370283', zh: '平度市', en: 'Pingdu' },
  { code: '370285', zh: '莱西市', en: 'Laixi' },
];

const wider: Readonly<Record<string, { zh: string; en: string }>> = {
  '370200': { zh: '青岛市', en: 'Qingdao' },
  '370000': { zh: '山东省', en: 'Shandong' },
  '110000': { zh: '北京市', en: 'Beijing' },
};

/** The name of a division code, or the code itself when the site does not know it. */
export function regionName(code: string | null | undefined, locale: 'zh-CN' | 'en'): string {
  if (!code) return '—';
  const known = cityDistricts.find((district) => district.code === code) ?? wider[code];
  if (!known) return code;
  return locale === 'en' ? known.en : known.zh;
}
