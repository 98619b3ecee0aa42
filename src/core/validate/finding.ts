import type { MessageCode } from '../i18n/catalog';
import type { MessageParams, PathSegment } from '../problems';
import { hasOwn, isPlainObject } from './describe';

/**
 * A problem before it is located: the validator works in JSON paths and only
 * at the end asks the caller's Locator where each path is for the user.
 */
export interface Finding {
  code: MessageCode;
  path: PathSegment[];
  params: MessageParams;
}

export function finding(code: MessageCode, path: PathSegment[], params: MessageParams = {}): Finding {
  return { code, path, params };
}

/** The value at `path` in `document`, or undefined where the path leads nowhere. */
export function valueAt(document: unknown, path: readonly PathSegment[]): unknown {
  let current = document;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isPlainObject(current) && typeof segment === 'string' && hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}
