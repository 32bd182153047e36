import { createContext, useContext } from 'react';

/** Bumped after the library changes (an import), so every list reloads. */
export const LibraryVersionContext = createContext<{ version: number; bump: () => void }>({
  version: 0,
  bump: () => undefined,
});

export const useLibraryVersion = () => useContext(LibraryVersionContext);
