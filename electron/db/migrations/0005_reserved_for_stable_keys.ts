import type { Migration } from './types';

/**
 * Stand-in for migration 5 (stable keys), which is written on another branch. It only keeps
 * the numbering consecutive on this branch; the real 0005 replaces it when the branches merge.
 */
export const reservedForStableKeys: Migration = {
  version: 5,
  name: 'reserved_for_stable_keys',
  up() {},
};
