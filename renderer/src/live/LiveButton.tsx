import { useEffect } from 'react';
import { navigate, routeHref } from '../app/route';

/** "At the table" from any step of a deal: the link, and Alt+L from anywhere in the deal. */
export function LiveButton({ dealId }: { dealId: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL') {
        event.preventDefault();
        navigate({ screen: 'live', dealId });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dealId]);
  return (
    <a className="button live-open" href={routeHref({ screen: 'live', dealId })} aria-keyshortcuts="Alt+L">
      At the table <kbd>Alt+L</kbd>
    </a>
  );
}
