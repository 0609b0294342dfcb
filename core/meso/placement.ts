import { isGivenOfferLabel, nextOfferLabel, type OfferChoices } from '../mesoOffers';

/** A MESO presents two to four offers together: more only blurs what the other side prefers. */
export const MESO_MAX_OFFERS = 4;

export interface PlacedSuggestions {
  /**
   * Existing offers of ours that take a suggested package. A name the user wrote described the
   * old picks, so such an offer is named with the next free letter instead; a letter stays.
   */
  replace: { offerId: string; choices: OfferChoices; label: string }[];
  /** New offers to add, in order. */
  add: OfferChoices[];
  /** Offers the user edited and asked to keep. */
  kept: number;
  /** Packages left out because they were already on the grid or the grid was full. */
  skipped: number;
}

const samePackage = (a: OfferChoices, b: OfferChoices) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};

/**
 * Where suggested packages go: into the offers not kept by the user, then into new offers,
 * never past four offers in all, and never as a copy of a package the grid keeps.
 * New offers take the next free letters when they are created.
 */
export function placeSuggestions(
  ours: readonly { id: string; label: string; editedByUser: boolean; choices: OfferChoices }[],
  packages: readonly OfferChoices[],
  replaceEdited: boolean,
): PlacedSuggestions {
  const keptOffers = replaceEdited ? [] : ours.filter((o) => o.editedByUser);
  const free = ours.filter((o) => !keptOffers.includes(o));
  const chosen: OfferChoices[] = [];
  for (const choices of packages) {
    const duplicate = [...keptOffers.map((o) => o.choices), ...chosen].some((c) => samePackage(c, choices));
    if (!duplicate && keptOffers.length + chosen.length < MESO_MAX_OFFERS) chosen.push(choices);
  }
  const taken = ours.map((o) => o.label);
  const replace = chosen.slice(0, free.length).map((choices, k) => {
    const offer = free[k] as (typeof ours)[number];
    const label = isGivenOfferLabel('ours', offer.label) ? offer.label : nextOfferLabel('ours', taken);
    taken.push(label);
    return { offerId: offer.id, choices, label };
  });
  return {
    replace,
    add: chosen.slice(free.length),
    kept: keptOffers.length,
    skipped: packages.length - chosen.length,
  };
}
