/**
 * Argument checks and the ClientResult helper shared by the workbook-level proxies.
 */
import { officeError } from '../errors';
import { ClientResult, I, ProxyObject, STAGE, type Exec } from './core';

export function bool(v: unknown, location: string): boolean {
  if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.', location);
  return v;
}

export function num(v: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw officeError('InvalidArgument', `Expected a number from ${min} to ${max}.`, location);
  }
  return v;
}

export function int(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw officeError('InvalidArgument', 'Expected an integer.', location);
  return v;
}

export function result<T>(owner: ProxyObject, name: string, args: unknown[], compute: (target: never, x: Exec) => T): OfficeExtension.ClientResult<T> {
  const r = new ClientResult<T>();
  owner[I].method(name, args, (t: never, x) => r[STAGE](x, compute(t, x)));
  return r;
}
