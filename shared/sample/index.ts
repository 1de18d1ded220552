export { buildSamplePlan } from './build';
export { SAMPLE_ENGINE_SETTINGS, SAMPLE_PROFILE } from './content';
export { SAMPLE_ACCOUNTS, SAMPLE_PEOPLE, SAMPLE_UNITS } from './inventory';
export { drawSampleLogo, LOGO_HEIGHT, LOGO_WIDTH } from './logo';
export { crc32, encodePng, type Deflate, type RgbaImage } from './png';
