/** The "sites where Backstory stays off" list, as the reader types it. Pure. */

/**
 * Host names from free text: one per line (or separated by spaces or commas). Accepts
 * pasted addresses ("https://www.example.com/news/1" → "www.example.com"), ignores case,
 * trailing dots and junk, keeps the first of duplicates.
 */
export function parseSites(input: string): { sites: string[]; rejected: string[] } {
  const sites: string[] = [];
  const rejected: string[] = [];
  for (const raw of input.split(/[\s,]+/)) {
    const item = raw.trim();
    if (!item) continue;
    const host = hostOf(item);
    if (!host) rejected.push(item);
    else if (!sites.includes(host)) sites.push(host);
  }
  return { sites, rejected };
}

function hostOf(item: string): string | null {
  let candidate = item;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) {
    try {
      candidate = new URL(candidate).hostname;
    } catch {
      return null;
    }
  } else {
    candidate = candidate.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  }
  candidate = candidate.toLowerCase().replace(/\.$/, '');
  // Letters (any script), digits, hyphens; at least one dot, or "localhost".
  if (candidate === 'localhost') return candidate;
  if (!/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u.test(candidate)) return null;
  return candidate;
}

/** Storage keys "clear cached data" removes: everything but the reader's settings. */
export function cacheKeys(allKeys: string[], keep: readonly string[] = ['settings']): string[] {
  return allKeys.filter((k) => !keep.includes(k));
}
