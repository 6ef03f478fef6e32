/**
 * The form parts the islands repeat with only their names and options changing: the error summary, a text box
 * with its hint and error, a list of tick boxes under a legend, and a plain choice with an "any" option. Each
 * option can carry its count from the facets (" (12)"). GOV.UK error summary, text input, checkboxes and select
 * patterns.
 */
import type { ChangeEvent, MouseEvent, ReactNode, Ref } from 'react';

/**
 * The GOV.UK error summary at the top of a form: a heading and a link to each field in error. It is announced
 * when it appears (role="alert") and can take focus, so the island moves focus to it after a failed submit.
 */
export function ErrorSummary(props: {
  id: string;
  heading: string;
  errors: readonly { key: string; href: string; message: string; onClick?: (e: MouseEvent) => void }[];
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={props.ref} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.heading}</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={e.key}>
            <a href={e.href} onClick={e.onClick}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

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

/**
 * A text box with its label, hint and, when the value is wrong, the error message above it (GOV.UK text input
 * with error message): the hint and the error are both read out with the box, and the group is marked in error.
 */
export function TextField(props: {
  name: string;
  /** The box's id, `f-<name>` unless given; its hint and error are `<id>-hint` and `<id>-error`. */
  id?: string;
  label: string;
  hint: string;
  /** The message when the value is wrong; undefined when it is fine. */
  error: string | undefined;
  /** Said before the error by screen readers ("Error:"). */
  errorPrefix: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  type?: 'search' | 'text';
  /** A narrower box for a short answer: an age or a postcode. */
  width?: 'short' | 'postcode';
  inputMode?: 'decimal';
  autoComplete: string;
}) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      <span className="hint" id={`${id}-hint`}>
        {props.hint}
      </span>
      {props.error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{props.errorPrefix}</span>
          {props.error}
        </p>
      )}
      <input
        className={props.width ? `input input--${props.width}` : 'input'}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={props.value}
        onChange={props.onChange}
        aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={props.error ? true : undefined}
        autoComplete={props.autoComplete}
      />
    </div>
  );
}
