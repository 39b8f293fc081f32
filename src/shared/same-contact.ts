/**
 * Whether two page contexts are the same person, for sharing one history across sites (CRM, Gmail) and for deciding
 * whether a goal stated for one covers a dial to the other. Indexes find candidates by record, email or phone; this
 * rule removes the false friends: colleagues behind one switchboard number or one shared mailbox (info@, sales@)
 * are different people.
 */
import type { PageContext } from './domain';

const phoneKey = (phone: PageContext['phones'][number]) => `${phone.e164 ?? phone.raw.replace(/\D/g, '')};${phone.ext ?? ''}`;
const nameKey = (context: PageContext) => context.person?.name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export function isSameContact(a: PageContext, b: PageContext): boolean {
  if (a.recordUrl === b.recordUrl || (a.recordId !== undefined && a.site === b.site && a.recordId === b.recordId)) return true;
  const [nameA, nameB] = [nameKey(a), nameKey(b)];
  if (nameA && nameB && nameA !== nameB) return false;
  if (a.emails.some((email) => b.emails.includes(email))) return true;
  const phonesB = new Set(b.phones.map(phoneKey));
  return a.phones.some((phone) => phonesB.has(phoneKey(phone)));
}
