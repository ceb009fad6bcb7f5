import { KeyPointList } from '../../components/KeyPointList';
import { Message } from '../../components/Message';
import { Section } from '../../components/Section';
import { SpeakerList } from '../../components/SpeakerList';
import { Swatch } from '../../components/Swatch';
import { Switch } from '../../components/Switch';
import { siteOf, SPEAKER_PALETTE } from '../../lib/settings';
import { USER_COLOR } from '../../lib/highlighting/highlight-css';
import { hideRepeatsLabel } from './hide-repeats-label';
import { SavedOnPageView } from './SavedOnPage';
import { statusLines } from './status-lines';
import { usePopup, type PopupStart } from './use-popup';

function hostOf(url: string | null | undefined): string {
  const site = url ? siteOf(url) : null;
  return site ? new URL(site).host : '';
}

/** The toolbar popup. It renders at once (a shell with "Reading this page…") and fills in when the state arrives. */
export function App({ start }: { start?: PopupStart }) {
  const { state, report, settings, save, actionError, saveNow, scrollTo, focusSpeaker, setKind, toggle, openLibrary } = usePopup(start);
  const status = statusLines(state);
  const colors = settings?.colors;
  const palette = colors?.speakers ?? SPEAKER_PALETTE;
  const count = (n: number, one: string, testId: string) => (
    <li>
      <strong data-testid={testId}>{n}</strong> {n === 1 ? one : `${one}s`}
    </li>
  );

  return (
    <main class="fm-popup" aria-busy={state === null}>
      <div class="fm-popup__bar">
        <h1>Factmark</h1>
        {report && state && (
          <button type="button" class="fm-button" data-testid="toggle" onClick={toggle}>
            {state.painted ? 'Hide highlights' : 'Show highlights'}
          </button>
        )}
      </div>

      <Message tone={status.tone} testId="status">
        {status.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </Message>
      {actionError && <Message tone="error" testId="action-error">{actionError}</Message>}

      {report && state && (
        <>
          <h2 class="fm-popup__title" data-testid="title">
            {report.article.title || 'Untitled article'}
          </h2>
          <p class="fm-popup__site" data-testid="site">
            {report.article.siteName || hostOf(report.article.url ?? state.url)}
          </p>

          <ul class="fm-popup__counts" aria-label="Found on this page">
            {count(report.claims.length, 'claim', 'claim-count')}
            {count(report.repeats.length, 'repeat', 'repeat-count')}
            {count(report.speakers.length, 'speaker', 'speaker-count')}
          </ul>

          <fieldset class="fm-popup__switches">
            <legend>Highlight</legend>
            <Switch testId="switch-claims" checked={state.kinds.claims} onChange={(on) => setKind('claims', on)}
              label={<>{colors && <Swatch color={colors.claim} />}Claims</>} />
            <Switch testId="switch-speakers" checked={state.kinds.speakers} onChange={(on) => setKind('speakers', on)}
              label={<>{colors && <Swatch color={palette[0] ?? 'currentColor'} />}Speakers and quotes</>} />
            <Switch testId="switch-repeats" checked={state.kinds.repeats} onChange={(on) => setKind('repeats', on)}
              label={<>{colors && <Swatch color={colors.repeat} />}Repeated passages</>} />
            {report.repeats.length > 0 && (
              <Switch testId="switch-hide-repeats" checked={state.kinds.hideRepeats === true} onChange={(on) => setKind('hideRepeats', on)}
                label={hideRepeatsLabel(report.repeats.length, state.hiddenRepeats)} />
            )}
            <Switch testId="switch-user" checked={state.kinds.user !== false} onChange={(on) => setKind('user', on)}
              label={<><Swatch color={USER_COLOR} />Your highlights</>} />
          </fieldset>

          {state.saved && <SavedOnPageView saved={state.saved} />}

          <Section title="Key points" count={report.keyPoints.length}>
            <KeyPointList keyPoints={report.keyPoints} onSelect={scrollTo} />
          </Section>
          <Section title="Speakers" count={report.speakers.length}>
            {/* Clicking a speaker shows only them on the page; the arrows step through their places. */}
            <SpeakerList speakers={report.speakers} quotes={report.quotes} palette={palette}
              onFocus={state.painted ? (id) => focusSpeaker(id) : undefined} focus={state.focus ?? null}
              onStep={(direction) => state.focus && focusSpeaker(state.focus.speaker, direction)} />
          </Section>
        </>
      )}

      {save.status === 'error' && <Message tone="error" testId="save-error">{save.message}</Message>}
      <footer class="fm-popup__footer">
        {report && save.status === 'saved' && <span class="fm-popup__saved" data-testid="saved" role="status">Saved</span>}
        {report && save.status === 'saving' && <span role="status">Saving…</span>}
        {report && settings && (save.status === 'error' || (save.status === 'idle' && !settings.autoSave)) && (
          <button type="button" class="fm-button fm-button--primary" data-testid="save" onClick={saveNow}>
            Save
          </button>
        )}
        <button type="button" class="fm-button" data-testid="open-library" onClick={openLibrary}>
          Open library
        </button>
      </footer>
    </main>
  );
}
