/**
 * Interface text of issue 11's dictionary work: an entry's texts per language, and the offer to
 * split a pasted list into duties. en and zh-CN have the same keys.
 */
const en = {
  dictionary: {
    descriptionZh: 'Description (Chinese)',
    descriptionEn: 'Description (English)',
    indicatorZh: 'Level {{level}} behavioural indicator (Chinese)',
    indicatorEn: 'Level {{level}} behavioural indicator (English)',
    indicatorPlaceholderZh: 'Chinese',
    indicatorPlaceholderEn: 'English',
  },
  paste: {
    offer: 'You pasted {{count}} lines. Make them {{count}} duties?',
    weights: 'Weights read: {{total}}%.',
    outOfRange:
      'Line {{lines}}: a weight outside 0–100 % stays in the text; set the weight by hand.',
    split: 'Split into {{count}} duties',
    keep: 'Keep as pasted',
  },
  errorFields: {
    descriptionZh: 'Description (Chinese)',
    descriptionEn: 'Description (English)',
    indicatorZh: 'Behavioural indicator (Chinese)',
    indicatorEn: 'Behavioural indicator (English)',
  },
};

const zhCN: typeof en = {
  dictionary: {
    descriptionZh: '中文说明',
    descriptionEn: '英文说明',
    indicatorZh: '{{level}} 级行为指标（中文）',
    indicatorEn: '{{level}} 级行为指标（英文）',
    indicatorPlaceholderZh: '中文',
    indicatorPlaceholderEn: '英文',
  },
  paste: {
    offer: '粘贴了 {{count}} 行内容。拆分为 {{count}} 条职责？',
    weights: '识别到的权重合计：{{total}}%。',
    outOfRange: '第 {{lines}} 行：权重超出 0–100%，保留在文字中，请手动填写权重。',
    split: '拆分为 {{count}} 条职责',
    keep: '保持原样',
  },
  errorFields: {
    descriptionZh: '中文说明',
    descriptionEn: '英文说明',
    indicatorZh: '中文行为指标',
    indicatorEn: '英文行为指标',
  },
};

export const dictionaryMessages = { en, 'zh-CN': zhCN };
