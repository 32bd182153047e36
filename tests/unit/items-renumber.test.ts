import { $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $paragraphWithFields, $textWithFields } from '../../renderer/editor/blocks';
import { $renumberItems } from '../../renderer/editor/items';
import { reportNodes } from '../../renderer/editor/nodes';
import { $createReportHeadingNode } from '../../renderer/editor/nodes/ReportHeadingNode';

describe('renumbering 一是/二是 items', () => {
  it('numbers the items of the caret section in order, across its paragraphs, and keeps fields', () => {
    const editor = createEditor({ nodes: reportNodes, onError: (e) => { throw e; } });
    editor.update(
      () => {
        const root = $getRoot();
        root.append($createReportHeadingNode(1).append(...$textWithFields('工作情况')));
        root.append($paragraphWithFields('三是加强阵地XX处。一是强化学习；'));
        root.append($paragraphWithFields('二是压实责任。思想统一是前提。'));
        root.append($createReportHeadingNode(1).append(...$textWithFields('存在问题')));
        root.append($paragraphWithFields('二是不够深入。'));
        root.getChildAtIndex(2)?.selectStart();
        $renumberItems();
      },
      { discrete: true },
    );
    const texts = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
    expect(texts).toEqual(['工作情况', '一是加强阵地XX处。二是强化学习；', '三是压实责任。思想统一是前提。', '存在问题', '二是不够深入。']);
    const fields = editor.getEditorState().read(() => $getRoot().getChildAtIndex(1)?.getTextContent());
    expect(fields).toContain('XX');
  });
});
