/**
 * Office-shaped errors. Real Office.js rejects `context.sync()` with an `OfficeExtension.Error`
 * whose `code` is the thing add-in code branches on, so the double reproduces that shape
 * (`name`, `code`, `message`, `debugInfo`, `traceMessages`, `innerError`).
 */

/** Error codes the double produces (the subset of Excel.ErrorCodes / OfficeExtension.ErrorCodes it needs). */
export type OfficeErrorCode =
  | 'AccessDenied'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'InvalidObjectPath'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NonBlankCellOffSheet'
  | 'RangeExceedsLimit'
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'UnsupportedOperation'
  | 'NotImplemented'
  /** Not an Office code: the double met a valid Excel construct it cannot emulate. Never caught as "Excel said no". */
  | 'DoubleUnsupported';

/** Default messages, worded like the Office documentation's error table. */
const DEFAULT_MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidObjectPath: 'The object path is not valid.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  UnsupportedOperation: 'The operation being attempted is not supported.',
  NotImplemented: "The requested feature isn't implemented.",
};

export interface OfficeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
  innerError?: OfficeDebugInfo | string;
}

/** Structurally compatible with `OfficeExtension.Error` for the members add-in code reads. */
export class OfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  debugInfo: OfficeDebugInfo;
  traceMessages: string[] = [];
  innerError: OfficeError | null = null;

  /** `code` is usually an OfficeErrorCode; the double's own codes (DoubleUnsupported) are strings too. */
  constructor(code: string, message?: string, errorLocation?: string) {
    const msg = message ?? DEFAULT_MESSAGES[code] ?? code;
    super(msg);
    this.code = code;
    this.debugInfo = { code, message: msg };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
  }
}

export function officeError(code: OfficeErrorCode, detail?: string, errorLocation?: string): OfficeError {
  const base = DEFAULT_MESSAGES[code] ?? code;
  return new OfficeError(code, detail === undefined ? base : `${base} ${detail}`, errorLocation);
}

export function isOfficeError(e: unknown): e is OfficeError {
  return e instanceof OfficeError;
}

/** The exact message Office.js uses when a property is read before load + sync. */
export function propertyNotLoaded(property: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): OfficeError {
  return new OfficeError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}
