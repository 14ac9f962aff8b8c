import type { ReactNode } from 'react';

/**
 * Lets a wide data table scroll sideways on a phone instead of the whole page (WCAG 1.4.10
 * allows two-dimensional tables to scroll). Focusable and named, so keyboard users can scroll it.
 */
export function TableScroller({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
