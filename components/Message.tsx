import type { ComponentChildren } from 'preact';

export type MessageTone = 'info' | 'success' | 'error';

interface Props {
  tone?: MessageTone;
  testId?: string;
  children: ComponentChildren;
}

/** A line of status for the reader. Errors interrupt a screen reader (role=alert); the rest wait (role=status). */
export function Message({ tone = 'info', testId, children }: Props) {
  return (
    <div class={`fm-message fm-message--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
