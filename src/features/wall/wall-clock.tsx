/** The wall's clock: hours and minutes, redrawn once a minute by one timeout at a time. */
import { useEffect, useState, type ReactElement } from 'react';
import type { Lang } from '../../data/lang';

const TIME = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
const DATE: Readonly<Record<Lang, Intl.DateTimeFormat>> = {
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }),
};

function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    // Wakes on the minute's turn (plus a little), not on a drifting 60-second interval.
    const wait = 60_000 - (now.getTime() % 60_000) + 50;
    const timer = window.setTimeout(() => {
      setNow(new Date());
    }, wait);
    return () => {
      window.clearTimeout(timer);
    };
  }, [now]);
  return now;
}

export function WallClock({ lang }: { readonly lang: Lang }): ReactElement {
  const now = useMinute();
  return (
    <div className="wall-clock" data-testid="wall-clock">
      <time className="wall-clock-time" dateTime={now.toISOString()}>
        {TIME.format(now)}
      </time>
      <span className="wall-clock-date">{DATE[lang].format(now)}</span>
    </div>
  );
}
