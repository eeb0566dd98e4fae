/**
 * The one `browser` API for both Chrome and Firefox (promises, `browser.*` namespace).
 * Every extension-side module imports it from here so the polyfill sits at one edge.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
