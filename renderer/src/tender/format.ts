import { formatMoney } from '../../../core/calculator';

export const money = (value: number, currency: string) => formatMoney(value, currency, undefined, true);
export const percent = (value: number) => `${(Math.round(value * 10) / 10).toLocaleString()} %`;
export const share = (fraction: number) => `${Math.round(fraction * 100)} %`;
