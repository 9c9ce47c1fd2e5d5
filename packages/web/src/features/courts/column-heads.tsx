/** A table's caption (for screen readers) and its header row, from the columns' names. */
export function ColumnHeads({ caption, columns }: { caption: string; columns: readonly string[] }) {
  return (
    <>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
