import { randomUUID } from 'node:crypto';
import { sampleInsurerInspections } from '../../../shared/inspection/sampleInsurerInspections';

/** The sample's inspections with made-up library ids, as the seed would resolve them. */
export function insurerSample() {
  const processKeys = new Map<string, string>();
  return sampleInsurerInspections({
    processKey: (code) => {
      let key = processKeys.get(code);
      if (!key) processKeys.set(code, (key = randomUUID()));
      return key;
    },
    roleId: (code) => ({ 'INS-001': 11, 'INS-002': 12 })[code] ?? 99,
    newKey: randomUUID,
  });
}
