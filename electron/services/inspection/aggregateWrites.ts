import { AppError } from '../../../shared/errors';
import type { AggregateTable } from '../../db/repositories/inspection/aggregateTable';
import { editConflict, type VersionedWhat } from '../editConflict';

type Stamped = { key: string; editVersion: number; createdAt: string; updatedAt: string };

/*
 * Saves and deletes of the inspection aggregates, versioned as processes are: a save names the
 * edit version it was based on; another window's save in between is EDIT_CONFLICT and nothing
 * is written. The library stamps the times (a window's clock is not the library's).
 */

export function notFound(what: VersionedWhat, key: string): AppError {
  return new AppError('NOT_FOUND', `No ${what} has the key ${key}.`, { what });
}

export function stored<T extends Stamped>(
  table: AggregateTable<T>,
  what: VersionedWhat,
  key: string,
): T {
  const item = table.get(key);
  if (!item) throw notFound(what, key);
  return item;
}

/**
 * Creates the aggregate when its key is new (based on nothing: editVersion 0), else writes it
 * over the stored one at the same edit version. `name` names it in a conflict message.
 */
export function upsert<T extends Stamped>(
  table: AggregateTable<T>,
  item: T,
  what: VersionedWhat,
  name: string,
  now: string,
): T {
  const existing = table.get(item.key);
  if (!existing) {
    // A copy based on a stored version whose row is gone was deleted in another window.
    if (item.editVersion !== 0) throw notFound(what, item.key);
    table.insert({ ...item, createdAt: now, updatedAt: now });
  } else if (!table.update(item, now)) {
    throw editConflict(what, name);
  }
  return stored(table, what, item.key);
}

export function remove<T extends Stamped>(
  table: AggregateTable<T>,
  what: VersionedWhat,
  key: string,
  expectedVersion: number,
  name: (item: T) => string,
): { key: string } {
  const item = stored(table, what, key);
  if (!table.delete(key, expectedVersion)) throw editConflict(what, name(item));
  return { key };
}
