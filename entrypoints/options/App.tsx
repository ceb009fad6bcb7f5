import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Message, type MessageTone } from '../../components/Message';
import { Switch } from '../../components/Switch';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../lib/highlight-kinds';
import { DEFAULT_SETTINGS, loadSettings, mergeSettings, saveSettings, sitePermissionPattern, type Settings } from '../../lib/settings';
import { parseOrigin } from './parse-origin';
import { toColorInputValue } from './color-input-value';

const KIND_LABELS: Record<HighlightKind, string> = {
  claims: 'Claims worth checking',
  speakers: 'Speakers and their quotes',
  repeats: 'Repeated passages',
  user: 'Your own highlights and notes',
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The options page: sites that run automatically, auto-save, highlight kinds and colours. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Read at submit time, not from state: a click right after typing must see what was typed.
  const siteInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<{ tone: MessageTone; text: string } | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => {
      setSettings(DEFAULT_SETTINGS);
      setNote({ tone: 'error', text: `Could not read your settings: ${messageOf(error)}` });
    });
    // The popup changes the highlight kinds too; follow it while this page is open.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings) setSettings(mergeSettings(changes.settings.newValue as Partial<Settings> | undefined));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!settings) return <main class="fm-options" aria-busy="true"><p>Loading your settings…</p></main>;

  const persist = async (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    try {
      setSettings(await saveSettings(patch));
    } catch (error) {
      setNote({ tone: 'error', text: `Could not save this setting: ${messageOf(error)}` });
    }
  };

  const onAdd = (event: Event) => {
    event.preventDefault();
    const origin = parseOrigin(siteInput.current?.value ?? '');
    if (!origin) {
      setNote({ tone: 'error', text: 'Enter a web address, such as https://example.com.' });
      return;
    }
    if (settings.autoRunSites.includes(origin)) {
      setNote({ tone: 'info', text: `Factmark already runs automatically on ${origin}.` });
      return;
    }
    // Browsers show a permission prompt only during a user gesture: request it now, before any await.
    browser.permissions.request({ origins: [sitePermissionPattern(origin)] }).then(
      async (granted) => {
        if (!granted) {
          setNote({ tone: 'error', text: `Factmark was not allowed to read ${origin}, so it will not run there automatically.` });
          return;
        }
        // The stored list, not this page's copy: another page may have changed it meanwhile.
        const { autoRunSites } = await loadSettings();
        await persist({ autoRunSites: autoRunSites.includes(origin) ? autoRunSites : [...autoRunSites, origin] });
        if (siteInput.current) siteInput.current.value = '';
        setNote({ tone: 'success', text: `Factmark now runs automatically on ${origin}.` });
      },
      (error: unknown) => setNote({ tone: 'error', text: `Could not ask for access to ${origin}: ${messageOf(error)}` }),
    );
    setNote({ tone: 'info', text: `Asking your browser for access to ${origin}…` });
  };

  const onRemove = async (origin: string) => {
    const { autoRunSites } = await loadSettings();
    await persist({ autoRunSites: autoRunSites.filter((s) => s !== origin) });
    try {
      await browser.permissions.remove({ origins: [sitePermissionPattern(origin)] });
      setNote({ tone: 'success', text: `Factmark no longer runs automatically on ${origin}, and its access there is removed.` });
    } catch (error) {
      setNote({ tone: 'error', text: `Removed ${origin}, but its access could not be withdrawn: ${messageOf(error)}` });
    }
  };

  const { colors } = settings;
  const setColors = (patch: Partial<Settings['colors']>) => persist({ colors: { ...colors, ...patch } });

  return (
    <main class="fm-options">
      <h1>Factmark options</h1>
      {note && <Message tone={note.tone} testId="note">{note.text}</Message>}

      <fieldset>
        <legend>Sites where Factmark runs automatically</legend>
        <p class="fm-options__hint">
          Elsewhere Factmark runs only when you click its button. Adding a site asks your browser for access to it.
        </p>
        <form class="fm-options__add" onSubmit={onAdd}>
          <label for="autorun-input" class="fm-visually-hidden">Site address</label>
          <input id="autorun-input" type="text" inputMode="url" placeholder="https://example.com" autoComplete="off"
            spellcheck={false} data-testid="autorun-input" ref={siteInput} />
          <button type="submit" class="fm-button" data-testid="autorun-add">Add site</button>
        </form>
        {settings.autoRunSites.length === 0 ? (
          <p class="fm-empty" data-testid="autorun-empty">No sites yet.</p>
        ) : (
          <ul class="fm-options__sites" aria-label="Sites that run automatically">
            {settings.autoRunSites.map((origin) => (
              <li key={origin}>
                <span data-testid="autorun-site">{origin}</span>
                <button type="button" class="fm-button" data-testid="autorun-remove" aria-label={`Remove ${origin}`}
                  onClick={() => void onRemove(origin)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Library</legend>
        <Switch testId="autosave" checked={settings.autoSave} onChange={(autoSave) => void persist({ autoSave })}
          label="Save every article Factmark marks up to the library" />
      </fieldset>

      <fieldset>
        <legend>Highlights</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <Switch key={kind} testId={`kind-${kind}`} checked={settings.kinds[kind]} label={KIND_LABELS[kind]}
            onChange={(on) => void persist({ kinds: { ...settings.kinds, [kind]: on } })} />
        ))}
      </fieldset>

      <fieldset>
        <legend>Colours</legend>
        <div class="fm-options__colors">
          <label for="color-claim">Claims</label>
          <input id="color-claim" type="color" data-testid="color-claim" value={toColorInputValue(colors.claim)}
            onChange={(e) => void setColors({ claim: e.currentTarget.value })} />
          <label for="color-repeat">Repeated passages</label>
          <input id="color-repeat" type="color" data-testid="color-repeat" value={toColorInputValue(colors.repeat)}
            onChange={(e) => void setColors({ repeat: e.currentTarget.value })} />
          <span id="speaker-palette-label">Speakers, in order</span>
          <div class="fm-options__palette" role="group" aria-labelledby="speaker-palette-label">
            {colors.speakers.map((color, i) => (
              <input key={i} type="color" aria-label={`Speaker ${i + 1}`} data-testid={`color-speaker-${i}`}
                value={toColorInputValue(color)}
                onChange={(e) => {
                  const speakers = [...colors.speakers];
                  speakers[i] = e.currentTarget.value;
                  void setColors({ speakers });
                }} />
            ))}
          </div>
        </div>
        <p>
          <button type="button" class="fm-button" data-testid="colors-reset" onClick={() => void persist({ colors: DEFAULT_SETTINGS.colors })}>
            Reset colours
          </button>
        </p>
      </fieldset>

      <section data-testid="about">
        <h2>About</h2>
        <p class="fm-options__hint">
          Factmark analyses articles on your device. Its claim model was trained on the ClaimBuster sentences (Arslan,
          Hassan, Li and Tremayne, 2020) as published by the CLEF CheckThat! 2024 lab (Hasanain et al., 2024), licensed
          CC BY 4.0 (creativecommons.org/licenses/by/4.0); the extension ships weights derived from them, not the data.
        </p>
      </section>
    </main>
  );
}
