/** Running the CLI in-process with captured output, as a terminal or as a pipe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Io } from '../../src/cli/main';
import { REPO } from './fixtures';

export interface Captured {
  io: Io;
  out: string[];
  err: string[];
  stdout: () => string;
  stderr: () => string;
}

export function capture(terminal: { stdoutIsTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string | undefined>; signal?: AbortSignal } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    now: () => new Date('2026-01-01T00:00:00Z'),
    stdoutIsTTY: terminal.stdoutIsTTY ?? false,
    stderrIsTTY: terminal.stderrIsTTY ?? false,
    env: terminal.env ?? {},
    ...(terminal.signal === undefined ? {} : { signal: terminal.signal }),
  };
  return { io, out, err, stdout: () => out.join(''), stderr: () => err.join('') };
}

let validate: ValidateFunction | undefined;

/** Validates --json output against docs/cli-output.schema.json; the errors, or [] when it conforms. */
export function schemaErrors(output: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(REPO, 'docs', 'cli-output.schema.json'), 'utf8')) as object);
  return validate(output) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

// eslint-disable-next-line no-control-regex -- the escape character is exactly what is looked for
export const ANSI = /\u001b\[/;
