/** Metric, county, city and zone filters, colour mode and the farm-group toggle — all URL state. */
import type { ReactElement } from 'react';
import type { CatalogEntry } from '../../data/catalog/catalog-schema';
import { DEFAULT_COUNTY_METRIC, findMetric, type CountyMetric } from '../../data/county-metrics';
import { ZONE_TYPES } from '../../data/datasets/black-soil';
import { regionLabel, unitLabel, zoneLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { CITIES, COUNTIES } from '../../data/regions';
import type { ViewState } from '../../view-state/view-state';
import { CountyPicker } from './county-picker';
import { TableSelect } from './table-select';
import { countiesText } from './counties-text';

interface FilterBarProps {
  readonly state: ViewState;
  readonly update: (patch: Partial<ViewState>) => void;
  /** The metrics of the table shown. */
  readonly metrics: readonly CountyMetric[];
  /** The catalog's region task tables that can be shown instead of 附件1/附件2. */
  readonly tables: readonly CatalogEntry[];
}

function toggled(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function ChipGroup({
  legend,
  items,
  selected,
  label,
  onToggle,
}: {
  readonly legend: string;
  readonly items: readonly string[];
  readonly selected: readonly string[];
  readonly label: (item: string) => string;
  readonly onToggle: (item: string) => void;
}): ReactElement {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      {items.map((item) => (
        <button
          key={item}
          type="button"
          className="toggle-chip"
          aria-pressed={selected.includes(item)}
          onClick={() => {
            onToggle(item);
          }}
        >
          {label(item)}
        </button>
      ))}
    </fieldset>
  );
}

function MetricSelect({
  lang,
  value,
  metrics,
  onChange,
}: {
  readonly lang: Lang;
  readonly value: string;
  readonly metrics: readonly CountyMetric[];
  readonly onChange: (key: string) => void;
}): ReactElement {
  return (
    <label className="field">
      {countiesText(lang).metric}
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {metrics.map((m) => (
          <option key={m.key} value={m.key}>
            {countiesText(lang).option(pick(lang, m.label_zh, m.label_en), unitLabel(lang, m.unit))}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The keyboard path to a county's detail (a bar click is the mouse path). */
function DetailSelect({
  lang,
  value,
  onChange,
}: {
  readonly lang: Lang;
  readonly value: string | null;
  readonly onChange: (county: string | null) => void;
}): ReactElement {
  return (
    <label className="field">
      {countiesText(lang).countyDetail}
      <select
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{countiesText(lang).noDetail}</option>
        {COUNTIES.map((c) => (
          <option key={c.name} value={c.name}>
            {countiesText(lang).option(regionLabel(lang, c.name), regionLabel(lang, c.city ?? ''))}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ state, update, metrics, tables }: FilterBarProps): ReactElement {
  const lang = state.lang;
  const filtering = state.counties.length + state.cities.length + state.zones.length > 0;
  const text = countiesText(lang);
  return (
    <div className="filter-bar" role="search" aria-label={text.filters}>
      <div className="filter-row">
        {tables.length > 0 && (
          <TableSelect
            lang={lang}
            value={state.table}
            tables={tables}
            onChange={(table) => {
              // Another table has other columns: its first is shown until one is chosen.
              update({ table, metric: DEFAULT_COUNTY_METRIC });
            }}
          />
        )}
        <MetricSelect
          lang={lang}
          value={(findMetric(metrics, state.metric) ?? metrics[0])?.key ?? ''}
          metrics={metrics}
          onChange={(metric) => {
            update({ metric });
          }}
        />
        <DetailSelect
          lang={lang}
          value={state.detail}
          onChange={(detail) => {
            update({ detail });
          }}
        />
        <CountyPicker
          lang={lang}
          label={text.counties}
          placeholder={text.pickerPlaceholder}
          removeLabel={text.remove}
          selected={state.counties}
          onChange={(counties) => {
            update({ counties });
          }}
        />
        <fieldset className="chip-group">
          <legend>{text.colourBy}</legend>
          {(['city', 'zone'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="toggle-chip"
              aria-pressed={state.colorBy === mode}
              onClick={() => {
                update({ colorBy: mode });
              }}
            >
              {mode === 'city' ? text.byCity : text.byZone}
            </button>
          ))}
        </fieldset>
        <label className="field field--check">
          <input
            type="checkbox"
            checked={state.farm}
            onChange={(e) => {
              update({ farm: e.target.checked });
            }}
          />
          {text.showFarm}
        </label>
        {filtering && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              update({ counties: [], cities: [], zones: [] });
            }}
          >
            {text.clearFilters}
          </button>
        )}
      </div>
      <ChipGroup
        legend={text.cities}
        items={CITIES.map((c) => c.name)}
        selected={state.cities}
        label={(c) => regionLabel(lang, c)}
        onToggle={(c) => {
          update({ cities: toggled(state.cities, c) });
        }}
      />
      <ChipGroup
        legend={text.zoneTypes}
        items={ZONE_TYPES}
        selected={state.zones}
        label={(z) => zoneLabel(lang, z)}
        onToggle={(z) => {
          update({ zones: toggled(state.zones, z) });
        }}
      />
    </div>
  );
}
