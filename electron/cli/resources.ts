import { fileURLToPath } from 'node:url';

/** The sample plan shipped in the repository (built by scripts/build-sample.ts). */
export const BUNDLED_SAMPLE_PATH = fileURLToPath(new URL('../../resources/sample/sample.rumbo', import.meta.url));
