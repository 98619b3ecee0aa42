/**
 * The pane's controller for as long as the pane is mounted. Created in a state initializer
 * (the constructor touches nothing, so React may call it twice or render on the server),
 * started in an effect and disposed in its cleanup. React 19's StrictMode mounts, unmounts and
 * mounts again in development: the second mount finds its controller disposed and makes a
 * new one, so no watch or late answer of the first survives into the second.
 */
import { useEffect, useState } from 'react';
import { PaneController } from '../../controllers/paneController';
import type { WorkbookHost } from '../../host/types';

interface Held {
  host: WorkbookHost;
  controller: PaneController;
}

const hold = (host: WorkbookHost): Held => ({ host, controller: new PaneController(host) });

export function usePaneController(host: WorkbookHost): PaneController {
  const [held, setHeld] = useState(() => hold(host));
  // Another host is another pane: the state follows the prop during render, as React allows.
  let current = held;
  if (held.host !== host) {
    current = hold(host);
    setHeld(current);
  }
  useEffect(() => {
    const { controller } = current;
    if (controller.isDisposed) {
      setHeld(hold(current.host));
      return undefined;
    }
    controller.start();
    return () => controller.dispose();
  }, [current]);
  return current.controller;
}
