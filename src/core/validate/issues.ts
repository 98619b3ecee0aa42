/**
 * From zod issues to our findings. zod says what failed in its own words; the
 * user needs our message codes, one finding per problem, and the value they
 * wrote, so each issue is read together with the value at its path.
 */
import type { z } from 'zod';
import type { PathSegment } from '../problems';
import { clip, describeValue, hasOwn, isPlainObject, nameList, suggestField } from './describe';
import { finding, valueAt, type Finding } from './finding';
import { amountRangeSchema, fieldsAt, yearAmountsSchema } from './schema';

type Issue = z.core.$ZodIssue;

export function findingsFromIssues(issues: readonly Issue[], document: unknown): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) mapIssue(issue, [], document, out);
  return out;
}

function mapIssue(issue: Issue, base: readonly PathSegment[], document: unknown, out: Finding[]): void {
  const path: PathSegment[] = [...base, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
  const value = valueAt(document, path);
  const last = path[path.length - 1];

  if (value === undefined && typeof last === 'string' && isPlainObject(valueAt(document, path.slice(0, -1)))) {
    out.push(finding('missingField', path, { field: last }));
    return;
  }
  const actual = describeValue(value);

  switch (issue.code) {
    case 'invalid_type':
      out.push(finding(typeCode(issue.expected, value), path, { actual }));
      return;
    case 'invalid_value':
      out.push(finding(valueCode(last), path, { actual }));
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push(unknownField(path, key));
      return;
    case 'invalid_format':
      out.push(finding(last === 'id' ? 'idInvalid' : 'invalidValue', path, { actual }));
      return;
    case 'invalid_key':
      // zod puts the offending key last in the path; it is the value to show.
      out.push(finding('yearKeyInvalid', path, { actual: describeValue(typeof last === 'string' ? last : value) }));
      return;
    case 'too_small':
      if (last === 'committees') out.push(finding('committeesEmpty', path));
      else if (last === 'years') out.push(finding('yearsEmpty', path));
      else out.push(finding('invalidValue', path, { actual }));
      return;
    case 'invalid_union':
      mapAmountUnion(path, value, document, out);
      return;
    default:
      out.push(finding('invalidValue', path, { actual }));
  }
}

function typeCode(expected: string, value: unknown): Finding['code'] {
  switch (expected) {
    case 'number':
      // zod refuses Infinity and NaN as numbers; 1e999 in a JSON file parses to Infinity.
      return typeof value === 'number' ? 'numberNotFinite' : 'expectedNumber';
    case 'string':
      return 'expectedText';
    case 'boolean':
      return 'expectedBoolean';
    case 'array':
      return 'expectedList';
    case 'object':
    case 'record':
      return 'expectedObject';
    default:
      return 'invalidValue';
  }
}

function valueCode(field: PathSegment | undefined): Finding['code'] {
  switch (field) {
    case 'formatVersion':
      return 'formatVersionInvalid';
    case 'unit':
      return 'unitInvalid';
    case 'kind':
      return 'kindInvalid';
    case 'funding':
      return 'fundingInvalid';
    case 'rangePolicy':
      return 'rangePolicyInvalid';
    default:
      return 'invalidValue';
  }
}

function unknownField(objectPath: PathSegment[], key: string): Finding {
  const path = [...objectPath, key];
  // V18: a pool pays for an initiative as a whole; a line is part of one.
  if (key === 'pool' && objectPath.includes('lines')) return finding('poolOnLine', path);
  const allowed = fieldsAt(objectPath);
  const suggestion = suggestField(key, allowed);
  return suggestion === undefined
    ? finding('unknownField', path, { field: clip(key), allowed: nameList(allowed, allowed.length) })
    : finding('unknownFieldDidYouMean', path, { field: clip(key), suggestion });
}

/**
 * The only unions are amounts: a number or a range, plus (for `amounts` and
 * `frame`) an object from year to amount. zod reports a failed union with the
 * errors of every branch; the user meant one of them, which the shape of the
 * value tells: `min` or `max` means a range, any other object means years.
 */
function mapAmountUnion(path: PathSegment[], value: unknown, document: unknown, out: Finding[]): void {
  const last = path[path.length - 1];
  const byYear = last === 'amounts' || last === 'frame';
  if (typeof value === 'number') {
    out.push(finding('numberNotFinite', path, { actual: describeValue(value) }));
    return;
  }
  if (isPlainObject(value)) {
    const isRange = hasOwn(value, 'min') || hasOwn(value, 'max');
    const branch = isRange ? amountRangeSchema : byYear ? yearAmountsSchema : undefined;
    const result = branch?.safeParse(value);
    if (result !== undefined && !result.success) {
      for (const issue of result.error.issues) mapIssue(issue, path, document, out);
      return;
    }
  }
  out.push(finding(byYear ? 'expectedAmounts' : 'expectedAmount', path, { actual: describeValue(value) }));
}
