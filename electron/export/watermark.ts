import { escapeXml } from './handbookContents';
import type { ExportLanguage } from './labels';

/*
 * The DRAFT / 草稿 watermark of a handbook of latest drafts: light grey text across the page
 * at 45°, anchored in the running header so it is on every page of the role, behind the text.
 * Written as Word writes its own "Draft" watermark (a VML text path), which Word and
 * LibreOffice both draw; it takes no room, so the page plan does not change.
 */

export const WATERMARK_TEXT: Record<ExportLanguage, string> = { zh: '草稿', en: 'DRAFT' };

/** Word's text-path shape type (#_x0000_t136), declared once per header part. */
const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" ' +
  'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>' +
  [
    'sum #0 0 10800',
    'prod #0 2 1',
    'sum 21600 0 @1',
    'sum 0 0 @2',
    'sum 21600 0 @3',
    'if @0 @3 0',
    'if @0 21600 @1',
    'if @0 0 @2',
    'if @0 @4 21600',
    'mid @5 @6',
    'mid @8 @5',
    'mid @7 @8',
    'mid @6 @7',
    'sum @6 0 @5',
  ]
    .map((eqn) => `<v:f eqn="${eqn}"/>`)
    .join('') +
  '</v:formulas><v:path textpathok="t" o:connecttype="custom" ' +
  'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/>' +
  '</v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

function watermarkParagraph(text: string, n: number): string {
  const style =
    'position:absolute;margin-left:0;margin-top:0;width:400pt;height:160pt;rotation:315;' +
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;' +
    'mso-position-vertical:center;mso-position-vertical-relative:margin';
  return (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>' +
    `<w:r><w:rPr><w:noProof/></w:rPr><w:pict>${SHAPE_TYPE}` +
    `<v:shape id="RoleFlowWatermark${n}" o:spid="_x0000_s${2048 + n}" type="#_x0000_t136" ` +
    `style="${style}" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">` +
    '<v:fill opacity=".5"/>' +
    `<v:textpath style="font-family:&quot;Microsoft YaHei&quot;;font-size:1pt" string="${escapeXml(text)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>'
  );
}

/** The header part with the watermark added after its own paragraphs. */
export function withWatermark(headerXml: string, text: string, n: number): string {
  return headerXml.replace('</w:hdr>', `${watermarkParagraph(text, n)}</w:hdr>`);
}
