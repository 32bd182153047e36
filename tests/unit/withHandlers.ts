import { openLibrary, type Library } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { tempLibraryPath } from './helpers';

/** The app's handler table over a fresh library, closed when `use` is done. */
export async function withHandlers<T>(use: (handlers: ReturnType<typeof createHandlers>, library: Library) => Promise<T> | T): Promise<T> {
  const library = openLibrary(tempLibraryPath());
  try {
    return await use(createHandlers(library), library);
  } finally {
    library.close();
  }
}
