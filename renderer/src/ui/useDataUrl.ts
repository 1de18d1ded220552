import { useMemo } from 'react';

/** A data: URL for image bytes held in memory (the CSP allows data: images; nothing to revoke). */
export function useDataUrl(file: { bytes: Uint8Array; mime: string } | null): string | null {
  return useMemo(() => (file ? `data:${file.mime};base64,${toBase64(file.bytes)}` : null), [file]);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}
