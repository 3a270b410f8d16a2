import { z } from 'zod';

/** Input rules of nominations (shape only; the workflow rules are the domain's). */
export const nomineeNameRule = z
  .string()
  .trim()
  .min(1, 'HONOR_NOMINEE_NAME_EMPTY|请填写被推荐人姓名（名称）')
  .max(100, 'HONOR_NOMINEE_NAME_TOO_LONG|姓名（名称）最多 100 个字');

export const employerNameRule = z
  .string()
  .trim()
  .min(1, 'HONOR_EMPLOYER_NAME_EMPTY|请填写工作单位')
  .max(100, 'HONOR_EMPLOYER_NAME_TOO_LONG|工作单位最多 100 个字');

export const industryRule = z.string().max(50, 'HONOR_INDUSTRY_TOO_LONG|行业最多 50 个字');

export const citationRule = z
  .string()
  .trim()
  .min(1, 'HONOR_CITATION_EMPTY|请填写主要事迹')
  .max(3000, 'HONOR_CITATION_TOO_LONG|主要事迹最多 3000 个字');

/** Photos are links to https images only (never javascript: or data: URLs). */
export const photoUrlRule = z
  .string()
  .max(500, 'HONOR_PHOTO_URL_TOO_LONG|照片链接过长')
  .refine((value) => {
    if (value.trim() === '') return true;
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'HONOR_PHOTO_URL_INVALID|照片链接应为 https:// 开头的网址');

export const categoriesRule = z
  .array(
    z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'HONOR_CATEGORY_FORMAT|类别代码应为大写字母、数字和下划线'),
  )
  .max(20, 'HONOR_CATEGORIES_TOO_MANY|类别最多 20 个');
