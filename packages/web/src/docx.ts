/**
 * Word files: mammoth (its browser build, loaded only when a .docx is opened)
 * converts the document to HTML in the page. The HTML is wrapped in a
 * right-to-left Arabic container, as a release page would hold it, so that
 * the checks see the language and direction a published release has.
 */
import mammoth from 'mammoth/mammoth.browser.js';

export async function docxToHtml(data: ArrayBuffer): Promise<string> {
  const result = await mammoth.convertToHtml({ arrayBuffer: data });
  return `<div lang="ar" dir="rtl">${result.value}</div>`;
}
