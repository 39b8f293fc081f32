import type { PageContext } from '../shared/domain';

export interface ContactCardProps {
  context: PageContext | null;
}

/** Whom this tab is about. Page text is only ever rendered as text (promise 12). */
export function ContactCard({ context }: ContactCardProps) {
  if (!context) {
    return (
      <section class="card empty" data-testid="no-contact">
        <p>Open a contact, lead or deal to plan a call. Precall reads who it is from the page.</p>
      </section>
    );
  }
  const name = context.person?.name ?? context.company ?? 'Unnamed contact';
  return (
    <section class="card" aria-label="Contact" data-testid="contact-card">
      <h1 data-testid="contact-name">{name}</h1>
      {(context.person?.title || (context.person && context.company)) && (
        <p class="muted" data-testid="contact-role">
          {[context.person?.title, context.person ? context.company : undefined].filter(Boolean).join(' · ')}
        </p>
      )}
      <ul class="channels">
        {context.phones.map((phone) => (
          <li key={phone.raw} data-testid="contact-phone">
            {phone.label ? <span class="muted">{phone.label}: </span> : null}
            <span title={phone.e164 ? `Dials ${phone.e164}${phone.ext ? ` ext. ${phone.ext}` : ''}` : 'Not a dialable number'}>{phone.raw}</span>
          </li>
        ))}
        {context.emails.map((email) => (
          <li key={email} data-testid="contact-email">{email}</li>
        ))}
      </ul>
    </section>
  );
}
