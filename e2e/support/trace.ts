/**
 * Main-thread work attributable to the extension, from a Chromium performance trace
 * (CDP Tracing on the page's target): the page's renderer main thread runs tasks
 * (`RunTask`); a task is the extension's when it contains script work (EvaluateScript,
 * FunctionCall, v8.compile…) whose URL is `chrome-extension://…` (the content script runs
 * in an isolated world on the page's main thread).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

export interface ExtensionTasks {
  /** Longest main-thread task (ms) that ran extension script. */
  longestTaskMs: number;
  /** Extension tasks over 50 ms (the RAIL / Long Tasks threshold), durations in ms. */
  longTasksMs: number[];
  /** All main-thread time (ms) in tasks that ran extension script. */
  totalTaskMs: number;
  /** Number of tasks that ran extension script. */
  tasks: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'].join(',');
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export class ExtensionTracer {
  private events: TraceEvent[] = [];
  private constructor(private readonly session: CDPSession) {}

  static async start(context: BrowserContext, page: Page): Promise<ExtensionTracer> {
    const session = await context.newCDPSession(page);
    const tracer = new ExtensionTracer(session);
    session.on('Tracing.dataCollected', (e) => {
      for (const ev of e.value as unknown as TraceEvent[]) tracer.events.push(ev);
    });
    await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    return tracer;
  }

  /** Stops tracing and sums up the extension's tasks. `extensionOrigin` is chrome-extension://<id>. */
  async stop(extensionOrigin: string): Promise<ExtensionTasks> {
    const done = new Promise<void>((ok) => this.session.once('Tracing.tracingComplete', () => ok()));
    await this.session.send('Tracing.end');
    await done;
    await this.session.detach().catch(() => {});
    return extensionTasks(this.events, extensionOrigin);
  }
}

function urlOf(ev: TraceEvent): string {
  const d = ev.args?.data;
  return d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '';
}

export function extensionTasks(events: TraceEvent[], extensionOrigin: string): ExtensionTasks {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent): boolean => mainThreads.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined && onMain(e)).sort((a, b) => a.ts - b.ts);
  const marks = events.filter((e) => onMain(e) && urlOf(e).startsWith(extensionOrigin)).map((e) => ({ key: `${e.pid}:${e.tid}`, ts: e.ts }));
  const ours = tasks.filter((t) => marks.some((m) => m.key === `${t.pid}:${t.tid}` && m.ts >= t.ts && m.ts <= t.ts + (t.dur ?? 0)));
  const durations = ours.map((t) => (t.dur ?? 0) / 1000);
  return {
    longestTaskMs: durations.length ? Math.max(...durations) : 0,
    longTasksMs: durations.filter((d) => d > 50).sort((a, b) => b - a),
    totalTaskMs: durations.reduce((a, b) => a + b, 0),
    tasks: durations.length,
  };
}
