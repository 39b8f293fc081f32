import { useState } from 'preact/hooks';
import type { GateMode } from '../shared/call-record';
import type { HeldDial } from '../shared/messages';
import type { SidebarClient } from './client';

export interface GateBannerProps {
  heldDial: HeldDial;
  mode: GateMode;
  client: SidebarClient;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Says why the call is waiting, and (gentle mode) offers to dial anyway, which is recorded as such. */
export function GateBanner({ heldDial, mode, client }: GateBannerProps) {
  const [error, setError] = useState<string | null>(null);
  // Name the number as the page showed it when we know it, not as the link encodes it.
  const dialed = heldDial.target.replace(/^(tel|callto|sip):/i, '');
  const digits = dialed.replace(/\D/g, '');
  const number = heldDial.context.phones.find((p) => digits.length > 6 && (p.e164 ?? '').replace(/\D/g, '') === digits.slice(0, (p.e164 ?? '').replace(/\D/g, '').length))?.raw ?? safeDecode(dialed);
  const act = (action: () => Promise<void>) => action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <section class="gate" role="alert" data-testid="gate">
      <p>
        <strong>Your call to {number} is waiting.</strong> Set a goal for it first: what should be true when you hang up?
      </p>
      <div class="row">
        {mode === 'gentle' && (
          <button type="button" data-testid="dial-without-goal" onClick={() => act(() => client.dialWithoutGoal(heldDial.attemptId))}>
            Dial without a goal
          </button>
        )}
        <button type="button" class="quiet" data-testid="cancel-dial" onClick={() => act(() => client.cancelDial(heldDial.attemptId))}>
          Cancel call
        </button>
      </div>
      {error && <p class="status error">{error}</p>}
    </section>
  );
}
