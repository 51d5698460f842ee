// Countdowns to a deadline on the server's clock (time.js createServerClock): one timer for the whole page,
// and the server sends no ticks.

/** "2 d 03:04:05", "1:02:03", "04:05"; never negative ("00:00" once the deadline is reached). */
export function formatRemaining(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n) => String(n).padStart(2, '0');
  if (days) return `${days} d ${two(hours)}:${two(minutes)}:${two(seconds)}`;
  if (hours) return `${hours}:${two(minutes)}:${two(seconds)}`;
  return `${two(minutes)}:${two(seconds)}`;
}

/**
 * createTicker(clock) → { watch(el, deadlineIso, { format, onEnd }) }
 * Sets el's text every second from format(remainingMs) (default formatRemaining) and marks el.dataset.urgent
 * in the last five minutes; calls onEnd once at the deadline. Elements taken out of the page are dropped.
 */
export function createTicker(clock) {
  const watched = new Set();
  let timer = null;

  function tick() {
    const now = clock.now().getTime();
    for (const entry of watched) {
      if (!entry.el.isConnected && entry.seen) {
        watched.delete(entry);
        continue;
      }
      entry.seen ||= entry.el.isConnected;
      const remaining = entry.deadline - now;
      entry.el.textContent = entry.format(remaining);
      entry.el.dataset.urgent = String(remaining <= 5 * 60_000);
      if (remaining <= 0 && !entry.ended) {
        entry.ended = true;
        entry.onEnd?.();
      }
    }
    if (!watched.size) {
      clearInterval(timer);
      timer = null;
    }
  }

  return {
    watch(el, deadlineIso, { format = formatRemaining, onEnd } = {}) {
      watched.add({ el, deadline: Date.parse(deadlineIso), format, onEnd, ended: false, seen: el.isConnected });
      timer ??= setInterval(tick, 1000);
      tick();
    },
  };
}
