const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids are UUIDs: anything else cannot name a record, so callers answer NOT_FOUND at once. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value)
}
