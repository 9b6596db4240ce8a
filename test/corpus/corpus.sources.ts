/** Every corpus book's readable source, in file order. `npm run corpus` builds them to test/corpus/books/. */
import type { BookSource } from '../../scripts/corpus/types';
import { book as b01 } from './sources/01-official-form';
import { book as b02 } from './sources/02-schools-wide';
import { book as b03 } from './sources/03-health';
import { book as b04 } from './sources/04-halfyear-and-year';
import { book as b05 } from './sources/05-parent-codes';
import { book as b06 } from './sources/06-enumerators-notes';
import { book as b07 } from './sources/07-outline-sections';
import { book as b08 } from './sources/08-midyear-missing';
import { book as b09 } from './sources/09-streets-aggregate';
import { book as b10 } from './sources/10-sheetnames-hidden';
import { book as b11 } from './sources/11-text-numbers';
import { book as b12 } from './sources/12-no-catalogue';
import { book as b13 } from './sources/13-rounding-grim';
import { book as b14 } from './sources/14-rules-ledger';
import { book as b15 } from './sources/15-libreoffice';
import { book as b16 } from './sources/16-wps';

export const SOURCES: readonly BookSource[] = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16];
