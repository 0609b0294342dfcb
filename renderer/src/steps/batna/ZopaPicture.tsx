import type { ZopaDrawing, ZopaMarker, ZopaStatus } from '../../../../core/zopa';
import { compactNumber } from '../format';

const WIDTH = 720;
const HEIGHT = 196;
const LEFT = 30;
const PLOT = WIDTH - 2 * LEFT;
const AXIS_Y = 92;
const x = (at: number) => LEFT + at * PLOT;

/** Labels closer than this (in fractions of the scale) go on a second row so they never overlap. */
const LABEL_ROOM = 0.2;

function labelRows(markers: ZopaMarker[]): Map<string, number> {
  const rows = new Map<string, number>();
  const sorted = [...markers].sort((a, b) => a.at - b.at);
  sorted.forEach((marker, index) => {
    const previous = sorted[index - 1];
    const clash = previous && marker.at - previous.at < LABEL_ROOM && rows.get(previous.key) === 0;
    rows.set(marker.key, clash ? 1 : 0);
  });
  return rows;
}

const anchorFor = (at: number) => (at < 0.12 ? 'start' : at > 0.88 ? 'end' : 'middle');

/**
 * One horizontal scale, numbers growing to the right: our numbers above the line, theirs
 * below, what each side would accept as a band, and the zone (or the gap) across both.
 */
export function ZopaPicture(props: {
  drawing: ZopaDrawing | null;
  status: ZopaStatus;
  format: (value: number) => string;
  description: string;
}) {
  const { drawing, status, format } = props;
  if (!drawing) {
    return (
      <div className="zopa-empty" data-zopa-status={status}>
        The picture appears once you enter a reservation point or a target.
      </div>
    );
  }
  const ours = drawing.markers.filter((m) => m.party === 'us');
  const theirs = drawing.markers.filter((m) => m.party === 'them');
  const ourRows = labelRows(ours);
  const theirRows = labelRows(theirs);
  return (
    <svg
      className="zopa-picture"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`ZOPA picture. ${props.description}`}
      data-zopa-status={status}
    >
      <defs>
        <pattern id="zopa-gap-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="zopa-hatch-ground" />
          <line x1="0" y1="0" x2="0" y2="8" className="zopa-hatch-line" strokeWidth="3" />
        </pattern>
      </defs>

      {drawing.zone && (
        <g className="zopa-zone">
          <rect
            x={x(drawing.zone.from)}
            y={40}
            width={Math.max(3, x(drawing.zone.to) - x(drawing.zone.from))}
            height={104}
            className="zopa-zone-fill"
          />
          <text
            x={(x(drawing.zone.from) + x(drawing.zone.to)) / 2}
            y={AXIS_Y - 6}
            textAnchor="middle"
            className="zopa-zone-label"
          >
            ZOPA
          </text>
        </g>
      )}
      {drawing.gap && (
        <g className="zopa-gap">
          <rect
            x={x(drawing.gap.from)}
            y={40}
            width={Math.max(3, x(drawing.gap.to) - x(drawing.gap.from))}
            height={104}
            fill="url(#zopa-gap-hatch)"
            opacity={0.75}
          />
          <text
            x={(x(drawing.gap.from) + x(drawing.gap.to)) / 2}
            y={AXIS_Y - 6}
            textAnchor="middle"
            className="zopa-gap-label"
          >
            no overlap
          </text>
        </g>
      )}

      {drawing.ourRange && (
        <rect
          className="zopa-band-us"
          x={x(drawing.ourRange.from)}
          y={56}
          width={x(drawing.ourRange.to) - x(drawing.ourRange.from)}
          height={10}
          rx={3}
        />
      )}
      {drawing.theirRange && (
        <rect
          className="zopa-band-them"
          x={x(drawing.theirRange.from)}
          y={118}
          width={x(drawing.theirRange.to) - x(drawing.theirRange.from)}
          height={10}
          rx={3}
        />
      )}

      <line x1={LEFT} x2={WIDTH - LEFT} y1={AXIS_Y} y2={AXIS_Y} className="zopa-axis" />
      {drawing.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={x(tick.at)} x2={x(tick.at)} y1={AXIS_Y} y2={AXIS_Y + 5} className="zopa-axis" />
          <text x={x(tick.at)} y={AXIS_Y + 17} textAnchor="middle" className="zopa-tick">
            {compactNumber(tick.value)}
          </text>
        </g>
      ))}

      {ours.map((marker) => {
        const row = ourRows.get(marker.key) ?? 0;
        return (
          <g key={marker.key} className={`zopa-marker zopa-us zopa-${marker.key}`}>
            <line
              x1={x(marker.at)}
              x2={x(marker.at)}
              y1={row ? 26 : 38}
              y2={AXIS_Y}
              strokeDasharray={marker.key === 'ourTarget' ? '4 3' : undefined}
            />
            <circle cx={x(marker.at)} cy={AXIS_Y} r={4} />
            <text x={x(marker.at)} y={row ? 10 : 22} textAnchor={anchorFor(marker.at)}>
              {marker.label}: {format(marker.value)}
            </text>
          </g>
        );
      })}
      {theirs.map((marker) => {
        const row = theirRows.get(marker.key) ?? 0;
        return (
          <g key={marker.key} className={`zopa-marker zopa-them zopa-${marker.key}`}>
            <line
              x1={x(marker.at)}
              x2={x(marker.at)}
              y1={AXIS_Y}
              y2={row ? 160 : 148}
              strokeDasharray={marker.key === 'theirTarget' ? '4 3' : undefined}
            />
            <circle cx={x(marker.at)} cy={AXIS_Y} r={4} />
            <text x={x(marker.at)} y={row ? 174 : 162} textAnchor={anchorFor(marker.at)}>
              {marker.label}: {format(marker.value)}
            </text>
          </g>
        );
      })}

      {drawing.betterForUsAt && (
        <text
          x={drawing.betterForUsAt === 'left' ? LEFT : WIDTH - LEFT}
          y={HEIGHT - 4}
          textAnchor={drawing.betterForUsAt === 'left' ? 'start' : 'end'}
          className="zopa-direction"
        >
          {drawing.betterForUsAt === 'left' ? '← better for us' : 'better for us →'}
        </text>
      )}
    </svg>
  );
}
