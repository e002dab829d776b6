/** Node extents in flow terms (along and across the flow), per node index. */
export type Extents = { along: number[]; across: number[] };

/** The extent across the flow of a cell's nodes stacked with `gap` between them. */
export function stackSize(cell: readonly number[], extents: Extents, gap: number): number {
  const sizes = cell.reduce((sum, v) => sum + (extents.across[v] ?? 0), 0);
  return sizes + gap * Math.max(0, cell.length - 1);
}
