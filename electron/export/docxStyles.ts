import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { ExportLanguage } from './labels';

/*
 * The house style of exported documents: fonts, colours, sizes, page setup. One place, so a
 * position description and a handbook look the same, and so a handbook of 500 roles shares
 * one set of style definitions instead of repeating formatting on every paragraph.
 */

/**
 * Fonts per script. Latin text in Calibri. East Asian text in Microsoft YaHei (微软雅黑),
 * installed with every Windows since Vista and readable on screen and paper; Word on a
 * machine without it substitutes through the font table (see fontTable.ts, which declares
 * YaHei and SimSun/宋体 with their GB2312 charset and panose so the substitute is a Chinese
 * font, not a Latin one with missing glyphs). LibreOffice on Linux asks fontconfig for
 * "Microsoft YaHei" with lang=zh-cn (from w:lang below) and gets Noto Sans CJK; the zh-CN
 * language also makes it draw the Simplified Chinese glyph forms (checked: with ja-JP the
 * same characters come out in their Japanese forms).
 */
export const FONTS = {
  ascii: 'Calibri',
  hAnsi: 'Calibri',
  cs: 'Calibri',
  eastAsia: 'Microsoft YaHei',
} as const;

/** The East Asian fallback the font table declares next to YaHei. */
export const EAST_ASIA_FALLBACK = 'SimSun';

const ZH_RUN_FONT = { ...FONTS, hint: 'eastAsia' } as const;

/**
 * Font for runs. The styles carry the fonts too, but a run's own eastAsia font survives what
 * styles do not: text copied into another document, or a style changed by a user's template.
 * The eastAsia hint makes shared punctuation (“”, ·, —) use the Chinese font in Chinese text.
 */
export function runFont(lang: ExportLanguage) {
  return lang === 'zh' ? ZH_RUN_FONT : FONTS;
}

export const COLORS = {
  text: '262626',
  heading: '1F3864',
  muted: '7F7F7F',
  /** Table grid: light grey, so the content, not the ruling, catches the eye. */
  border: 'BFBFBF',
  /** Header rows of tables. */
  headerFill: 'DCE3EE',
  /** Label column of key–value tables. */
  labelFill: 'F2F2F2',
  /** The rule under section headings. */
  rule: '8EA9DB',
} as const;

/** Half-points, as docx wants them. */
export const SIZES = {
  body: 21, // 10.5 pt: 五号, the usual size of Chinese forms
  table: 19, // 9.5 pt
  small: 17,
  heading1: 36,
  heading2: 26,
  heading3: 22,
  cover: 52,
} as const;

/** Paragraph style ids defined here; templates refer to them instead of repeating formatting. */
export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  subtitle: 'RoleSubtitle',
  empty: 'EmptyMark',
  note: 'NoteText',
  label: 'FieldLabel',
  contentsHeading: 'ContentsHeading',
  /** Word's own id for the first level of a table of contents, so its update keeps the look. */
  contents1: 'TOC1',
} as const;

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Margins in twips: 2.2 cm top/bottom, 2.0 cm left/right; header and footer 1.2 cm from the edge. */
export const MARGINS = {
  top: 1247,
  bottom: 1247,
  left: 1134,
  right: 1134,
  header: 680,
  footer: 680,
} as const;
/** Width of the text column in twips (≈ 17 cm); tables are laid out against it. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/**
 * Paragraph spacing in twips; `line` in 240ths of a line. The rule is always written:
 * LibreOffice reads a line value without one as an exact height, which clips large type.
 */
export function spacing(before: number, after: number, line = 240) {
  return { before, after, line, lineRule: LineRuleType.AUTO };
}

export function pageProperties(): ISectionPropertiesOptions {
  return { page: { size: { width: A4.width, height: A4.height }, margin: MARGINS } };
}

export function documentStyles(): IStylesOptions {
  const headingRun = (size: number) => ({ font: FONTS, size, bold: true, color: COLORS.heading });
  return {
    default: {
      document: {
        run: {
          font: FONTS,
          size: SIZES.body,
          color: COLORS.text,
          // zh-CN on East Asian text: Word picks the Simplified Chinese font for it, and
          // LibreOffice asks fontconfig for a zh-cn font (Noto Sans CJK SC) when YaHei is missing.
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: spacing(0, 80, 264) },
      },
      // Heading 1 is the role's title: the one level a handbook's table of contents lists.
      heading1: {
        run: headingRun(SIZES.heading1),
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: spacing(0, 60, 240),
          keepNext: true,
          outlineLevel: 0,
        },
      },
      // Heading 2: the sections of the document, ruled underneath like a printed form.
      heading2: {
        run: headingRun(SIZES.heading2),
        paragraph: {
          spacing: spacing(280, 120, 240),
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: 2 } },
        },
      },
      heading3: {
        run: headingRun(SIZES.heading3),
        paragraph: {
          spacing: spacing(160, 60, 240),
          keepNext: true,
          outlineLevel: 2,
        },
      },
      title: {
        run: { font: FONTS, size: SIZES.cover, bold: true, color: COLORS.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0, 240) },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZES.table },
        paragraph: { spacing: spacing(20, 20, 240) },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { bold: true, color: COLORS.heading },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.subtitle,
        name: 'Role Subtitle',
        basedOn: 'Normal',
        run: { size: SIZES.table, color: COLORS.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0, 240), keepNext: true },
      },
      {
        id: STYLE.empty,
        name: 'Empty Section',
        basedOn: 'Normal',
        run: { color: COLORS.muted },
      },
      {
        id: STYLE.note,
        name: 'Note Text',
        basedOn: 'Normal',
        run: { size: SIZES.small, color: COLORS.muted },
      },
      {
        id: STYLE.label,
        name: 'Field Label',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: spacing(60, 20), keepNext: true },
      },
      {
        id: STYLE.contentsHeading,
        name: 'Contents Heading',
        basedOn: 'Normal',
        run: { size: SIZES.heading1, bold: true, color: COLORS.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(240, 360) },
      },
      {
        id: STYLE.contents1,
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: spacing(60, 60) },
      },
    ],
  };
}
