/** Every corpus book's readable source, in file order. `npm run corpus` builds them to test/corpus/books/. */
import type { BookSource } from '../../scripts/corpus/types';
import { book as b01 } from './sources/01-official-form';

export const SOURCES: readonly BookSource[] = [b01];
