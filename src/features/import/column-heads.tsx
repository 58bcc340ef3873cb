import type { ReactElement } from 'react';

/** The header row of the import dialog's read-only tables: column names, not sortable. */
export function ColumnHeads({ names }: { readonly names: readonly string[] }): ReactElement {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
