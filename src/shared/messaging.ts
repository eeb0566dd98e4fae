/** Typed wrappers around runtime/tabs messaging (see protocol.ts). */
import browser from './browser.ts';
import type { BackgroundMessage, ContentMessage, ReplyOf } from './protocol.ts';

export function sendToBackground<M extends BackgroundMessage>(message: M): Promise<ReplyOf[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<ReplyOf[M['type']]>;
}

export function sendToTab<M extends ContentMessage>(tabId: number, message: M): Promise<ReplyOf[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ReplyOf[M['type']]>;
}
