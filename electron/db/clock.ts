/** ISO-8601 UTC timestamp for created/updated columns. */
export function nowIso(): string {
  return new Date().toISOString();
}
