import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession } from '../helpers/tempFiles';

const FIXTURES = path.resolve('tests', 'unit', 'interchange', 'fixtures');

function setup() {
  const { session } = openTempSession();
  return createServices({ session, dialogs: NO_DIALOGS, settings: null });
}

describe('BPMN through the services', () => {
  it('imports a file into processes whose lanes are bound to roles, and exports it back', async () => {
    const services = setup();
    const bytes = fs.readFileSync(path.join(FIXTURES, 'A.4.1.bpmn'));
    const { processIds } = await services.bpmn.importFile(bytes);
    expect(processIds.length).toBeGreaterThan(0);
    for (const id of processIds) {
      const process = services.processes.get(id);
      expect(process.graph.nodes.length).toBeGreaterThan(0);
      for (const lane of process.graph.lanes.filter((l) => l.name.trim())) {
        expect(lane.owner.kind).toBe('role');
      }
      // The preserved source stays in main; the editor gets only what it draws.
      expect(process.graph).not.toHaveProperty('bpmn');
    }
    const [first] = processIds;
    if (first === undefined) throw new Error('nothing imported');
    const exported = await services.bpmn.exportFile(first);
    const xml = Buffer.from(exported.data ?? '', 'base64').toString('utf8');
    expect(xml).toContain('bpmndi:BPMNDiagram');
    expect(exported.fileName.endsWith('.bpmn')).toBe(true);
  });

  it('matches lane names to existing roles instead of creating new ones', async () => {
    const services = setup();
    const first = await services.bpmn.importFile(
      fs.readFileSync(path.join(FIXTURES, 'A.4.1.bpmn')),
    );
    const rolesAfterFirst = services.roles.list(null).length;
    await services.bpmn.importFile(fs.readFileSync(path.join(FIXTURES, 'A.4.1.bpmn')));
    expect(services.roles.list(null)).toHaveLength(rolesAfterFirst);
    expect(first.processIds.length).toBeGreaterThan(0);
  });

  it('refuses hostile XML with a clear message and imports nothing', async () => {
    const services = setup();
    const hostile = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    );
    await expect(services.bpmn.importFile(hostile)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/DOCTYPE/),
    });
    expect(services.processes.list({ processClass: null, departmentId: null })).toEqual([]);
  });
});
