import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../shared/genre/report';
import { $blocksFromReport, $paragraphWithFields, $textWithFields } from '../../renderer/editor/blocks';
import { $isFieldNode } from '../../renderer/editor/nodes/FieldNode';
import { reportNodes } from '../../renderer/editor/nodes';
import { $createReportHeadingNode, $isReportHeadingNode } from '../../renderer/editor/nodes/ReportHeadingNode';
import { $isTitleNode } from '../../renderer/editor/nodes/TitleNode';
import { $allFields, $neighbourField, $selectField } from '../../renderer/editor/plugins/fields/fieldNavigation';
import { $headings, $moveSection, $moveSectionBefore } from '../../renderer/editor/sections';

function editorWith(build: () => void): LexicalEditor {
  const editor = createEditor({ nodes: reportNodes, onError: (e) => { throw e; } });
  editor.update(build, { discrete: true });
  return editor;
}

const read = <T>(editor: LexicalEditor, fn: () => T): T => editor.getEditorState().read(fn);

describe('fill-in fields', () => {
  it('turns every placeholder in inserted text into a field', () => {
    const editor = editorWith(() => $getRoot().append($paragraphWithFields('市X局共发布XX条，某某同志负责。')));
    expect(read(editor, () => $allFields().map((f) => f.getTextContent()))).toEqual(['X', 'XX', '某某']);
    expect(read(editor, () => $getRoot().getTextContent())).toBe('市X局共发布XX条，某某同志负责。');
  });

  it('Tab order walks fields in document order and stops after the last (issue 29, 7); Shift+Tab goes back', () => {
    const editor = editorWith(() => {
      $getRoot().append($paragraphWithFields('第一段XX。'), $paragraphWithFields('第二段某某，第三处＊。'));
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectStart();
    });
    const walk = (direction: 'next' | 'previous') => {
      let text = '';
      editor.update(
        () => {
          const field = $neighbourField(direction);
          if (field) {
            $selectField(field);
            text = field.getTextContent();
          }
        },
        { discrete: true },
      );
      return text;
    };
    expect([walk('next'), walk('next'), walk('next'), walk('next')]).toEqual(['XX', '某某', '＊', '']);
    expect([walk('previous'), walk('previous'), walk('previous')]).toEqual(['某某', 'XX', '']);
    walk('next');
    const selected = read(editor, () => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.getTextContent() : '';
    });
    expect(selected).toBe('某某');
  });

  it('finds no field to jump to in a draft without placeholders', () => {
    const editor = editorWith(() => $getRoot().append($createParagraphNode().append($createTextNode('正文'))));
    expect(read(editor, () => $neighbourField('next'))).toBeNull();
  });
});

describe('pasting a report', () => {
  it('arrives as report structure: title, numbered headings without their typed numbers, fields', () => {
    const text = '2024年XX局工作总结\n县委宣传部：\n一、工作开展情况\n（一）加强领导。全年开展学习XX次。\n二、存在的问题\n学习不够深入。\n特此报告。\n县统计局\n2024年12月20日\n##paidend##';
    const editor = editorWith(() => $getRoot().append(...$blocksFromReport(parseReportText(text))));
    const blocks = read(editor, () =>
      $getRoot()
        .getChildren()
        .map((n) => [
          $isTitleNode(n) ? 'title' : $isReportHeadingNode(n) ? `h${n.getLevel()}${n.isRunIn() ? ' run-in' : ''}` : n.getType(),
          n.getTextContent(),
        ]),
    );
    expect(blocks).toEqual([
      ['title', '2024年XX局工作总结'],
      ['report-addressee', '县委宣传部：'],
      ['h1', '工作开展情况'],
      ['h2 run-in', '加强领导'],
      ['paragraph', '全年开展学习XX次。'],
      ['h1', '存在的问题'],
      ['paragraph', '学习不够深入。'],
      ['report-closing', '特此报告。'],
      ['report-signature', '县统计局'],
      ['report-date', '2024年12月20日'],
    ]);
    expect(read(editor, () => $allFields().length)).toBe(2);
  });
});

/** The heading with this text; the tests' outlines name each heading once. */
function $heading(text: string) {
  const found = $headings().find((h) => h.getTextContent() === text);
  if (!found) throw new Error(`no heading ${text}`);
  return found;
}

describe('moving sections', () => {
  const outline = (editor: LexicalEditor) => read(editor, () => $headings().map((h) => `${h.getLevel()}${h.getTextContent()}`));
  const build = () =>
    editorWith(() => {
      const root = $getRoot();
      for (const [level, text] of [[1, '甲'], [2, '甲一'], [2, '甲二'], [1, '乙'], [2, '乙一'], [1, '丙']] as const) {
        root.append($createReportHeadingNode(level).append(...$textWithFields(text)));
        root.append($paragraphWithFields(`${text}的正文`));
      }
    });

  it('moves a section with its subsections and body, up and down among its peers', () => {
    const editor = build();
    editor.update(() => $moveSection($heading('甲'), 'down'), { discrete: true });
    expect(outline(editor)).toEqual(['1乙', '2乙一', '1甲', '2甲一', '2甲二', '1丙']);
    expect(read(editor, () => $getRoot().getChildren()[1]?.getTextContent())).toBe('乙的正文');
    editor.update(() => $moveSection($heading('甲二'), 'up'), { discrete: true });
    expect(outline(editor)).toEqual(['1乙', '2乙一', '1甲', '2甲二', '2甲一', '1丙']);
  });

  it('drops a section before another heading but never into itself', () => {
    const editor = build();
    editor.update(() => $moveSectionBefore($heading('丙'), $heading('甲')), { discrete: true });
    expect(outline(editor)[0]).toBe('1丙');
    let moved = true;
    editor.update(() => {
      moved = $moveSectionBefore($heading('甲'), $heading('甲一'));
    }, { discrete: true });
    expect(moved).toBe(false);
  });

  it('lets headings hold fields too', () => {
    const editor = editorWith(() => $getRoot().append($createReportHeadingNode(1).append(...$textWithFields('XX工作'))));
    expect(read(editor, () => $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getChildren().some($isFieldNode))).toBe(true);
  });
});

describe('run-in headings', () => {
  it('toggle on level 2–4 headings only and survive serialisation', async () => {
    const { $toggleRunIn } = await import('../../renderer/editor/plugins/run-in/RunInPlugin');
    const editor = editorWith(() => {
      $getRoot().append($createReportHeadingNode(1).append($createTextNode('一级')), $createReportHeadingNode(2).append($createTextNode('二级')));
      $getRoot().getLastChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectEnd();
    });
    let toggled = false;
    editor.update(() => {
      toggled = $toggleRunIn();
    }, { discrete: true });
    expect(toggled).toBe(true);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('"runIn":true');
    const copy = createEditor({ nodes: reportNodes, onError: (e) => { throw e; } });
    copy.setEditorState(copy.parseEditorState(json));
    expect(read(copy, () => $headings().map((h) => h.isRunIn()))).toEqual([false, true]);
    editor.update(() => {
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectEnd();
      toggled = $toggleRunIn();
    }, { discrete: true });
    expect(toggled).toBe(false);
  });
});
