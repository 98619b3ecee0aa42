export { validateDefinitions, type ValidateOptions, type ValidationResult } from './validate';
export {
  FORMAT_VERSION,
  ID_PATTERN,
  initiativeFileJsonSchema,
  initiativeFileSchema,
  MAX_LINE_DEPTH,
  MAX_TEXT_LENGTH,
} from './schema';
