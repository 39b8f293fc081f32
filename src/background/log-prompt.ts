/**
 * The log prompt comes by itself (issue #6): a dial that went through arms a prompt for its tab. The outcome form
 * opens when the rep comes back to that tab at least `logPromptDelaySeconds` after the dial, or when the alarm set at
 * dial time fires, whichever comes first; once shown, it is not pushed again. The prompt lives in storage.session
 * and the alarm in chrome.alarms, so a stopped service worker loses neither.
 */
import * as z from 'zod';
import { browser } from '../shared/browser';
import type { CallRecord } from '../shared/call-record';
import type { ContentCommand } from '../shared/content-command';
import { settingsItem } from '../shared/items';
import { callStore } from './services';
import { sendContentCommand } from './content-command';

export const LOG_ALARM_PREFIX = 'log:';
/** The alarm rings a little after the delay, so a rep who comes back right on time is prompted by the return. */
const ALARM_MARGIN_MS = 1_000;

export const logAlarmName = (callId: string): string => `${LOG_ALARM_PREFIX}${callId}`;
const promptKey = (tabId: number): string => `logprompt:${tabId}`;

const LogPrompt = z.object({ callId: z.string().uuid(), tabId: z.number().int(), dueAt: z.number().int(), shown: z.boolean() });
type LogPrompt = z.infer<typeof LogPrompt>;

/** What the background pushes to a tab's sidebar when the prompt is shown (the content script ignores it). */
export interface LogPromptShown {
  type: 'log-prompt';
  callId: string;
}

async function readPrompt(tabId: number): Promise<LogPrompt | null> {
  const key = promptKey(tabId);
  const parsed = LogPrompt.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

async function allPrompts(): Promise<LogPrompt[]> {
  const entries = Object.entries(await browser.storage.session.get(null));
  return entries.flatMap(([key, value]) => {
    const parsed = key.startsWith('logprompt:') ? LogPrompt.safeParse(value) : null;
    return parsed?.success ? [parsed.data] : [];
  });
}

/** Called right after a dial was saved as dialed or without a goal; the tab's newest dial replaces an older prompt. */
export async function scheduleLogPrompt(call: CallRecord, tabId: number): Promise<void> {
  const dialAt = call.dial.at ?? Date.now();
  const { logPromptDelaySeconds } = await settingsItem.get();
  const dueAt = dialAt + logPromptDelaySeconds * 1000;
  const prompt: LogPrompt = { callId: call.id, tabId, dueAt, shown: false };
  await browser.storage.session.set({ [promptKey(tabId)]: prompt });
  await browser.alarms.create(logAlarmName(call.id), { when: dueAt + ALARM_MARGIN_MS });
}

/** The content script saw its tab come back: cheap unless a prompt for this tab is due. */
export async function onTabReturned(tabId: number, now = Date.now()): Promise<void> {
  const prompt = await readPrompt(tabId);
  if (prompt && !prompt.shown && now >= prompt.dueAt) await showPrompt(prompt);
}

export async function onLogAlarm(callId: string): Promise<void> {
  const prompts = (await allPrompts()).filter((prompt) => prompt.callId === callId && !prompt.shown);
  await Promise.all(prompts.map(showPrompt));
}

async function showPrompt(prompt: LogPrompt): Promise<void> {
  const call = await (await callStore()).get(prompt.callId);
  if (!call || call.outcome) {
    await clearLogPrompt(prompt.callId); // logged meanwhile (another tab, the options page): nothing to ask
    return;
  }
  await browser.storage.session.set({ [promptKey(prompt.tabId)]: { ...prompt, shown: true } });
  await browser.alarms.clear(logAlarmName(prompt.callId));
  const open: ContentCommand = { type: 'open-sidebar' };
  const shown: LogPromptShown = { type: 'log-prompt', callId: prompt.callId };
  // The tab may be gone or show a page Precall does not run on; the badge still counts the call.
  await sendContentCommand(prompt.tabId, open).catch(() => {});
  // An open sidebar switches to the form now; one that is still loading asks for the prompt when it starts.
  await browser.tabs.sendMessage(prompt.tabId, shown).catch(() => {});
}

/** The call this tab's sidebar should show the outcome form for, if a prompt was shown there. */
export async function shownPromptFor(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined) return null;
  const prompt = await readPrompt(tabId);
  return prompt?.shown ? prompt.callId : null;
}

/** The call was logged (or everything deleted): no prompt and no alarm for it remain. */
export async function clearLogPrompt(callId: string): Promise<void> {
  const keys = (await allPrompts()).filter((prompt) => prompt.callId === callId).map((prompt) => promptKey(prompt.tabId));
  if (keys.length > 0) await browser.storage.session.remove(keys);
  await browser.alarms.clear(logAlarmName(callId));
}
