import type { ComponentChildren } from 'preact';

interface Props {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  disabled?: boolean;
}

/** An on/off control: a real checkbox (keyboard, forms, tests) that reads as a switch to assistive technology. */
export function Switch({ label, checked, onChange, testId, disabled }: Props) {
  return (
    <label class="fm-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="fm-switch__label">{label}</span>
    </label>
  );
}
