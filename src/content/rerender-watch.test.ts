// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RerenderWatch } from './rerender-watch.ts';

function setup(): Element[] {
  document.body.innerHTML = '<article><p>Hello <mark class="m">Atta Tarar</mark> said.</p></article><div id="ads"></div>';
  return [...document.querySelectorAll('mark')];
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.useRealTimers());

describe('RerenderWatch', () => {
  it('asks for a repaint when the page replaces the article and our marks vanish', async () => {
    const onLost = vi.fn();
    const watch = new RerenderWatch(document, onLost, { delayMs: 10 });
    watch.watch(setup());
    document.querySelector('article')!.innerHTML = '<p>Hello Atta Tarar said.</p>';
    await flush();
    await new Promise((r) => setTimeout(r, 30));
    expect(onLost).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('asks for a repaint when the marks it is given are already gone (the page re-rendered while we painted)', async () => {
    const onLost = vi.fn();
    const watch = new RerenderWatch(document, onLost, { delayMs: 10 });
    const marks = setup();
    document.querySelector('article')!.innerHTML = '<p>Hello Atta Tarar said.</p>';
    watch.watch(marks);
    await new Promise((r) => setTimeout(r, 30));
    expect(onLost).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('asks for a repaint when told the highlights never landed (no marks to watch)', async () => {
    const onLost = vi.fn();
    const watch = new RerenderWatch(document, onLost, { delayMs: 10 });
    watch.watch([]);
    watch.lost();
    watch.lost();
    await new Promise((r) => setTimeout(r, 30));
    expect(onLost).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('ignores changes elsewhere in the page', async () => {
    const onLost = vi.fn();
    const watch = new RerenderWatch(document, onLost, { delayMs: 10 });
    watch.watch(setup());
    document.getElementById('ads')!.textContent = 'Buy now';
    await new Promise((r) => setTimeout(r, 30));
    expect(onLost).not.toHaveBeenCalled();
    watch.stop();
  });

  it('slows down for a page that re-renders forever', async () => {
    vi.useFakeTimers();
    const onLost = vi.fn();
    const watch = new RerenderWatch(document, onLost, { delayMs: 10, maxPerMinute: 3, slowMs: 5000 });
    for (let i = 0; i < 10; i++) {
      watch.watch(setup()); // we repainted: new marks
      document.querySelector('article')!.innerHTML = '<p>re-rendered</p>';
      await vi.advanceTimersByTimeAsync(20);
    }
    // 3 quick repaints, then at most one per 5 s: the loop is bounded.
    expect(onLost.mock.calls.length).toBeLessThanOrEqual(4);
    watch.stop();
  });
});
