import { STANCES, type Stance } from './counterparty';

/**
 * Placement maths of the power/stance map, shared by the screen and the printed plan:
 * stance runs left (supporter) to right (blocker), influence bottom (1) to top (5).
 */
export interface MapPerson {
  id: string;
  name: string;
  influence: number;
  stance: Stance;
}

export interface MapFrame {
  width: number;
  height: number;
  /** Room left for axis labels. */
  padLeft: number;
  padBottom: number;
  padTop: number;
  padRight: number;
}

export const DEFAULT_MAP_FRAME: MapFrame = {
  width: 640,
  height: 380,
  padLeft: 56,
  padBottom: 44,
  padTop: 16,
  padRight: 16,
};

export interface PlacedPerson extends MapPerson {
  x: number;
  y: number;
  /** People who need winning over: influential and not yet supportive. */
  priority: boolean;
}

export const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;

export function cellSize(frame: MapFrame) {
  return {
    width: (frame.width - frame.padLeft - frame.padRight) / STANCES.length,
    height: (frame.height - frame.padTop - frame.padBottom) / INFLUENCE_LEVELS.length,
  };
}

/** Centre of the cell for a stance and influence level. */
export function cellCentre(frame: MapFrame, stance: Stance, influence: number) {
  const cell = cellSize(frame);
  const column = STANCES.indexOf(stance);
  const level = Math.min(5, Math.max(1, Math.round(influence)));
  return {
    x: frame.padLeft + cell.width * (column + 0.5),
    y: frame.padTop + cell.height * (5 - level + 0.5),
  };
}

export const needsWinningOver = (person: Pick<MapPerson, 'influence' | 'stance'>) =>
  person.influence >= 4 && person.stance !== 'supporter';

/**
 * People sharing a cell are spread on a small grid inside it, in the given order, so
 * no marker hides another however many share the same stance and influence.
 */
export function placePeople(people: readonly MapPerson[], frame: MapFrame = DEFAULT_MAP_FRAME): PlacedPerson[] {
  const cell = cellSize(frame);
  const groups = new Map<string, MapPerson[]>();
  for (const person of people) {
    const key = `${person.stance}:${Math.round(person.influence)}`;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const placed: PlacedPerson[] = [];
  for (const group of groups.values()) {
    const columns = Math.ceil(Math.sqrt(group.length));
    const rows = Math.ceil(group.length / columns);
    group.forEach((person, index) => {
      const centre = cellCentre(frame, person.stance, person.influence);
      const col = index % columns;
      const row = Math.floor(index / columns);
      const dx = columns > 1 ? ((col - (columns - 1) / 2) * cell.width * 0.8) / columns : 0;
      const dy = rows > 1 ? ((row - (rows - 1) / 2) * cell.height * 0.8) / rows : 0;
      placed.push({ ...person, x: centre.x + dx, y: centre.y + dy, priority: needsWinningOver(person) });
    });
  }
  return placed;
}

/** Whom to work on first: highest influence, then the least supportive, then by name. */
export function winOverOrder<T extends Pick<MapPerson, 'influence' | 'stance' | 'name'>>(people: readonly T[]): T[] {
  return people
    .filter((p) => p.stance !== 'supporter')
    .sort(
      (a, b) =>
        b.influence - a.influence ||
        STANCES.indexOf(b.stance) - STANCES.indexOf(a.stance) ||
        a.name.localeCompare(b.name),
    );
}
