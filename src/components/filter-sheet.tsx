/**
 * Filters as every view shows them: in place on a wide screen; on a phone folded behind one
 * button ("筛选（已选 2 项）") that opens them as a sheet from the bottom of the screen, so the
 * first screen shows the chart, not a form. The fold is CSS (styles.css, max-width 720px); this
 * component only holds whether the sheet is open.
 */
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { layoutMessages } from '../i18n/layout-messages';

export function FilterSheet({
  active,
  children,
}: {
  readonly active: number;
  readonly children: ReactNode;
}): ReactElement {
  const { lang } = useI18n();
  const text = layoutMessages(lang);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`filter-sheet${open ? ' filter-sheet--open' : ''}`}>
      <button
        type="button"
        className="filter-sheet-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {active > 0 ? text.filtersActive(active) : text.filters}
      </button>
      <div className="filter-sheet-body" id={id}>
        {children}
        <button
          type="button"
          className="filter-sheet-done"
          onClick={() => {
            setOpen(false);
          }}
        >
          {text.done}
        </button>
      </div>
    </div>
  );
}
