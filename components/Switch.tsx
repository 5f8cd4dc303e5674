/**
 * An on/off switch: a real button with `role="switch"`, so it is in the tab order, toggles with
 * Space and Enter, and screen readers announce its label and state ("on"/"off").
 */
export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  disabled?: boolean;
  /** Extra words read after the label (why it is disabled, what it does). */
  description?: string;
  id: string;
}

export function Switch({ label, checked, onChange, disabled, description, id }: SwitchProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="cp-switch-row">
      <button
        id={id}
        type="button"
        role="switch"
        className="cp-switch"
        aria-checked={checked}
        aria-describedby={descriptionId}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="cp-switch-track" aria-hidden="true">
          <span className="cp-switch-thumb" />
        </span>
        <span className="cp-switch-label">{label}</span>
      </button>
      {description ? (
        <p id={descriptionId} className="cp-muted cp-switch-description">
          {description}
        </p>
      ) : null}
    </div>
  );
}
