/** Points with one decimal, signed where it is a difference. */
export const pts = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');
export const signed = (n: number) => `${n >= 0 ? '+' : '−'}${pts(Math.abs(n))}`;
export const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
