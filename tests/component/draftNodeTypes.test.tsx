import { describe, expect, it } from 'vitest';
import { reportNodes } from '../../renderer/editor/nodes';
import { DRAFT_NODE_TYPES } from '../../shared/model/draftContent';

describe('what a saved draft may hold', () => {
  it('names every node the report editor registers, so no draft the editor saves is refused', () => {
    for (const node of reportNodes) expect(DRAFT_NODE_TYPES.has(node.getType()), node.getType()).toBe(true);
  });
});
