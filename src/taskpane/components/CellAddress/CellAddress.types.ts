export interface CellAddressProps {
  /** "Sheet!A1", or a sheet's name alone. */
  cell: string;
}
