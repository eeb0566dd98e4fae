/**
 * axe-core in a real page: injected by evaluating its source (a `<script>` tag would be
 * refused by an extension page's CSP; evaluation through the driver is not), then run on
 * a context that may reach into shadow roots (`fromShadowDom`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths.ts';

let source: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** What `axe.run` may be given as context (see axe-core's API: selectors, or shadow-DOM paths). */
export type AxeContext = string | { include: unknown[]; exclude?: unknown[] };

export async function injectAxe(page: Page): Promise<void> {
  source ??= readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(source);
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Rules that found something to check in the context: 0 means axe looked at nothing. */
  rulesApplied: number;
}

/** What axe finds in `context` (WCAG 2.x A/AA and best practices), each violation with up to 5 nodes. */
export async function runAxe(page: Page, context: AxeContext = 'html'): Promise<AxeReport> {
  await injectAxe(page);
  return page.evaluate(async (ctx) => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> };
    type Run = { violations: Result[]; passes: Result[]; incomplete: Result[] };
    const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<Run> } }).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: JSON.stringify(n.target), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
    return { violations, rulesApplied: result.violations.length + result.passes.length + result.incomplete.length };
  }, context);
}

export const isSerious = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** One line per violation, for test output and assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')} — ${v.nodes[0]?.summary ?? ''}`).join('\n');
}
