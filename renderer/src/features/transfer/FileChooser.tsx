import { useRef } from 'react';

interface FileChooserProps {
  label: string;
  /** Described by (the help text's id). */
  describedBy?: string;
  disabled?: boolean;
  secondary?: boolean;
  onChoose: (file: File) => void;
}

/**
 * A real button that opens the system's file picker: it is focusable and shows the focus ring
 * like every other button, while the file input itself stays out of the way.
 */
export function FileChooser({ label, describedBy, disabled, secondary, onChoose }: FileChooserProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={secondary ? 'secondary' : undefined} disabled={disabled} aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </>
  );
}
