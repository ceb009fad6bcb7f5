// Renders a Preact tree into a fresh container and waits for what it shows; unmounts in cleanup().
import { render, type ComponentChild } from 'preact';
import { vi } from 'vitest';

let mounted: HTMLElement[] = [];

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  mounted.push(container);
  return container;
}

export function cleanup(): void {
  for (const container of mounted) {
    render(null, container);
    container.remove();
  }
  mounted = [];
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** The element with this test id, once it is there. */
export async function find(root: ParentNode, id: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const el = byTestId(root, id);
    if (!el) throw new Error(`No [data-testid="${id}"] yet`);
    return el;
  });
}
