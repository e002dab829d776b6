import type { ThemeConfig } from 'antd';

/*
 * Text colours are set by hand where antd's defaults fall below WCAG 2.1 AA (4.5:1 for text)
 * on white and on the light tints the app puts behind text (selected row #e6effa, the checks'
 * #fffbe6): antd's secondary grey #8c8c8c is 3.36:1, its placeholder #bfbfbf 1.83:1, warning
 * text #faad14 1.90:1, error #ff4d4f 3.26:1, success #52c41a 2.26:1, link #1677ff 4.10:1.
 * Each replacement is the same hue, darker — a darker grey rather than a new colour.
 * Figures are against white / #e6effa; tests/e2e/accessibility.spec.ts checks them with axe.
 */
const TEXT = {
  /** Labels, hints, secondary lines: 5.74:1 / 4.95:1. */
  secondary: '#666666',
  /** Placeholders stay lighter than typed values, yet legible: 4.95:1 on white. */
  placeholder: '#707070',
  /** The app's blue for links too (antd would use its own #1677ff): 6.44:1 / 5.55:1. */
  link: '#1f5fa8',
  /** antd red-7: 5.57:1 / 4.80:1; also the danger buttons' text and error borders. */
  error: '#cf1322',
  /** antd orange-8, still read as a warning: 5.43:1 / 4.68:1. */
  warning: '#ad4e00',
  /** antd green-8: 5.59:1 / 4.81:1. */
  success: '#237804',
};

/* Coloured tags' text is darkened in contrast.css: their palette shades ignore the tokens. */

/** One calm palette for the whole app: HR documents, not a dashboard. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 6,
    fontSize: 14,
    colorTextTertiary: TEXT.secondary,
    colorTextDescription: TEXT.secondary,
    colorTextPlaceholder: TEXT.placeholder,
    colorLink: TEXT.link,
    colorError: TEXT.error,
    colorErrorText: TEXT.error,
    colorWarningText: TEXT.warning,
    colorSuccessText: TEXT.success,
  },
  components: {
    Layout: { headerBg: '#17324d', headerHeight: 48, headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
