// Counts down the wait the backend imposes after failed unlock attempts (TOO_MANY_ATTEMPTS), so
// the screen can show the seconds left and keep its button disabled until then.
import { useEffect, useState } from 'react';

export function useRetryCountdown(): { secondsLeft: number; wait: (seconds: number) => void } {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);

  return {
    secondsLeft: Math.max(0, Math.ceil((until - now) / 1000)),
    wait: (seconds) => {
      const start = Date.now();
      setNow(start);
      setUntil(start + seconds * 1000);
    },
  };
}

/** The wait in a TOO_MANY_ATTEMPTS error's details, in seconds (at least one). */
export function retryAfterSeconds(details: unknown): number {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 1;
}
