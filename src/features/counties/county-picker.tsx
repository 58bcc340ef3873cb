/**
 * Multi-select of counties with search as you type (宾, bin, bx all find 宾县). A combobox with
 * a listbox of suggestions, arrow keys to move, Enter to add; chosen counties are chips with a
 * remove button. Names from the URL are canonical already; typed text never reaches the URL.
 */
import { useId, useState, type KeyboardEvent, type ReactElement } from 'react';
import { regionLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { searchRegions } from '../../data/region-search';
import { COUNTIES } from '../../data/regions';

interface CountyPickerProps {
  readonly lang: Lang;
  readonly label: string;
  readonly placeholder: string;
  readonly removeLabel: string;
  readonly selected: readonly string[];
  readonly onChange: (counties: string[]) => void;
}

export function CountyPicker({
  lang,
  label,
  placeholder,
  removeLabel,
  selected,
  onChange,
}: CountyPickerProps): ReactElement {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = searchRegions(
    query,
    COUNTIES.filter((c) => !selected.includes(c.name)),
    8,
  );
  const add = (name: string): void => {
    onChange([...selected, name]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && options[active]) {
      event.preventDefault();
      add(options[active].name);
    } else if (event.key === 'Escape') setQuery('');
  };
  const open = options.length > 0;
  return (
    <div className="county-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <ul className="chips" aria-label={label}>
        {selected.map((name) => (
          <li key={name} className="chip">
            {regionLabel(lang, name)}
            <button
              type="button"
              aria-label={`${removeLabel} ${regionLabel(lang, name)}`}
              onClick={() => {
                onChange(selected.filter((n) => n !== name));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={placeholder}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="suggestions">
          {options.map((region, index) => (
            <li
              key={region.name}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                add(region.name);
              }}
            >
              {region.name}{' '}
              <span className="muted">
                {region.en} · {region.city}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
