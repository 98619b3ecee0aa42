import type { ExportableResultProps } from '../ApplyExport/ApplyExport.types';

export type RepairResultProps = ExportableResultProps<'repaired'>;
