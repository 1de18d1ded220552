/**
 * Snapshots kept inside a plan are whole plan files; gzip makes them a fraction of the size
 * (SQLite pages are mostly repeated structure), which matters for a file sent by e-mail.
 * CompressionStream is a web standard present in browsers, Workers and Node 18+.
 */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new CompressionStream('gzip'));
}

export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new DecompressionStream('gzip'));
}

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
