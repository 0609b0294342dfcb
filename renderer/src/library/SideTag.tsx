import { type LibrarySide, SIDE_TAGS } from '../../../core/library/sides';

/** "When buying" / "When selling" on a built-in entry written for one side; nothing for either. */
export function SideTag({ side }: { side: LibrarySide }) {
  if (side === 'either') return null;
  return <span className={`tag side-${side}`}>{SIDE_TAGS[side]}</span>;
}
