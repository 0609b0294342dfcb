import type { DealFigures } from '../../../../core/calculator';

/** A package's money figures, each with the formula that produced it. */
export function FiguresList({ figures, compact = false }: { figures: DealFigures; compact?: boolean }) {
  return (
    <div className="calculator-figures">
      {figures.figures.length > 0 && (
        <dl>
          {figures.figures.map((f) => (
            <div key={f.key} className="figure" data-figure={f.key}>
              <dt>{f.label}</dt>
              <dd>
                <strong>{f.text}</strong>
                {!compact && <span className="formula">{f.formula}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {!compact &&
        figures.gaps.map((gap) => (
          <p key={gap} className="muted figure-gap">
            {gap}
          </p>
        ))}
    </div>
  );
}
