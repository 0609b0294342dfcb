import { z } from 'zod';

/** A rough, honest scale for "usual cost to us" and "usual value to them": no false precision. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const level = (label: string) => z.enum(LEVELS, { error: `${label} must be low, medium or high` });
