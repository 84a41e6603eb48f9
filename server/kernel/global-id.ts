/**
 * Opaque global ids for the `Node` interface: base64url of `<TypeName>:<uuid>`. Clients must treat
 * them as opaque; the server decodes them to find the type and the row.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; returns null when it is not one of ours. */
export function decodeGlobalId(globalId: string): { typeName: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = text.indexOf(':');
  if (separator <= 0) return null;
  const typeName = text.slice(0, separator);
  const id = text.slice(separator + 1);
  return /^[A-Z][A-Za-z]+$/.test(typeName) && UUID.test(id) ? { typeName, id } : null;
}
