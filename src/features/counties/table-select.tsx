/** The county view's table choice: 附件1/附件2 or one of the catalog's region task tables. */
import type { ReactElement } from 'react';
import type { CatalogEntry } from '../../data/catalog/catalog-schema';
import { pick, type Lang } from '../../data/lang';
import { regionText } from '../../i18n/region-text';

/** 附件1/附件2 (the seed tables) or one of the catalog's region task tables; URL `table=`. */
export function TableSelect({
  lang,
  value,
  tables,
  onChange,
}: {
  readonly lang: Lang;
  readonly value: string | null;
  readonly tables: readonly CatalogEntry[];
  readonly onChange: (table: string | null) => void;
}): ReactElement {
  const t = regionText(lang);
  return (
    <label className="field">
      {t.table}
      <select
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? null : e.target.value);
        }}
        data-testid="county-table"
      >
        <option value="">{t.builtinTables}</option>
        {tables.map((e) => (
          <option key={e.table.dataset} value={e.table.dataset}>
            {pick(lang, e.table.title_zh, e.table.title_en)}
          </option>
        ))}
      </select>
    </label>
  );
}
