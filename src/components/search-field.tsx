import { useId } from 'react';
import { ControlWhenNear } from './control-when-near.tsx';

interface SearchFieldProps {
  label: string;
  /** The placeholder: what one can search for. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** Off for names and titles in three languages, which a spell checker would underline throughout. */
  spellCheck?: boolean;
  /** The box's height in px, held until it joins the page near the screen (control-when-near.tsx). */
  height: number;
}

/** A labelled search box that filters a list as one types; the box joins the page when near the screen. */
export function SearchField({ label, hint, value, onChange, spellCheck, height }: SearchFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <ControlWhenNear height={height}>
        <input
          id={id}
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={hint}
          autoComplete="off"
          spellCheck={spellCheck}
        />
      </ControlWhenNear>
    </>
  );
}
