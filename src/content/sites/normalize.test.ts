/**
 * The content-script normalizers: examples, then agreement with libphonenumber-js (via parsePhoneFull)
 * on every country's example numbers and on random NANP numbers in the formats pages use.
 */
import fc from 'fast-check';
import { getCountryCallingCode, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { parsePhoneFull } from '../../shared/phone';
import { cleanEmail, cleanText, parsePhone } from './normalize';
import { COUNTRY_CODES } from './parse-phone';

describe('cleanText', () => {
  it.each([
    ['  Pat \n\t Doe  ', 'Pat Doe'],
    ['Pat\u0000Doe', 'Pat Doe'],
    ['\u202EeoD taP\u202C', 'eoD taP'],
    ['\u2066Acme\u2069 Corp', 'Acme Corp'],
    ['Jose\u0301', 'José'],
    ['bad\uD800surrogate', 'badsurrogate'],
    ['ok 😀', 'ok 😀'],
    ['\u0085\u009B', ''],
  ])('%j → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('bounds length without splitting a surrogate pair', () => {
    const out = cleanText('😀'.repeat(150));
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toBe('😀'.repeat(100));
    expect(cleanText('x'.repeat(1_000_000), 60)).toHaveLength(60);
  });

  it('returns empty for non-strings', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(42)).toBe('');
  });
});

describe('cleanEmail', () => {
  it.each([
    ['Pat.Doe@Acme.COM', 'pat.doe@acme.com'],
    ['mailto:pat@acme.io', 'pat@acme.io'],
    ['Pat Doe <pat@acme.io>', 'pat@acme.io'],
    ['pat@@acme.io', ''],
    ['pat@localhost', ''],
    ['.pat@acme.io', ''],
    [`${'a'.repeat(320)}@acme.io`, ''],
    ['pat\u202E@acme.io', 'pat@acme.io'],
  ])('%j → %j', (input, output) => {
    expect(cleanEmail(input)).toBe(output);
  });
});

describe('parsePhone', () => {
  it.each([
    ['(415) 555-0100', { raw: '(415) 555-0100', e164: '+14155550100' }],
    ['1-415-555-0100', { raw: '1-415-555-0100', e164: '+14155550100' }],
    ['+1 415 555 0100 x204', { raw: '+1 415 555 0100 x204', e164: '+14155550100', ext: '204' }],
    ['415.555.0100 ext. 204', { raw: '415.555.0100 ext. 204', e164: '+14155550100', ext: '204' }],
    ['tel:+14155550100;ext=204', { raw: '+14155550100;ext=204', e164: '+14155550100', ext: '204' }],
    ['+44 (0)20 7946 0958', { raw: '+44 (0)20 7946 0958', e164: '+442079460958' }],
    ['0044 20 7946 0958', { raw: '0044 20 7946 0958', e164: '+442079460958' }],
    ['011 49 30 901820', { raw: '011 49 30 901820', e164: '+4930901820' }],
    ['＋１ ４１５ ５５５ ０１００', { raw: '＋１ ４１５ ５５５ ０１００', e164: '+14155550100' }],
    ['555-0100', { raw: '555-0100' }],
    ['(123) 555-0100', { raw: '(123) 555-0100' }],
    ['1-800-FLOWERS', { raw: '1-800-FLOWERS' }],
    ['+999 1234 5678', { raw: '+999 1234 5678' }],
    ['+44 020 7946 0958', { raw: '+44 020 7946 0958' }],
  ])('%j', (input, output) => {
    expect(parsePhone(input)).toEqual(output);
  });

  it('reads national numbers by region and keeps labels', () => {
    expect(parsePhone('020 7946 0958', 'Work', 'GB')).toEqual({ raw: '020 7946 0958', e164: '+442079460958', label: 'Work' });
    expect(parsePhone('06 12 34 56 78', undefined, 'FR')?.e164).toBe('+33612345678');
    expect(parsePhone('020 7946 0958')?.e164).toBeUndefined();
  });

  it('is null only without digits', () => {
    expect(parsePhone('')).toBeNull();
    expect(parsePhone('ask reception')).toBeNull();
    expect(parsePhone('-')).toBeNull();
  });
});

describe('agreement with libphonenumber-js', () => {
  it('knows the same country calling codes', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(Object.keys(metadata.country_calling_codes).sort());
  });

  it("gives libphonenumber's E.164 for every country's example mobile number", () => {
    for (const country of Object.keys(examples) as CountryCode[]) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const shown = `+${getCountryCallingCode(country)} ${example.nationalNumber}`;
      expect(parsePhone(shown)?.e164, `${country} ${shown}`).toBe(parsePhoneFull(shown)?.e164);
    }
  });

  it('agrees on random US numbers in page formats', () => {
    const nanp = fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }));
    const format = fc.constantFrom('(A) B-C', 'A-B-C', 'A.B.C', '+1 A B C', '1 (A) B-C', 'ABC');
    fc.assert(
      fc.property(nanp, format, ([a, b, c], f) => {
        const shown = f.replace('A', String(a)).replace('B', String(b)).replace('C', String(c).padStart(4, '0'));
        const full = parsePhoneFull(shown);
        // Ours accepts every NANP-shaped number; libphonenumber also knows which area codes are assigned.
        if (full?.valid) expect(parsePhone(shown)?.e164).toBe(full.e164);
      }),
      { numRuns: 2000 },
    );
  });
});
