/** "Long sheet name!D11": a line may break after the sheet's name, never inside the name's words or the address. */
import type { CellAddressProps } from './CellAddress.types';

export function CellAddress({ cell }: CellAddressProps) {
  const bang = cell.lastIndexOf('!');
  if (bang < 0) return <>{cell}</>;
  return (
    <>
      {cell.slice(0, bang + 1)}
      <wbr />
      {cell.slice(bang + 1)}
    </>
  );
}
