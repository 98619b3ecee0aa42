export interface NotInExcelProps {
  /** A BCP 47 tag: Office's display language, or the browser's when Office is not there. */
  language: string;
  /** Set when Office.js itself failed, e.g. the CDN could not be reached. */
  failure?: string;
}
