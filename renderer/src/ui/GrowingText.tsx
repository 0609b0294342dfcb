import type { TextareaHTMLAttributes } from 'react';

/**
 * A one-line text box that wraps and grows with its text instead of hiding it behind a
 * scroll: long descriptions, roles and phrases stay readable in narrow table columns.
 * Enter still commits (as in a single-line input) rather than adding a line break.
 */
export function GrowingText({
  onEnter,
  className,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { onEnter?: () => void }) {
  return (
    <textarea
      {...rest}
      rows={1}
      className={`growing-text ${className ?? ''}`}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        if (event.key === 'Enter' && !event.shiftKey && !event.defaultPrevented) {
          event.preventDefault();
          onEnter?.();
        }
      }}
    />
  );
}
