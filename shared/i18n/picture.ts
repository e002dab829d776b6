import type { PictureLabels } from '../picture/titleBlock';
import type { PictureErrorCode } from '../errors';
import type { Locale } from './locales';

/*
 * What the pictures of a map print (title block, legend, off-page connectors), the export
 * dialog, and why an export was refused. Typed, so a new label cannot ship in one language only.
 */

type PictureText = {
  labels: PictureLabels;
  dialog: Record<string, string>;
  errors: Record<PictureErrorCode, string>;
};

const en: PictureText = {
  labels: {
    code: 'Code',
    version: 'Version',
    date: 'Date',
    page: 'Page {{n}} of {{m}}',
    toPage: 'to page {{n}}',
    fromPage: 'from page {{n}}',
    legend: {
      VA: 'Value adding (VA)',
      BVA: 'Business value adding (BVA)',
      NVA: 'Non value adding (NVA)',
      approval: 'Approval',
      inspection: 'Inspection',
      handOff: 'Hand-off',
      offPage: 'Off-page connector',
      hop: 'Connectors crossing',
    },
  },
  dialog: {
    open: 'Picture (PDF, PNG, SVG)…',
    title: 'Export picture',
    format: 'Format',
    pdf: 'PDF',
    png: 'PNG (300 dpi)',
    svg: 'SVG',
    layout: 'Pages',
    fit: 'One page, fitted',
    tiled: 'Tiled across pages',
    paper: 'Paper',
    orientation: 'Page orientation',
    portrait: 'Portrait',
    landscape: 'Landscape',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    grid: '{{columns}} along the flow × {{rows}} across',
    textSize: 'Step labels print at {{size}} pt.',
    tooSmall:
      'At {{size}} pt the labels are smaller than the readable {{min}} pt: choose tiled pages.',
    zipNote: 'Several pages: the files come in one .zip, one file per page.',
    export: 'Export',
    done: 'Exported {{name}}',
  },
  errors: {
    PICTURE_FONT_MISSING:
      'No Chinese font was found on this computer (looked for {{fonts}}), so the PDF could not ' +
      'show Chinese text. Install one of these fonts, or export PNG or SVG instead.',
  },
};

const zhCN: PictureText = {
  labels: {
    code: '流程编号',
    version: '版本',
    date: '日期',
    page: '第 {{n}} 页 / 共 {{m}} 页',
    toPage: '转第 {{n}} 页',
    fromPage: '接第 {{n}} 页',
    legend: {
      VA: '增值 (VA)',
      BVA: '必要非增值 (BVA)',
      NVA: '非增值 (NVA)',
      approval: '审批',
      inspection: '检查',
      handOff: '交接',
      offPage: '跨页连接',
      hop: '连接线交叉',
    },
  },
  dialog: {
    open: '导出图片（PDF、PNG、SVG）…',
    title: '导出流程图',
    format: '格式',
    pdf: 'PDF',
    png: 'PNG（300 dpi）',
    svg: 'SVG',
    layout: '页面',
    fit: '缩放到一页',
    tiled: '分页平铺',
    paper: '纸张',
    orientation: '方向',
    portrait: '纵向',
    landscape: '横向',
    pages_one: '共 {{count}} 页',
    pages_other: '共 {{count}} 页',
    grid: '沿流程方向 {{columns}} 页 × 横跨泳道 {{rows}} 页',
    textSize: '步骤文字印出约 {{size}} 磅。',
    tooSmall: '文字只有 {{size}} 磅，小于可读的 {{min}} 磅：请改用分页平铺。',
    zipNote: '多页时打包为一个 .zip 文件，每页一个文件。',
    export: '导出',
    done: '已导出 {{name}}',
  },
  errors: {
    PICTURE_FONT_MISSING:
      '本机没有找到中文字体（已查找 {{fonts}}），PDF 无法显示中文。请安装其中一种字体，或改为导出 PNG 或 SVG。',
  },
};

export const pictureMessages: Record<Locale, PictureText> = { en, 'zh-CN': zhCN };
