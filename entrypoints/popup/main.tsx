import { render } from 'preact';
import '../../components/styles.css';
import './popup.css';
import { App } from './App';
import { startPopup } from './use-popup';

// Ask for the page first: the background starts Factmark on the tab while the popup renders, instead of after
// its first frame (when Preact would run the app's effects).
const start = startPopup();
const root = document.getElementById('app')!;
// The static shell of index.html goes in the same task as the app comes: no blank frame in between.
root.textContent = '';
render(<App start={start} />, root);
