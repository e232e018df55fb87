// Partial updates: an update input carries undefined for "leave as it is" and null for "clear";
// this keeps only the fields the caller actually sent.
export type DefinedFields<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function definedFields<T extends object>(patch: T): DefinedFields<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) out[key] = value;
  return out as DefinedFields<T>;
}
