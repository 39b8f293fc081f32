/**
 * What the sidebar's question coach ranks with: the team's added questions, and how each question did on past
 * calls (asked on calls whose goal was met, per goal type). Learning from outcomes is the point of the stats, so
 * they come from every logged call with a goal, the rep's own and the team's imported ones, over the last year.
 *
 * Reading a year of calls costs tens of milliseconds for a busy rep and more for a manager holding a whole
 * team's history, so the result is kept for a minute: one sidebar after another does not re-read the store.
 * Writes that change what it counts (an outcome logged, a team import, a team question, deleting everything)
 * forget it at once, so the next sidebar ranks on what is stored now.
 */
import { buildQuestionStats, questionStatsToData } from '../coach';
import type { CallRecord } from '../shared/call-record';
import { MAX_QUESTION_STATS, type ResponseOf } from '../shared/messages';
import type { questionBankHandlers } from './question-bank';
import { asMessageError, callStore } from './services';

const YEAR = 365 * 24 * 60 * 60 * 1000;
export const COACH_DATA_TTL = 60 * 1000;

type CoachData = ResponseOf<'get-coach-data'>;

export function coachDataHandler(
  questionBank: Pick<ReturnType<typeof questionBankHandlers>, 'get'>,
  readCalls: (from: number) => AsyncIterable<CallRecord> = async function* (from) {
    const store = await callStore();
    yield* store.all({ from });
    // Imported team records live in append-only chunks (shared/team-store.ts), not in all().
    for (const call of await store.teamCalls(from)) if (call.createdAt >= from) yield call;
  },
  now: () => number = Date.now,
) {
  let cached: { at: number; data: Promise<CoachData> } | null = null;

  async function compute(at: number): Promise<CoachData> {
    const logged: CallRecord[] = [];
    for await (const call of readCalls(at - YEAR)) if (call.goal && call.outcome?.goalMet !== undefined) logged.push(call);
    const { questions } = await questionBank.get();
    return { teamQuestions: questions, stats: questionStatsToData(buildQuestionStats(logged), MAX_QUESTION_STATS) };
  }

  async function get(): Promise<CoachData> {
    const at = now();
    if (!cached || at - cached.at >= COACH_DATA_TTL) {
      const data = compute(at);
      cached = { at, data };
      // A failed read is not remembered: the next sidebar asks again.
      data.catch(() => {
        if (cached?.data === data) cached = null;
      });
    }
    try {
      return await cached.data;
    } catch (error) {
      throw asMessageError(error);
    }
  }

  return {
    get,
    forget: () => {
      cached = null;
    },
  };
}
