import fs from 'node:fs';
import path from 'node:path';

/*
 * The font the PDF embeds so that Chinese is real, searchable text. Only fonts with the CJK
 * ideographs qualify; the first one found on this machine wins. A collection (.ttc) names the
 * face to use by its PostScript name. Without any of them the export is refused: a PDF whose
 * Chinese comes out blank must never be written.
 */

export type FontFace = { file: string; postscriptName?: string };
export type CjkFont = { name: string; regular: FontFace; bold: FontFace | null };

type Candidate = CjkFont;

function notoAt(folder: string): Candidate {
  return {
    name: 'Noto Sans CJK SC',
    regular: {
      file: path.join(folder, 'NotoSansCJK-Regular.ttc'),
      postscriptName: 'NotoSansCJKsc-Regular',
    },
    bold: { file: path.join(folder, 'NotoSansCJK-Bold.ttc'), postscriptName: 'NotoSansCJKsc-Bold' },
  };
}

/** Where the usual CJK fonts live on each system, best first. */
export function systemCjkFonts(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Candidate[] {
  if (platform === 'win32') {
    const fonts = path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
    return [
      {
        name: 'Microsoft YaHei',
        regular: { file: path.join(fonts, 'msyh.ttc'), postscriptName: 'MicrosoftYaHei' },
        bold: { file: path.join(fonts, 'msyhbd.ttc'), postscriptName: 'MicrosoftYaHei-Bold' },
      },
      { name: 'SimHei', regular: { file: path.join(fonts, 'simhei.ttf') }, bold: null },
      notoAt(fonts),
    ];
  }
  if (platform === 'darwin') {
    return [
      {
        name: 'PingFang SC',
        regular: {
          file: '/System/Library/Fonts/PingFang.ttc',
          postscriptName: 'PingFangSC-Regular',
        },
        bold: { file: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Semibold' },
      },
      {
        name: 'Hiragino Sans GB',
        regular: {
          file: '/System/Library/Fonts/Hiragino Sans GB.ttc',
          postscriptName: 'HiraginoSansGB-W3',
        },
        bold: {
          file: '/System/Library/Fonts/Hiragino Sans GB.ttc',
          postscriptName: 'HiraginoSansGB-W6',
        },
      },
      notoAt('/Library/Fonts'),
    ];
  }
  return [
    notoAt('/usr/share/fonts/opentype/noto'),
    notoAt('/usr/share/fonts/noto-cjk'),
    notoAt('/usr/share/fonts/google-noto-cjk'),
    notoAt('/usr/share/fonts/opentype/noto-cjk'),
    {
      name: 'WenQuanYi Micro Hei',
      regular: {
        file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
        postscriptName: 'WenQuanYiMicroHei',
      },
      bold: null,
    },
  ];
}

/** The first candidate whose regular face exists (its bold face only if that exists too). */
export function findCjkFont(
  candidates: readonly Candidate[],
  exists: (file: string) => boolean = fs.existsSync,
): CjkFont | null {
  for (const candidate of candidates) {
    if (!exists(candidate.regular.file)) continue;
    const bold = candidate.bold && exists(candidate.bold.file) ? candidate.bold : null;
    return { ...candidate, bold };
  }
  return null;
}
