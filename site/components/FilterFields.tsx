/**
 * The search form's filter fields that repeat with only their names and options changing: a list of tick boxes
 * under a legend, and a plain choice with an "any" option. Each option can carry its count from the facets
 * (" (12)"). GOV.UK checkboxes and select patterns; the markup is what the search form always rendered.
 */
import type { ChangeEvent, ReactNode } from 'react';

export interface FilterOption {
  value: string;
  label: ReactNode;
  /** The facet count, already written (" (12)"), or empty before any results. */
  count: string;
}

export function CheckboxList(props: {
  legend: string;
  name: string;
  /** Each box's id is `f-<id>-<value>`. */
  id: string;
  options: readonly FilterOption[];
  checked: readonly string[];
  onChange: (value: string) => (e: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input
            id={`f-${props.id}-${o.value}`}
            name={props.name}
            type="checkbox"
            value={o.value}
            checked={props.checked.includes(o.value)}
            onChange={props.onChange(o.value)}
          />
          <label htmlFor={`f-${props.id}-${o.value}`}>
            {o.label}
            <span className="count">{o.count}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function ChoiceField(props: {
  label: string;
  name: string;
  any: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
}) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={`f-${props.name}`}>
        {props.label}
      </label>
      <select className="select" id={`f-${props.name}`} name={props.name} value={props.value} onChange={props.onChange}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.count}
          </option>
        ))}
      </select>
    </div>
  );
}
