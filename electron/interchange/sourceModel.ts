import { indexDi } from './diIndex';
import { createModdle, idOf, many, one } from './moddle';
import { mapProcess } from './sourceProcess';
import { type SourceContext, type SourceModel, type SourceProcess } from './sourceTypes';
import { notBpmn } from './xmlGuard';
import { attr, indexXml, isBpmn, resolveId } from './xmlIndex';

/*
 * A BPMN file read for RoleFlow: bpmn-moddle's model (types, references, warnings) joined
 * to the text index (where each element is written), and for each process the graph RoleFlow
 * shows plus the source ranges every node, edge and lane came from.
 *
 * Import builds it from the file; export of an imported process builds it again from the
 * kept source text, which gives the graph as it was imported — the baseline the edited graph
 * is compared with — without storing a second copy of the graph.
 */

export async function readSource(text: string): Promise<SourceModel> {
  const moddle = createModdle();
  let parsed;
  try {
    parsed = await moddle.fromXML(text);
  } catch {
    // XML, but its root is not <definitions> in the BPMN 2.0 namespace.
    throw notBpmn();
  }
  const index = indexXml(text);
  const context: SourceContext = { index, di: indexDi(index), pools: new Map() };
  const definitions = parsed.rootElement;
  const roots = many(definitions, 'rootElements');
  const processById = new Map(
    roots.filter((root) => root.$instanceOf('bpmn:Process')).map((root) => [idOf(root), root]),
  );
  for (const collaboration of roots.filter((root) => root.$instanceOf('bpmn:Collaboration'))) {
    for (const participant of many(collaboration, 'participants')) {
      // bpmn-moddle leaves a reference written as a QName ("ns:Process_1") unresolved.
      const written = index.byId.get(idOf(participant) ?? '');
      const process =
        one(participant, 'processRef') ??
        processById.get(resolveId(index, written && attr(written, 'processRef')));
      if (process !== undefined && !context.pools.has(process)) {
        context.pools.set(process, { participant, collaboration });
      }
    }
  }
  const processElements = index.root.children.filter((child) => isBpmn(child, 'process'));
  const processes: SourceProcess[] = [];
  roots
    .filter((root) => root.$instanceOf('bpmn:Process'))
    .forEach((process, position) => {
      const id = idOf(process);
      const element = id === undefined ? processElements[position] : index.byId.get(id);
      if (element === undefined) return;
      const mapped = mapProcess(context, process, element, id ?? `#${position}`);
      if (mapped !== undefined) processes.push(mapped);
    });
  return { index, di: context.di, definitions, warnings: parsed.warnings, processes };
}
