import { render } from 'preact';
import { App } from './App.tsx';
import './popup.css';

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
// Opened as a page with ?tab=<id> it is the full report for that tab.
const full = tabParam !== null;
if (full) document.documentElement.classList.add('report');
render(<App tabParam={tabParam} />, document.getElementById('app')!);
