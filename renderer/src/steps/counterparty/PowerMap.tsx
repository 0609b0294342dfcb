import { STANCE_LABELS, STANCES } from '../../../../core/counterparty';
import { wrapWords } from '../../../../core/labelPlacement';
import {
  cellSize,
  DEFAULT_MAP_FRAME,
  INFLUENCE_LEVELS,
  type MapFrame,
  type MapPerson,
  placePeople,
} from '../../../../core/powerMap';
import { TextLines } from '../../ui/ChartLabel';

interface PowerMapProps {
  people: readonly MapPerson[];
  frame?: MapFrame;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/**
 * Stakeholders by stance (left: supporters, right: blockers) and influence (top: high).
 * Plain SVG with no app state, so the printed plan can draw the same picture.
 */
export function PowerMap({ people, frame = DEFAULT_MAP_FRAME, selectedId, onSelect }: PowerMapProps) {
  const cell = cellSize(frame);
  const placed = placePeople(people, frame);
  const plotRight = frame.width - frame.padRight;
  const plotBottom = frame.height - frame.padBottom;
  // The zone to work on: influence 4–5 and not yet supportive.
  const zone = {
    x: frame.padLeft + cell.width,
    y: frame.padTop,
    width: cell.width * 3,
    height: cell.height * 2,
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a chart with clickable marks is a group (an img hides them)
    <svg
      className="power-map"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="group"
      aria-label={`Power and stance map of ${people.length} stakeholder${people.length === 1 ? '' : 's'}`}
    >
      <rect x={zone.x} y={zone.y} width={zone.width} height={zone.height} className="map-zone" />
      <text x={zone.x + zone.width - 6} y={zone.y + 14} className="map-zone-label" textAnchor="end">
        Win these over
      </text>
      {STANCES.map((stance, column) => (
        <text
          key={stance}
          x={frame.padLeft + cell.width * (column + 0.5)}
          y={plotBottom + 18}
          className="map-axis"
          textAnchor="middle"
        >
          {STANCE_LABELS[stance]}
        </text>
      ))}
      {INFLUENCE_LEVELS.map((level) => (
        <g key={level}>
          <line
            x1={frame.padLeft}
            x2={plotRight}
            y1={frame.padTop + cell.height * (5 - level)}
            y2={frame.padTop + cell.height * (5 - level)}
            className="map-grid"
          />
          <text
            x={frame.padLeft - 8}
            y={frame.padTop + cell.height * (5 - level + 0.5) + 4}
            className="map-axis"
            textAnchor="end"
          >
            {level}
          </text>
        </g>
      ))}
      <line x1={frame.padLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} className="map-axis-line" />
      <line x1={frame.padLeft} x2={frame.padLeft} y1={frame.padTop} y2={plotBottom} className="map-axis-line" />
      <text
        x={frame.padLeft + (plotRight - frame.padLeft) / 2}
        y={frame.height - 6}
        className="map-title"
        textAnchor="middle"
      >
        Stance →
      </text>
      <text
        x={14}
        y={frame.padTop + (plotBottom - frame.padTop) / 2}
        className="map-title"
        textAnchor="middle"
        transform={`rotate(-90 14 ${frame.padTop + (plotBottom - frame.padTop) / 2})`}
      >
        Influence →
      </text>
      {placed.map((person) => (
        <g key={person.id} transform={`translate(${person.x} ${person.y})`}>
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the role and keys */}
          <g
            role="button"
            tabIndex={0}
            aria-label={`${person.name}: ${STANCE_LABELS[person.stance]}, influence ${person.influence}`}
            className={`map-person stance-${person.stance} ${person.priority ? 'priority' : ''} ${person.id === selectedId ? 'selected' : ''}`}
            onClick={() => onSelect?.(person.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect?.(person.id);
              }
            }}
          >
            <title>{person.name}</title>
            <circle r={15} />
            {/* The whole name, wrapped: a cut name ("Group procureme…") reads as a different person. */}
            <text y={28} textAnchor="middle" className="map-name">
              <TextLines lines={wrapWords(person.name, 16)} x={0} lineHeight={12} />
            </text>
          </g>
          {/* Initials outside the button: its visible text is then exactly the name it is called by. */}
          <text y={4} textAnchor="middle" className="map-initials" aria-hidden>
            {initials(person.name)}
          </text>
        </g>
      ))}
    </svg>
  );
}
