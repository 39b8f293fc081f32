/** The background's answer to every message in the registry, grouped by module. */
import { browser } from '../shared/browser';
import type { Handlers } from '../shared/handle-message';
import { settingsItem } from '../shared/items';
import { MessageError } from '../shared/message-errors';
import type { SenderInfo } from '../shared/sender';
import { cancelDial, dialAttempt, dialWithoutGoal, getHistory, savePlan } from './plans';
import { readTabState, setTabContext } from './tab-state';
import { getCallsPage, getReport } from './reports';
import { prepareTeamImport } from './team-import';
import { questionBankHandlers } from './question-bank';
import { coachDataHandler } from './coach-data';
import { customDomainHandlers } from './custom-domain-handlers';
import { deleteAllData } from './delete-all';
import { completeFollowUp, listFollowUps, snoozeFollowUp } from './follow-ups';
import { onTabReturned } from './log-prompt';
import { getOutcomeQueue, logOutcome } from './outcomes';

const questionBank = questionBankHandlers();
const coachData = coachDataHandler(questionBank);

/** Runs a write that changes what the question coach counts, then drops its cached data. */
function changesCoachData<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await write(...args);
    } finally {
      coachData.forget();
    }
  };
}

function tabId(sender: SenderInfo): number {
  if (sender.tab?.id === undefined) throw new MessageError('forbidden', 'This needs a tab.');
  return sender.tab.id;
}

export const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'get-settings': () => settingsItem.get(),
  'save-settings': (settings) => settingsItem.set(settings),
  'report-context': async ({ context }, sender) => {
    await setTabContext(tabId(sender), context);
    return { ok: true };
  },
  'get-tab-state': async (_payload, sender) => readTabState(tabId(sender)),
  'dial-attempt': dialAttempt,
  'save-plan': savePlan,
  'dial-without-goal': dialWithoutGoal,
  'cancel-dial': cancelDial,
  'get-history': getHistory,
  'get-coach-data': () => coachData.get(),
  'get-report': getReport,
  'get-calls-page': getCallsPage,
  'prepare-team-import': prepareTeamImport,
  // The page has written the import; what the coach counts changed.
  'finish-team-import': changesCoachData(async () => ({ ok: true as const })),
  'get-team-questions': () => questionBank.get(),
  'import-team-questions': changesCoachData((payload) => questionBank.import(payload)),
  'remove-team-question': changesCoachData((payload) => questionBank.remove(payload)),
  'list-custom-domains': () => customDomainHandlers.list(),
  'add-custom-domain': (payload) => customDomainHandlers.add(payload),
  'remove-custom-domain': (payload) => customDomainHandlers.remove(payload),
  'tab-returned': async (_payload, sender) => {
    await onTabReturned(tabId(sender));
    return { ok: true };
  },
  'get-outcome-queue': getOutcomeQueue,
  'log-outcome': changesCoachData(logOutcome),
  'list-follow-ups': listFollowUps,
  'complete-follow-up': completeFollowUp,
  'snooze-follow-up': snoozeFollowUp,
  'delete-all-data': changesCoachData(() => deleteAllData()),
};
