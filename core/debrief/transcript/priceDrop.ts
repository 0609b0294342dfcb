import { MONEY, PERCENT } from './text';

/** Our side lowering its price: "we can go down to €90k", "knock off 10%", "a 5% discount". */
export const PRICE_DROP =
  /\b(?:(?:we|i) (?:can|could|'ll|will|would) (?:go|come|bring it|drop|move) (?:down|lower)|(?:drop|lower|reduce|cut|bring down|knock off|take off|shave)\b[^.?!]{0,30}?\b(?:price|fee|rate|cost|\d)|\d+(?:[.,]\d+)?\s?(?:%|percent) (?:off|discount|lower|less)|(?:a|an extra|another|further) (?:\d+(?:[.,]\d+)?\s?(?:%|percent) )?discount|(?:we|i) can do (?=[€$£\d]))/i;

export const mentionsAmount = (text: string) => MONEY.test(text) || PERCENT.test(text);
