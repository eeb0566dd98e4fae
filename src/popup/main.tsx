import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import { App } from './App.tsx';
import './popup.css';

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
// Opened as a page with ?tab=<id> it is the full report for that tab.
const full = tabParam !== null;
if (full) document.documentElement.classList.add('report');
const locale = t('@@ui_locale');
if (locale && !locale.startsWith('@@')) document.documentElement.lang = locale.replace('_', '-');
document.title = t('extName');
render(<App tabParam={tabParam} />, document.getElementById('app')!);
