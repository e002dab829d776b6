import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../../electron/interchange/bpmnImport';
import { CORPUS, corpusFiles, fixture } from './helpers';
import { editedRoundTrip, unchangedRoundTrip } from './roundTrip';

/*
 * All 21 MIWG reference models (../shared/corpora/bpmn-miwg): each imports without error,
 * survives import → export → import with the same counts and every unmodelled element byte
 * for byte, and survives an edit in RoleFlow with only the edit changed.
 */

const files = corpusFiles();

// A missing corpus is a failure, not 64 silently skipped cases: CI must not pass without it.
describe(`the MIWG reference models in ${CORPUS}`, () => {
  it('are all there (set ROLEFLOW_BPMN_CORPUS if the folder is elsewhere)', () => {
    expect(files).toHaveLength(21);
  });

  describe.each(files.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
    const bytes = () => fs.readFileSync(file);

    it('imports without error, with a graph for every process that has steps', async () => {
      const result = await importBpmn(bytes());
      expect(result.processes.length).toBeGreaterThan(0);
      for (const process of result.processes) {
        expect(process.graph.nodes.length).toBeGreaterThan(0);
        const ids = new Set(process.graph.nodes.map((node) => node.id));
        for (const edge of process.graph.edges) {
          expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
        }
        const lanes = new Set(process.graph.lanes.map((lane) => lane.id));
        for (const node of process.graph.nodes) {
          expect(node.laneId === null || lanes.has(node.laneId)).toBe(true);
        }
      }
    });

    it('import → export → import keeps counts and every unmodelled element', async () => {
      await unchangedRoundTrip(bytes());
    });

    it('import → edit → export → import keeps the edit and everything else', async () => {
      await editedRoundTrip(bytes());
    });
  });
});

describe('the fixture copies', () => {
  it.each(['A.1.0.bpmn', 'A.4.1.bpmn', 'C.9.1.bpmn'])('%s round-trips', async (name) => {
    await unchangedRoundTrip(fixture(name));
    await editedRoundTrip(fixture(name));
  });
});
