import { render } from 'preact';
import { Options } from './Options.tsx';
import './options.css';

document.title = 'Backstory';
render(<Options />, document.getElementById('app')!);
