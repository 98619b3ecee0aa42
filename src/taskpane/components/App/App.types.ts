import type { WorkbookHost } from '../../host/types';

/** In Office: the pane on its host; elsewhere: the notice in the browser's language, with why Office did not start. */
export type AppProps = { kind: 'pane'; host: WorkbookHost } | { kind: 'notInExcel'; language: string; failure?: string };
