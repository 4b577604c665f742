import { useId } from 'react';

interface SearchFieldProps {
  label: string;
  /** The placeholder: what one can search for. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** Off for names and titles in three languages, which a spell checker would underline throughout. */
  spellCheck?: boolean;
}

/** A labelled search box that filters a list as one types. */
export function SearchField({ label, hint, value, onChange, spellCheck }: SearchFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={hint}
        autoComplete="off"
        spellCheck={spellCheck}
      />
    </>
  );
}
