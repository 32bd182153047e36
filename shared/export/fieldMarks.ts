/**
 * How a Word file marks a field still to fill (issue 31): the export writes it highlighted, with a
 * comment by FIELD_AUTHOR holding its hint; 打开 and 导入 read such runs back as fields.
 */

/** The author of the comments that mark fields still to fill. */
export const FIELD_AUTHOR = '文稿助手';
/** What a field's comment says when the field has no hint. */
export const FIELD_TO_FILL = '待填写';
/** Word's and WPS's highlight colour for a field. */
export const FIELD_HIGHLIGHT = 'yellow';
