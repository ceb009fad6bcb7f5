import { render } from 'preact';
import '../../components/styles.css';
import './popup.css';
import { App } from './App';

const root = document.getElementById('app')!;
// The static shell of index.html goes in the same task as the app comes: no blank frame in between.
root.textContent = '';
render(<App />, root);
