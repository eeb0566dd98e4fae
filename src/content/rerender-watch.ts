/**
 * Notices when the page re-renders its article and our highlights vanish (React,
 * Vue and friends replace whole subtrees), and asks for a repaint: soon, but at a
 * bounded rate, so that a page that re-renders forever cannot make us spin.
 */
export interface RerenderWatchOptions {
  /** Wait this long after the first sign of a re-render before repainting. */
  delayMs?: number;
  /** At most this many repaints per minute; beyond it, one every `slowMs`. */
  maxPerMinute?: number;
  slowMs?: number;
}

export class RerenderWatch {
  private observer: MutationObserver | null = null;
  private marks: Element[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly runs: number[] = [];
  private readonly delayMs: number;
  private readonly maxPerMinute: number;
  private readonly slowMs: number;

  constructor(
    private readonly doc: Document,
    private readonly onLost: () => void,
    options: RerenderWatchOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.maxPerMinute = options.maxPerMinute ?? 12;
    this.slowMs = options.slowMs ?? 5000;
  }

  /** Starts watching the given marks (call after every paint). */
  watch(marks: Element[]): void {
    this.marks = marks;
    const body = this.doc.body;
    if (!body || marks.length === 0) return this.stop();
    if (!this.observer) {
      const View = this.doc.defaultView?.MutationObserver ?? MutationObserver;
      this.observer = new View(() => this.check());
    }
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    // The page may have re-rendered while we extracted and painted (the extraction gives the page its
    // turn between steps): marks painted into a subtree it has since dropped are lost already, and
    // no later mutation may come to say so.
    this.check();
  }

  /** Stops watching; pending records (our own changes) are dropped. */
  pause(): void {
    this.observer?.takeRecords();
    this.observer?.disconnect();
  }

  stop(): void {
    this.pause();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.marks = [];
  }

  private check(): void {
    if (this.timer) return;
    // Cheap test first: did a mark leave the document or lose its text?
    if (!this.marks.some((m) => !m.isConnected || m.textContent === '')) return;
    this.lost();
  }

  /** Asks for a repaint, soon or, beyond the rate bound, slowly: the highlights are gone. */
  lost(): void {
    if (this.timer) return;
    const now = Date.now();
    while (this.runs.length > 0 && now - this.runs[0]! > 60_000) this.runs.shift();
    const delay = this.runs.length >= this.maxPerMinute ? this.slowMs : this.delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.runs.push(Date.now());
      this.onLost();
    }, delay);
  }
}
