import { createContext, useContext } from 'react';
import type { WengaoApi } from '../../shared/ipc/contract';

export const BridgeContext = createContext<WengaoApi | null>(null);

export function useBridge(): WengaoApi {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('BridgeContext is missing: wrap the app in <BridgeContext.Provider>.');
  return bridge;
}
