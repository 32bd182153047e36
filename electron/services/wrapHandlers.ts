import type { HandlerTable } from '../../shared/ipc/contract';

type AnyHandler = (input: never) => unknown;

/**
 * The same table with every handler passed through `wrap` (a policy for all channels: refuse writes to
 * a damaged library, wait out another program's lock). The one place the table's types are loosened.
 */
export function wrapHandlers(table: HandlerTable, wrap: (handler: AnyHandler, channel: string) => AnyHandler): HandlerTable {
  const wrapped: Record<string, AnyHandler> = {};
  for (const [channel, handler] of Object.entries(table) as [string, AnyHandler][]) wrapped[channel] = wrap(handler, channel);
  return wrapped as unknown as HandlerTable;
}
