/**
 * The service worker. It only registers listeners, synchronously at the top level, so events that wake a stopped
 * worker are never missed; all work happens inside the handlers, which keep no state in module variables.
 */
import { browser, type Runtime } from '../shared/browser';
import { createMessageHandler } from '../shared/handle-message';
import { resyncCustomDomains } from './custom-domain-handlers';
import { handlers } from './handlers';
import { extensionIdentity } from './services';
import { onNotificationClicked } from './follow-ups';
import { onAlarm, startOnce } from './start-up';
import { clearTab } from './tab-state';
import { toggleSidebarInTab } from './toolbar';

const handleMessage = createMessageHandler(handlers, extensionIdentity());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  void startOnce(); // reminders and badge are restored on the first event of every worker life
  return handleMessage(message, sender);
});
browser.action.onClicked.addListener((tab) => toggleSidebarInTab(tab.id));
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-sidebar') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await toggleSidebarInTab(tab?.id);
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
// Custom CRM domains: the registered script follows settings ∩ granted permissions (promise 10).
browser.runtime.onStartup.addListener(() => void resyncCustomDomains());
browser.runtime.onInstalled.addListener(() => void resyncCustomDomains());
browser.permissions.onAdded.addListener(() => void resyncCustomDomains());
browser.permissions.onRemoved.addListener(() => void resyncCustomDomains());
// After the call: reminders rebuilt from the store at every start; log prompts and follow-ups ring by alarm.
browser.runtime.onStartup.addListener(() => void startOnce());
browser.runtime.onInstalled.addListener(() => void startOnce());
browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm));
browser.notifications.onClicked.addListener((notificationId) => void Promise.all([onNotificationClicked(notificationId), startOnce()]));
