/**
 * The typed messages exchanged between the content script, the background and the
 * extension pages. Every side imports these types; a message's `type` is its tag.
 */
import type { Analysis } from '../core/types.ts';
import type { BackgroundCard } from '../knowledge/types.ts';

/** What the page shows, mirrored on `<html data-backstory="…">`. */
export type PageState = 'analyzing' | 'annotated' | 'no-article' | 'off' | 'error';

/** Facts about the page the popup's header shows; none of it leaves the browser. */
export interface PageMeta {
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  words: number;
}

/** Everything the extension knows about one tab. Stored by the background per tab. */
export interface TabReport {
  tabId: number;
  state: PageState;
  meta: PageMeta | null;
  analysis: Analysis | null;
  /** Human-readable reason for `error` / `no-article`. */
  message: string | null;
  highlights: boolean;
  updatedAt: number;
}

// ── content script → background ────────────────────────────────────────────
export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  meta: PageMeta;
}
export interface StateReport {
  type: 'page-state';
  state: PageState;
  meta: PageMeta | null;
  message: string | null;
  highlights: boolean;
}

// ── popup / options → background ───────────────────────────────────────────
export interface GetReport {
  type: 'get-report';
  tabId: number;
}

// ── background → extension pages (popup, report) ───────────────────────────
/** A tab's report was written: pages showing that tab read it again (no polling). */
export interface ReportChanged {
  type: 'report-changed';
  tabId: number;
}
export function isReportChanged(value: unknown): value is ReportChanged {
  return typeof value === 'object' && value !== null && (value as ReportChanged).type === 'report-changed' && typeof (value as ReportChanged).tabId === 'number';
}

// ── background / popup → content script ────────────────────────────────────
export interface AnnotateCommand {
  type: 'annotate';
  /** Annotate even if the page does not look like an article. */
  force: boolean;
}
export interface SetHighlights {
  type: 'set-highlights';
  on: boolean | 'toggle';
}
export interface RevealCommand {
  type: 'reveal';
  target: { entity: string } | { claim: string };
}
export interface StepHighlight {
  type: 'step-highlight';
  direction: 1 | -1;
}

/** Popup → background: deliver a command to a tab's page, injecting the content script if needed. */
export interface RelayToTab {
  type: 'relay';
  tabId: number;
  message: ContentMessage;
}

/** Options → background: forget cached Wikipedia/Wikidata answers. */
export interface ClearCache {
  type: 'clear-cache';
}

export type BackgroundMessage = AnalyzeRequest | StateReport | GetReport | RelayToTab | ClearCache;
export type ContentMessage = AnnotateCommand | SetHighlights | RevealCommand | StepHighlight;

// ── replies ────────────────────────────────────────────────────────────────
export type AnalyzeReply = { ok: true; analysis: Analysis } | { ok: false; error: string };
export type GetReportReply = { ok: true; report: TabReport | null };
export type ContentReply = { ok: true; state: PageState; highlights: boolean } | { ok: false; error: string };

/** Maps each request to its reply, so senders get typed answers. */
export interface ReplyOf {
  analyze: AnalyzeReply;
  'page-state': { ok: true };
  'get-report': GetReportReply;
  relay: ContentReply;
  'clear-cache': { ok: true };
  annotate: ContentReply;
  'set-highlights': ContentReply;
  reveal: ContentReply;
  'step-highlight': ContentReply;
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'analyze' || type === 'page-state' || type === 'get-report' || type === 'relay' || type === 'clear-cache';
}

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'annotate' || type === 'set-highlights' || type === 'reveal' || type === 'step-highlight';
}

// ── background knowledge, over a port per open card ────────────────────────
/**
 * The content script opens a port named LOOKUP_PORT when a card is about to open and
 * disconnects it when the card closes; the background aborts the lookup on disconnect.
 */
export const LOOKUP_PORT = 'backstory-lookup';
export interface LookupRequest {
  type: 'lookup';
  entity: string;
  /** The tab whose analysis holds the entity; only extension pages (the popup, the report) may name it. */
  tabId?: number;
}
/** First the offline card (at once), then, when lookups are on, the Wikipedia card (`final`). */
export interface LookupAnswer {
  type: 'card';
  entity: string;
  card: BackgroundCard;
  final: boolean;
}
