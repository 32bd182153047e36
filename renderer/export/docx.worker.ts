// Builds the Word file off the page's thread: a long report never freezes typing while it is made.
import { exportDocx } from '../../shared/export/docx';
import type { DocxReply, DocxRequest } from './buildDocx';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DocxRequest>) => void) | null;
  postMessage(message: DocxReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  exportDocx(event.data.doc, event.data.options).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
