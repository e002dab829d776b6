import type { ThemeConfig } from 'antd';

/** One calm palette for the whole app: HR documents, not a dashboard. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#17324d', headerHeight: 48, headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
