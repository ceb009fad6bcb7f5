import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  count?: number;
  children: ComponentChildren;
}

/** A titled part of a report (key points, claims, …); the heading names the region for screen readers. */
export function Section({ title, count, children }: Props) {
  return (
    <section class="fm-section" aria-label={title}>
      <h3 class="fm-section__title">
        {title}
        {count !== undefined && <span class="fm-section__count"> ({count})</span>}
      </h3>
      {children}
    </section>
  );
}
