import type { ExportableResultProps } from '../ApplyExport/ApplyExport.types';

export type ReadBackResultProps = ExportableResultProps<'readBack'>;
