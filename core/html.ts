/**
 * The one escape for user text going into generated HTML (the plan, the offer sheet).
 * Every value that did not come from Parley's own source code passes through here:
 * text content and attribute values alike, so quotes are escaped too.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Multi-line user text: escaped, paragraphs kept as line breaks. */
export const escapeMultiline = (value: string): string => escapeHtml(value.trim()).replace(/\r?\n/g, '<br>');

/**
 * A tagged template that escapes every interpolated value unless it is already markup
 * built by `html` itself (a SafeHtml). Lists of SafeHtml are joined.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup Parley generated itself (SVG built from numbers, fixed CSS). Never user text. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

export const joinHtml = (parts: readonly SafeHtml[], separator = ''): SafeHtml =>
  new SafeHtml(parts.map((p) => p.value).join(separator));
