// The controls of a record form, each labelled, with its hint and its error beside it. A field's
// name is its key in the form and in the API input, so errors from either land in place.

import type { InputHTMLAttributes, ReactNode } from 'react';
import { errorAt, fieldId, type FormErrors } from '../form-errors';
import { Field } from './Field';
import { InlineError } from './InlineError';

interface Common {
  name: string;
  label: string;
  hint?: string;
  errors: FormErrors;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'name' | 'id'>;

interface TextProps extends Common, InputProps {
  value: string;
  onChange(value: string): void;
  /** Shown before the box, e.g. "£". */
  prefix?: string;
}

export function TextField({
  name,
  label,
  hint,
  errors,
  value,
  onChange,
  prefix,
  ...rest
}: TextProps) {
  return (
    <Field id={fieldId([name])} label={label} hint={hint} error={errorAt(errors, [name])}>
      {(control) => {
        const input = (
          <input {...rest} {...control} value={value} onChange={(e) => onChange(e.target.value)} />
        );
        if (!prefix) return input;
        return (
          <div className="input-with-prefix">
            <span className="input-prefix" aria-hidden="true">
              {prefix}
            </span>
            {input}
          </div>
        );
      }}
    </Field>
  );
}

/** An amount of money typed as pounds: "60,000" or "£60,000.50". */
export function MoneyField(props: Omit<TextProps, 'prefix'>) {
  return <TextField inputMode="decimal" className="input-money" {...props} prefix="£" />;
}

export function DateField(props: Omit<TextProps, 'type' | 'prefix'>) {
  return <TextField type="date" className="input-date" {...props} />;
}

interface TextAreaProps extends Common {
  value: string;
  onChange(value: string): void;
  rows?: number;
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  value,
  onChange,
  rows = 3,
}: TextAreaProps) {
  return (
    <Field id={fieldId([name])} label={label} hint={hint} error={errorAt(errors, [name])}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className="input-wide"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface SelectProps extends Common {
  value: string;
  onChange(value: string): void;
  options: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** Text of a first, empty choice; without it a choice is required. */
  blank?: string;
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  value,
  onChange,
  options,
  labels,
  blank,
}: SelectProps) {
  return (
    <Field id={fieldId([name])} label={label} hint={hint} error={errorAt(errors, [name])}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {blank !== undefined && <option value="">{blank}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option] ?? option}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxProps extends Common {
  checked: boolean;
  onChange(checked: boolean): void;
  /** Fields revealed while it is ticked. */
  children?: ReactNode;
}

/** One yes-or-no question, the box before its label. */
export function CheckboxField({
  name,
  label,
  hint,
  errors,
  checked,
  onChange,
  children,
}: CheckboxProps) {
  const id = fieldId([name]);
  const error = errorAt(errors, [name]);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <InlineError id={`${id}-error`} message={error} />
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="hint checkbox-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {checked && children && <div className="conditional">{children}</div>}
    </div>
  );
}

interface CheckboxGroupProps extends Common {
  values: readonly string[];
  onChange(values: string[]): void;
  options: readonly { value: string; label: string }[];
  /** Said when there is nothing to choose from. */
  empty: ReactNode;
}

/** Several choices under one question; the first box carries the field's id. */
export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  values,
  onChange,
  options,
  empty,
}: CheckboxGroupProps) {
  const id = fieldId([name]);
  const error = errorAt(errors, [name]);
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((held) => held !== value));
  return (
    <fieldset
      className={error ? 'fieldset field field-error' : 'fieldset field'}
      aria-describedby={
        [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>{label}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <InlineError id={`${id}-error`} message={error} />
      {options.length === 0 && <p>{empty}</p>}
      <div className="checkbox-columns">
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={boxId}
                checked={values.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <label htmlFor={boxId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
