/**
 * A small E.164 normalizer for the content script. libphonenumber-js/min alone is ~29 KB gzip, the whole
 * content-script budget, so pages get this and the background may enrich with parsePhoneFull
 * (src/shared/phone.ts). Numbers it cannot prove are kept raw, without e164: shown, not dialed.
 */
import type { PhoneNumber } from '../../shared/domain';
import { cleanText, MAX_LABEL } from './normalize';

/** Regions whose national format we understand: country code, trunk prefix, national significant lengths. */
const REGIONS = {
  US: { cc: '1', trunk: '', lengths: [10] },
  CA: { cc: '1', trunk: '', lengths: [10] },
  GB: { cc: '44', trunk: '0', lengths: [9, 10] },
  IE: { cc: '353', trunk: '0', lengths: [7, 8, 9] },
  DE: { cc: '49', trunk: '0', lengths: [6, 7, 8, 9, 10, 11] },
  FR: { cc: '33', trunk: '0', lengths: [9] },
  NL: { cc: '31', trunk: '0', lengths: [9] },
  AU: { cc: '61', trunk: '0', lengths: [9] },
  IN: { cc: '91', trunk: '0', lengths: [10] },
} as const;
export type Region = keyof typeof REGIONS;

/** ITU country calling codes in use (kept equal to libphonenumber-js metadata by parse-phone.test.ts). */
export const COUNTRY_CODES = new Set(
  ('1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 ' +
    '84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 ' +
    '235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 262 ' +
    '263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 ' +
    '375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 ' +
    '592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 ' +
    '691 692 850 852 853 855 856 880 886 960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 ' +
    '993 994 995 996 998').split(' '),
);

// Countries whose numbers keep a leading 0 in international format (Italy, San Marino, West and Central Africa).
const LEADING_ZERO = new Set(['39', '378', '225', '229', '241', '242']);

// "x204", "ext. 204", "extension 204", "#204", RFC 3966 ";ext=204" at the end of the number.
const EXTENSION = /(?:;\s*ext\s*=\s*|[\s,;]*(?:ext(?:ension)?\.?|x|#)\s*:?\s*)(\d{1,10})$/i;
// Digits plus the punctuation people format numbers with; anything else (letters, vanity numbers) is not dialable.
const DIALABLE = /^\+?[\d\s()./\u2010-\u2015\u2212-]+$/;
// NANP: area code and exchange never start with 0 or 1.
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

function isInternational(digits: string): boolean {
  if (digits.length < 7 || digits.length > 15) return false;
  if (digits[0] === '1') return digits.length === 11 && NANP.test(digits.slice(1));
  const cc = [1, 2, 3].map((n) => digits.slice(0, n)).find((prefix) => COUNTRY_CODES.has(prefix));
  // A 0 after the country code is a trunk prefix dialled by mistake ("+44 020…"), except where it is part of the number.
  return cc !== undefined && digits.length - cc.length >= 4 && (digits[cc.length] !== '0' || LEADING_ZERO.has(cc));
}

function toE164(main: string, region: Region): string | undefined {
  // "+44 (0)20 7946 0958": the bracketed trunk zero is not dialed from abroad.
  const text = main.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  if (!DIALABLE.test(text)) return undefined;
  let digits = text.replace(/\D/g, '');
  const { cc, trunk, lengths } = REGIONS[region];
  let international = text.startsWith('+');
  if (!international && digits.startsWith('00')) [international, digits] = [true, digits.slice(2)];
  else if (!international && cc === '1' && digits.startsWith('011')) [international, digits] = [true, digits.slice(3)];
  if (international) return isInternational(digits) ? `+${digits}` : undefined;
  if (cc === '1') {
    if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
    return NANP.test(digits) ? `+1${digits}` : undefined;
  }
  if (!digits.startsWith(trunk)) return undefined;
  const national = digits.slice(trunk.length);
  return (lengths as readonly number[]).includes(national.length) && national[0] !== '0' ? `+${cc}${national}` : undefined;
}

/**
 * A phone as shown on a page → schema PhoneNumber. null only when there is no number at all (no digits).
 * `region` decides how a number without +country code is read; US by default, as most Precall users dial from NANP.
 */
export function parsePhone(input: unknown, label?: unknown, region: Region = 'US'): PhoneNumber | null {
  let raw = cleanText(input, 100);
  if (raw.slice(0, 4).toLowerCase() === 'tel:') raw = raw.slice(4).trim();
  // NFKC reads full-width digits (０-９) as ASCII ones; used for parsing only, the raw text stays as shown.
  let main = raw.normalize('NFKC');
  if (!/\d/.test(main)) return null;
  const phone: PhoneNumber = { raw };
  const ext = EXTENSION.exec(main);
  if (ext?.[1] && ext.index > 0) {
    phone.ext = ext[1];
    main = main.slice(0, ext.index);
  }
  const e164 = toE164(main, region);
  if (e164) phone.e164 = e164;
  const cleanLabel = cleanText(label, MAX_LABEL);
  if (cleanLabel) phone.label = cleanLabel;
  return phone;
}
