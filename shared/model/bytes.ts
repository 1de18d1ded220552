import { z } from 'zod';

/** Raw bytes of any backing buffer (z.instanceof narrows to ArrayBuffer-backed arrays only). */
export const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'bytes' });
