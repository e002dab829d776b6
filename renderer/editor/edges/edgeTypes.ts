import { ConnectorEdge } from './ConnectorEdge';

/** Edge components of the canvas, defined once outside React so React Flow keeps them stable. */
export const edgeTypes = { connector: ConnectorEdge };
