import type { KeyPoint } from '../lib/analysis/types';

interface Props {
  keyPoints: readonly KeyPoint[];
  /** When given, each point is a button that calls it (the popup scrolls the page there). */
  onSelect?: (point: KeyPoint, index: number) => void;
}

export function KeyPointList({ keyPoints, onSelect }: Props) {
  if (!keyPoints.length) return <p class="fm-empty">No key points found.</p>;
  return (
    <ol class="fm-list fm-keypoints">
      {keyPoints.map((point, i) =>
        onSelect ? (
          <li key={i}>
            <button type="button" class="fm-link-button" data-testid="keypoint" onClick={() => onSelect(point, i)}>
              {point.text}
            </button>
          </li>
        ) : (
          <li key={i} data-testid="keypoint">
            {point.text}
          </li>
        ),
      )}
    </ol>
  );
}
