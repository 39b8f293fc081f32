import type { ImportConflictView } from '../../shared/report/report-schemas';

export interface ConflictListProps {
  conflicts: readonly ImportConflictView[];
  total: number;
}

function Side({ side }: { side: ImportConflictView['kept'] }) {
  return (
    <>
      {side.file} <span class="muted">({side.rep.name || 'unnamed'}{side.rep.team && `, ${side.rep.team}`}; goal: {side.goal})</span>
    </>
  );
}

/** Same id, different content: both sides named, the stored one kept, nothing overwritten (promise 22). */
export function ConflictList({ conflicts, total }: ConflictListProps) {
  if (conflicts.length === 0) return null;
  return (
    <table data-testid="conflicts">
      <caption>
        Conflicts: same call id, different content. The first was kept; the second was not imported.
        {total > conflicts.length && ` Showing ${conflicts.length} of ${total}.`}
      </caption>
      <thead>
        <tr><th scope="col">Call id</th><th scope="col">Kept</th><th scope="col">Not imported</th></tr>
      </thead>
      <tbody>
        {conflicts.map((c, i) => (
          <tr key={`${c.id}-${i}`} data-testid="conflict">
            <td><code>{c.id}</code></td>
            <td><Side side={c.kept} /></td>
            <td><Side side={c.incoming} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
