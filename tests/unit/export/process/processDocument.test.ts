import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDocContext } from '../../../../electron/export/process/context';
import { mapTextPt } from '../../../../electron/export/process/mapImages';
import { buildProcessHandbook } from '../../../../electron/export/process/processHandbook';
import { buildProcessDocx, MAP_AREA } from '../../../../electron/export/process/processDocument';
import { MIN_TEXT_PT } from '../../../../shared/picture';
import { readDocx } from '../docxXml';
import {
  AS_IS,
  contextOf,
  EN_HEADINGS,
  EXPENSES,
  EXPORTED_AT,
  sampleServices,
  ZH_HEADINGS,
  type Services,
} from './insurerFixture';

/*
 * The 流程说明书 read back from its XML: every section of PROCESS-ANALYSIS.md §e in order, the
 * data of the insurer sample where it belongs, the map as pictures on landscape pages, and the
 * fixed format (heading and dash) where a process has no data.
 */

const EMU_PER_PT = 12_700;
/** Rasterising the insurer's map is slow on a busy machine. */
const SLOW = 240_000;

/** The document's text, runs joined per paragraph, paragraphs on lines. */
function plainText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

let zh: ProcessDocContext;
let blank: ProcessDocContext;
let expenses: ProcessDocContext;

// The library's session closes after each test: everything is read from it here.
beforeAll(() => {
  const services: Services = sampleServices();
  zh = contextOf(services, AS_IS, 'zh');
  expenses = contextOf(services, EXPENSES, 'zh');
  const created = services.processes.create('空白流程', null);
  blank = { ...services.processDocs.context(created, 'zh'), exportedAt: EXPORTED_AT };
}, SLOW);

describe('流程说明书 of the insurer sample', () => {
  it(
    'has every section of §e, in order',
    async () => {
      const text = plainText((await readDocx(await buildProcessDocx(zh))).document);
      const positions = ZH_HEADINGS.map((heading) => text.indexOf(`${heading}\n`));
      positions.forEach((at, i) => expect(at, ZH_HEADINGS[i]).toBeGreaterThan(0));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(text).toContain('保单签发（现状） / Policy issuing (as-is) 流程说明书');
      for (const cell of ['编制', '审核', '批准', '流程编号', 'INS-P01', '关键流程']) {
        expect(text).toContain(cell);
      }
    },
    SLOW,
  );

  it(
    'prints each step with its responsible role, instruction and RACI, and each role with its description number',
    async () => {
      const text = plainText((await readDocx(await buildProcessDocx(zh))).document);
      const activities = zh.process.graph.nodes.filter((n) => n.kind === 'activity');
      expect(activities.length).toBeGreaterThan(20);
      for (const step of activities) {
        expect(text, step.label).toContain(step.label);
        const instruction = step.activity?.instruction.trim() ?? '';
        if (instruction !== '') expect(text, step.label).toContain(instruction);
      }
      for (const role of zh.roles.values()) {
        expect(text).toContain(role.code);
      }
      // A duty of the 核保员's description linked to two steps names them by the map's own
      // step numbers (the ones the editor shows and the step table lists).
      const mapNumber = (id: string) => zh.process.graph.nodes.find((n) => n.id === id)?.stepNumber;
      expect([mapNumber('uw-check'), mapNumber('uw-assess')]).toEqual([150, 160]);
      expect(text).toMatch(/作出核保结论（150、160）/);
      expect(text).toContain('INS-P01-WI-10');
      expect(text).toContain('R 负责执行；A 审批/最终负责；C 咨询；I 知会。');
    },
    SLOW,
  );

  it(
    'places the map as full-width pictures on landscape pages, labels at a readable size',
    async () => {
      const parts = await readDocx(await buildProcessDocx(zh));
      const media = parts.names.filter((name) => /^word\/media\/.+\.png$/.test(name));
      expect(zh.mapPages.length).toBeGreaterThan(0);
      expect(media).toHaveLength(zh.mapPages.length);
      const extents = [...parts.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)];
      expect(extents).toHaveLength(zh.mapPages.length);
      for (const [, cx] of extents) {
        expect(Number(cx) / EMU_PER_PT).toBeCloseTo(MAP_AREA.width, 0);
      }
      expect(parts.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      // Placed at 100 %: the printed label size is the tiling's, never below the minimum.
      expect(mapTextPt(zh.process.graph, MAP_AREA)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      expect(blank.mapPages).toHaveLength(0);
    },
    SLOW,
  );

  it(
    'has the analysis appendix: summary, ESIA findings with rule ids, and the as-is / to-be table',
    async () => {
      const text = plainText((await readDocx(await buildProcessDocx(zh))).document);
      expect(text).toContain('分析摘要');
      expect(text).toContain('流程效率 PCE');
      expect(zh.analysis.findings.some((f) => f.rule === 'E2')).toBe(true);
      expect(text).toMatch(/E2 /);
      expect(zh.comparison).not.toBeNull();
      expect(text).toContain('现状与改进对比');
      expect(text).toContain('周期');
    },
    SLOW,
  );

  it(
    'prints the English process description with the same sections',
    async () => {
      const en = { ...zh, lang: 'en' as const };
      const text = plainText((await readDocx(await buildProcessDocx(en))).document);
      for (const heading of EN_HEADINGS) expect(text, heading).toContain(`${heading}\n`);
      expect(text).toContain('Prepared by');
    },
    SLOW,
  );
});

describe('a process with no data', () => {
  it(
    'prints every heading and the dash, and no pictures',
    async () => {
      const parts = await readDocx(await buildProcessDocx(blank));
      const text = plainText(parts.document);
      for (const heading of ZH_HEADINGS) {
        const after = text.slice(text.indexOf(`${heading}\n`) + heading.length + 1);
        expect(text, heading).toContain(`${heading}\n`);
        // The fixed format: a section without data shows the dash (the analysis shows its box).
        if (!heading.startsWith('附录 A') && !heading.startsWith('五')) {
          expect(after.startsWith('—'), heading).toBe(true);
        }
      }
      expect(parts.names.some((name) => name.startsWith('word/media/'))).toBe(false);
    },
    SLOW,
  );
});

describe('process handbook', () => {
  it(
    'lists every process under its department with a page reference carrying a number',
    async () => {
      const bytes = await buildProcessHandbook({
        title: '流程说明书汇编',
        scopeName: null,
        lang: 'zh',
        date: EXPORTED_AT,
        entries: [
          { departmentName: '保险业务示例 / Insurance case', ctx: zh },
          { departmentName: '财务部', ctx: expenses },
        ],
      });
      const { document } = await readDocx(bytes);
      const fields = [
        ...document.matchAll(/<w:fldSimple w:instr="PAGEREF (\S+) \\h">.*?<w:t[^>]*>(\d+)<\/w:t>/g),
      ];
      expect(fields.map(([, bookmark]) => bookmark)).toEqual([
        '_RoleFlow_process_1',
        '_RoleFlow_process_2',
      ]);
      expect(Number(fields[0]?.[2])).toBe(3);
      expect(Number(fields[1]?.[2])).toBeGreaterThan(3 + zh.mapPages.length);
      expect(document).toContain('w:name="_RoleFlow_process_2"');
      expect(plainText(document)).toContain('财务部');
    },
    SLOW,
  );
});
