import { QUICK_PICKS, quickPickValue } from './quick-picks';

export interface NextStepFieldProps {
  text: string;
  date: string;
  onText: (text: string) => void;
  onDate: (date: string) => void;
  now?: () => Date;
}

/** What happens next and by when; one click on a quick pick sets the date. */
export function NextStepField({ text, date, onText, onDate, now = () => new Date() }: NextStepFieldProps) {
  return (
    <fieldset class="next-step-field">
      <legend>Next step</legend>
      <label for="next-step-text" class="sr-only">Next step</label>
      <input id="next-step-text" data-testid="next-step-text" maxLength={500} placeholder="e.g. Send the pilot proposal" value={text} onInput={(e) => onText(e.currentTarget.value)} />
      <label for="next-step-due">Due</label>
      <div class="row">
        <input id="next-step-due" type="date" data-testid="next-step-due" value={date} onInput={(e) => onDate(e.currentTarget.value)} />
      </div>
      <div class="row quick-picks">
        {QUICK_PICKS.map((pick) => (
          <button key={pick.id} type="button" data-testid={`due-${pick.id}`} aria-pressed={date === quickPickValue(pick.days, now())} onClick={() => onDate(quickPickValue(pick.days, now()))}>
            {pick.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
