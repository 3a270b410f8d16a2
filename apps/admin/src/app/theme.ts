import type { ThemeConfig } from 'antd';

/** 工会红: the brand colour of the union system, used sparingly on a neutral console. */
export const brandRed = '#c4161c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandRed,
    colorLink: '#1d5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px' },
  },
};
