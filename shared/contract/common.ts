import { z } from 'zod';

/*
 * Pieces of the IPC contract that the channel groups of issue 10 (links, library checks,
 * organisation views, responsibility changes) share with shared/contract.ts. Each group keeps
 * its channels in a file of its own here, spread into `contract`, so the groups grow apart.
 */

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** The edit version a write was based on (see EditVersioned in domain.ts). */
export const editVersion = z.number().int().min(0);
export const empty = z.strictObject({});
/** Params of a message code, rendered in the interface language by the renderer. */
export const messageParams = z.record(z.string(), z.union([z.string(), z.number()]));
