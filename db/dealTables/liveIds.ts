/**
 * Ids held where the registry's re-keying does not look: an offer's choices (issue id →
 * option id, JSON) and a correction's row id and earlier version. On a copy they must name
 * the copy's issues, options and rows, or the copied session's dance and history go blank.
 */
type Row = Record<string, unknown>;
type MapId = (id: string) => string;

const mapChoices = (choices: unknown, mapId: MapId): unknown =>
  choices && typeof choices === 'object'
    ? Object.fromEntries(
        Object.entries(choices as Record<string, unknown>).map(([issueId, optionId]) => [
          mapId(issueId),
          typeof optionId === 'string' ? mapId(optionId) : optionId,
        ]),
      )
    : choices;

const mapField = (row: Row, field: string, mapId: MapId) =>
  typeof row[field] === 'string' ? { [field]: mapId(row[field] as string) } : {};

export function mapLiveOfferIds(row: Row, mapId: MapId): Row {
  return { ...row, choices: mapChoices(row.choices, mapId) };
}

export function mapLiveRevisionIds(row: Row, mapId: MapId): Row {
  const previous = row.previous as Row;
  return {
    ...row,
    ...mapField(row, 'rowId', mapId),
    previous: {
      ...previous,
      ...['id', 'dealId', 'sessionId', 'concessionId'].reduce<Row>(
        (ids, field) => Object.assign(ids, mapField(previous, field, mapId)),
        {},
      ),
      ...('choices' in previous ? { choices: mapChoices(previous.choices, mapId) } : {}),
    },
  };
}
