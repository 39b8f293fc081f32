/**
 * Custom CRM domains (issue 3.5). The browser's permission prompt needs a user gesture, so "Add" calls the client
 * straight from the click handler with nothing awaited first. Nothing runs on a domain until it is granted here.
 */
import { useEffect, useState } from 'preact/hooks';
import { normalizeOrigin } from '../shared/https-origin';
import type { CustomDomainList, OptionsClient } from './client';

export interface CustomDomainsProps {
  client: Pick<OptionsClient, 'customDomains' | 'addCustomDomain' | 'removeCustomDomain'>;
}

export function CustomDomains({ client }: CustomDomainsProps) {
  const [list, setList] = useState<CustomDomainList>({ domains: [] });
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const fail = (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });

  useEffect(() => {
    client.customDomains().then(setList, fail);
  }, [client]);

  function add(event: Event) {
    event.preventDefault();
    const origin = normalizeOrigin(input);
    if (origin === null) return setStatus({ ok: false, text: 'Enter an https address, like https://crm.example.com.' });
    // No await before this call: the permission prompt needs the click's user gesture.
    client.addCustomDomain(origin).then((next) => {
      setList(next);
      setInput('');
      setStatus({ ok: true, text: `Precall now runs on ${origin}.` });
    }, fail);
  }

  return (
    <section aria-labelledby="domains-heading" data-testid="custom-domains">
      <h2 id="domains-heading">Custom CRM domains</h2>
      <p class="muted">
        Your CRM at its own address? Add it and allow access when the browser asks; Precall's generic reader and the
        sidebar then run there. Removing it gives the access back; Precall stops there from the next page load.
      </p>
      <form onSubmit={add} class="row">
        <label for="domain-input">CRM address</label>
        <input id="domain-input" data-testid="domain-input" placeholder="https://crm.example.com" value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" data-testid="domain-add">Add and allow access</button>
      </form>
      <p role="status" class={`status ${status?.ok ? 'saved' : 'error'}`} data-testid="domain-status">{status?.text}</p>
      <ul class="list" data-testid="domain-list">
        {list.domains.map((d) => (
          <li key={d.origin} data-testid="domain">
            <code>{d.origin}</code> <span class="muted">{d.active ? 'active' : 'access not granted: Precall does not run here'}</span>{' '}
            {!d.active && (
              <button type="button" onClick={() => client.addCustomDomain(d.origin).then(setList, fail)}>Allow access</button>
            )}{' '}
            <button type="button" aria-label={`Remove ${d.origin}`} onClick={() => client.removeCustomDomain(d.origin).then(setList, fail)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
