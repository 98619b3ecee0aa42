/**
 * Application: the calculation mode, calculate(), and the suspend calls.
 */
import { officeError } from '../errors';
import type { WorkbookModel } from '../model';
import { defineScalars, I, SettableProxy, type ContextCore, type Exec, type PathInfo, type Target, type TypeDef } from './core';

const applicationDef: TypeDef = {
  name: 'Application',
  navs: [],
  scalars: {
    calculationMode: { get: (m: WorkbookModel) => m.calculationMode, set: (m: WorkbookModel, v) => m.setCalculationMode(v) },
  },
};

export class ApplicationProxy extends SettableProxy<Excel.Application, Excel.Interfaces.ApplicationData> {
  declare calculationMode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual';

  constructor(ctx: ContextCore, path: PathInfo, resolver: (x: Exec) => Target) {
    super(ctx, applicationDef, path, resolver, false);
  }

  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this[I].method('Calculate', [calculationType], (m: WorkbookModel) => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) {
        throw officeError('InvalidArgument', `Unknown calculation type '${String(calculationType)}'.`, 'Application.calculate');
      }
      m.recalculateAll();
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    const st = this[I];
    st.method('SuspendApiCalculationUntilNextSync', [], () => st.ctx.hub.countSuspend('api'));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    const st = this[I];
    st.method('SuspendScreenUpdatingUntilNextSync', [], () => st.ctx.hub.countSuspend('screen'));
  }
}
defineScalars(ApplicationProxy, applicationDef);
