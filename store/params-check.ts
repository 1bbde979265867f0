/**
 * Checks users' query parameters before they reach a driver: JSON-like values nested at most
 * MAX_PARAM_DEPTH deep (a 4,000-deep object overflowed the driver's recursive encoder into a 500).
 */
import { InvalidParamsError } from './errors.ts';

export const MAX_PARAM_DEPTH = 32;

export function assertParamsShape(params: Record<string, unknown>): void {
  // Iterative, so the check itself cannot overflow the stack it protects.
  const stack: Array<{ value: unknown; depth: number }> = [{ value: params, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_PARAM_DEPTH) throw new InvalidParamsError(`params are nested more than ${MAX_PARAM_DEPTH} levels deep`);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}
