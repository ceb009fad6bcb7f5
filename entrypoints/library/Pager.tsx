interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "1–25 of 10,000" with previous/next: the list shows one page at a time. */
export function Pager({ page, pageSize, total, onPage }: Props) {
  if (total <= pageSize) return null;
  const last = Math.ceil(total / pageSize) - 1;
  const from = page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav class="fm-pager" aria-label="Pages of results">
      <button type="button" class="fm-button" data-testid="page-previous" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span data-testid="page-range">{`${from.toLocaleString()}–${to.toLocaleString()} of ${total.toLocaleString()}`}</span>
      <button type="button" class="fm-button" data-testid="page-next" disabled={page >= last} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
