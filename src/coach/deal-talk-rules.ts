/**
 * Catch-alls for deal talk in any wording: the purchase itself and the terms of the deal. They run
 * after the specific qualification rules, which recognise the same intent with a better rewrite.
 */
import { anyOf, CUSTOMER_SIDE, type AssessmentRule } from './assessment-rule';

const qualification = (rule: Omit<AssessmentRule, 'kind'>): AssessmentRule => ({ kind: 'qualification', ...rule });

export const DEAL_TALK_RULES: readonly AssessmentRule[] = [
  qualification({
    topic: 'purchase',
    // Questions about the purchase itself (rather than the problem) are the rep's agenda, however polite.
    pattern: anyOf(
      'purchas\\w*',
      'buy(?:ing)? (?:from|this|it|a|the)',
      'bought',
      '(?:start )?pay(?:ing)? for',
      'pos?',
      '(?:the|an?) order',
      'licen[cs]es',
      'pull the trigger',
      'bless',
      'green ?light',
      'what (?:sort of |kind of )?(?:figure|number|amount) did',
      'how much did you (?:spend|pay)',
    ),
    unless: new RegExp(`${anyOf('worth', 'costs? you', 'protect', 'trade-?off', 'compared (?:with|to)', 'lost', 'tried').source}|${CUSTOMER_SIDE.source}`),
    reason: 'About the purchase rather than their problem: it moves your deal, not their thinking.',
    suggestion: 'What would have to be true for this to be clearly worth it for your team?',
  }),
  // Deal vocabulary in any phrasing: structural rather than phrase-by-phrase, so new wordings of
  // "is there money / who signs / when do we get a contract" are caught too.
  qualification({
    topic: 'deal terms',
    pattern: anyOf(
      'contracts?',
      'terms',
      'pricing',
      'price',
      'discount',
      'line item',
      'money(?:-wise)?',
      'pay(?:ing|ment)? (?:monthly|upfront|annually|for)',
      'upfront',
      'go-live date',
      'final (?:word|say|call)',
      'approved (?:supplier|vendor)s?(?: list)?',
      'sign (?:this|it|off|the)',
      'to approve (?:it|this)',
      '(?:a )?yes or no',
      'pitching you',
    ),
    // "What's your average contract length with customers?" is about their business, not our deal.
    unless: anyOf(
      'worth', 'cost(?:s|ing)?', 'lost', 'protect', 'trade-?off', 'compared (?:with|to)', 'problem', 'average', 'typical', 'usual',
      'with (?:your |their )?(?:customers|clients)',
      // Their own prices and their own history: "When did you move to the new pricing model?"
      'pricing (?:model|strategy|change)',
      'your (?:own )?(?:pricing|prices)',
      '(?:did|have|has) (?:you|your \\w+|the team) (?:\\w+ )?(?:move|moved|switch|switched|change|changed|go|went|introduce|introduced|launch|launched|roll|rolled)',
      CUSTOMER_SIDE.source,
    ),
    reason: 'About the terms of your deal rather than their problem: it moves your pipeline, not their thinking.',
    suggestion: 'What would make this clearly worth it for your team, and who else would need to see that?',
  }),
];
