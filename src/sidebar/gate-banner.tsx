import { useState } from 'preact/hooks';
import type { GateMode } from '../shared/call-record';
import type { HeldDial } from '../shared/messages';
import type { SidebarClient } from './client';

export interface GateBannerProps {
  heldDial: HeldDial;
  mode: GateMode;
  client: SidebarClient;
}

/** Says why the call is waiting, and (gentle mode) offers to dial anyway, which is recorded as such. */
export function GateBanner({ heldDial, mode, client }: GateBannerProps) {
  const [error, setError] = useState<string | null>(null);
  const number = heldDial.target.replace(/^(tel|callto|sip):/i, '');
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
