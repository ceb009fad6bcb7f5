import { Section } from '../../components/Section';
import type { SavedOnPage } from '../../lib/messages';
import { foundLine, missLabel, NOT_FOUND_TITLE, savedLine } from './saved-text';

/** The page's saved highlights: how many are on it, and every one that is not, with its text and note. */
export function SavedOnPageView({ saved }: { saved: SavedOnPage }) {
  const line = savedLine(saved);
  const found = foundLine(saved);
  return (
    <>
      {line && <p class="fm-popup__saved-count" data-testid="saved-on-page">{line}</p>}
      {found && <p class="fm-popup__saved-found" data-testid="saved-found">{found}</p>}
      {saved.error && <p class="fm-popup__saved-error" role="alert" data-testid="saved-error">{saved.error}</p>}
      {saved.notFound.length > 0 && (
        <Section title={NOT_FOUND_TITLE} count={saved.notFound.length}>
          <ul class="fm-popup__not-found">
            {saved.notFound.map((miss) => (
              <li key={miss.id} data-testid="not-found">
                <strong>{missLabel(miss.kind)}:</strong> “{miss.text}”
                {miss.note && <span class="fm-popup__note"> Note: {miss.note}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
