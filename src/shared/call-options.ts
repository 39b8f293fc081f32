/**
 * The fixed choices of a call record, as plain constants. Kept free of zod so the sidebar can show them
 * without bundling the schema library (the sidebar budget is 60 KB gzip); call-record.ts builds its schemas on them.
 */
export const GATE_MODES = ['strict', 'gentle', 'off'] as const;
export const REACHED = ['connected', 'voicemail', 'no_answer', 'gatekeeper', 'wrong_number'] as const;
export const GOAL_MET = ['yes', 'partly', 'no'] as const;
