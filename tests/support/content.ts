import { join } from 'node:path';

export { loadContent } from '../../src/lib/content/load-from-disk';
export const REAL_CONTENT = join(import.meta.dirname, '../../content');
export const FIXTURES = join(import.meta.dirname, '../fixtures/content');
