/**
 * Full phone parsing with libphonenumber-js's complete metadata, for contexts without a size budget (the
 * background enriches what content scripts send). Content scripts use the small normalizer in
 * src/content/sites/parse-phone.ts: libphonenumber-js/min alone is ~29 KB gzip, their whole budget.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { PhoneNumber } from './domain';

/** What the full parser adds: whether the number is valid for its region, its country and line type. */
export interface PhoneDetails extends PhoneNumber {
  country?: CountryCode;
  type?: string;
  valid: boolean;
}

const MAX_INPUT = 100;

/**
 * Parse a number as shown (or a tel: URI) with `region` for national formats. Never throws; a number that
 * does not parse keeps its raw text and `valid: false`, like the content-script parser.
 */
export function parsePhoneFull(raw: string, region: CountryCode = 'US', label?: string): PhoneDetails | null {
  const text = raw.slice(0, MAX_INPUT).trim().replace(/^tel:/i, '');
  if (!/\d/.test(text)) return null;
  const details: PhoneDetails = { raw: text, valid: false };
  if (label) details.label = label.slice(0, 60);
  try {
    const parsed = parsePhoneNumberFromString(text.replace(/;ext=/i, ' ext. '), { defaultCountry: region, extract: false });
    if (!parsed) return details;
    details.valid = parsed.isValid();
    if (details.valid) details.e164 = parsed.number;
    if (parsed.ext && /^\d{1,10}$/.test(parsed.ext)) details.ext = parsed.ext;
    if (parsed.country) details.country = parsed.country;
    const type = parsed.getType();
    if (type) details.type = type;
  } catch {
    // libphonenumber throws on some malformed input (TOO_LONG, NOT_A_NUMBER); the raw text stays.
  }
  return details;
}
