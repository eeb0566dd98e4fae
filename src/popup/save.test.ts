// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, saveFile } from './save.ts';

describe('saving an export from the popup', () => {
  afterEach(() => vi.useRealTimers());

  it('downloads through a Blob URL and an <a download>, then frees the URL', async () => {
    vi.useFakeTimers();
    // jsdom has no Blob URLs; give it the two functions the browser provides.
    const made: Blob[] = [];
    const revoked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (made.push(b), `blob:popup/${made.length}`),
      revokeObjectURL: (u: string) => void revoked.push(u),
    });
    const clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
    document.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      clicked.push({ href: a.href, download: a.download, inDocument: a.isConnected });
      e.preventDefault();
    });
    saveFile(document, { name: 'backstory-talks.md', type: 'text/markdown;charset=utf-8', content: '# Talks\n' });
    expect(clicked).toEqual([{ href: 'blob:popup/1', download: 'backstory-talks.md', inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(made[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(await made[0]!.text()).toBe('# Talks\n');
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(revoked).toEqual(['blob:popup/1']);
  });

  it('copies to the clipboard, and reports a refusal instead of throwing', async () => {
    const written: string[] = [];
    expect(await copyText('brief', { writeText: async (t) => void written.push(t) })).toBe(true);
    expect(written).toEqual(['brief']);
    expect(await copyText('brief', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe(false);
    expect(await copyText('brief', undefined)).toBe(false);
  });
});
