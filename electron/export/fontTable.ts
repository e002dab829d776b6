import { EAST_ASIA_FALLBACK, FONTS } from './docxStyles';

/*
 * word/fontTable.xml. docx writes it empty; Word then knows nothing of a font it does not
 * have but its name, and may substitute a Latin font that lacks Chinese glyphs. Declaring
 * the fonts with their Chinese alternative name (w:altName), GB2312 charset (86) and panose
 * lets Word (Windows, macOS) and WPS choose a Chinese substitute when Microsoft YaHei is
 * missing — SimSun (宋体), declared too, is on every Chinese Windows. LibreOffice goes
 * through fontconfig with the run's language (zh-CN) and lands on Noto Sans CJK SC on Linux.
 */

type FontEntry = {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'swiss' | 'roman' | 'auto';
  pitch: 'variable';
  sig: [string, string, string, string, string, string];
};

const ENTRIES: FontEntry[] = [
  {
    name: FONTS.ascii,
    panose: '020F0502020204030204',
    charset: '00',
    family: 'swiss',
    pitch: 'variable',
    sig: ['E4002EFF', 'C000247B', '00000009', '00000000', '000001FF', '00000000'],
  },
  {
    name: FONTS.eastAsia,
    altName: '微软雅黑',
    panose: '020B0503020204020204',
    charset: '86',
    family: 'swiss',
    pitch: 'variable',
    sig: ['80000287', '2ACF3C50', '00000016', '00000000', '0004001F', '00000000'],
  },
  {
    name: EAST_ASIA_FALLBACK,
    altName: '宋体',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
    sig: ['00000003', '288F0000', '00000016', '00000000', '00040001', '00000000'],
  },
];

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function entryXml(font: FontEntry): string {
  const [usb0, usb1, usb2, usb3, csb0, csb1] = font.sig;
  return [
    `<w:font w:name="${escape(font.name)}">`,
    font.altName === undefined ? '' : `<w:altName w:val="${escape(font.altName)}"/>`,
    `<w:panose1 w:val="${font.panose}"/>`,
    `<w:charset w:val="${font.charset}"/>`,
    `<w:family w:val="${font.family}"/>`,
    `<w:pitch w:val="${font.pitch}"/>`,
    `<w:sig w:usb0="${usb0}" w:usb1="${usb1}" w:usb2="${usb2}" w:usb3="${usb3}" w:csb0="${csb0}" w:csb1="${csb1}"/>`,
    '</w:font>',
  ].join('');
}

export const FONT_TABLE_PATH = 'word/fontTable.xml';

export function fontTableXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    ENTRIES.map(entryXml).join('') +
    '</w:fonts>'
  );
}

/** For Packer's `overrides`: replaces the empty font table docx writes. */
export function fontTableOverride(): { path: string; data: string } {
  return { path: FONT_TABLE_PATH, data: fontTableXml() };
}
