/** The rep's settings: the only user data kept in storage.local (content scripts may read it; call data never goes there). */
import * as z from 'zod';
import { GateMode } from './call-record';

export const Settings = z.object({
  /** strict: a goal is required before a dial; gentle: a reminder that can be skipped (recorded); off: no gate. */
  gateMode: GateMode,
  /** A goal stated within this many minutes covers a dial to the same contact. */
  goalWindowMinutes: z.number().int().min(1).max(24 * 60),
  /** Coming back to the tab this long after a dial opens the outcome form. */
  logPromptDelaySeconds: z.number().int().min(5).max(3600),
  rep: z.object({ name: z.string().trim().max(100), team: z.string().trim().max(100) }),
  /** Extra CRM origins the rep granted (https://crm.example.com); the generic adapter runs there. */
  customDomains: z.array(z.string().url().max(300)).max(50),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  gateMode: 'strict',
  goalWindowMinutes: 120,
  logPromptDelaySeconds: 20,
  rep: { name: '', team: '' },
  customDomains: [],
};
