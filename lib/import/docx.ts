import mammoth from 'mammoth';

/**
 * A Word file (.docx) as HTML, by mammoth (well kept, widely used: it maps Word's styles to plain
 * HTML — paragraphs, headings, lists with their nesting, tables, links, bold and italics — and
 * drops Word's formatting). What cannot be a memo is named, never thrown: a file that is not a
 * .docx, a protected or damaged one, one without text, one with images (the site publishes none
 * in memos).
 */

export type DocxProblem = 'notDocx' | 'protected' | 'damaged' | 'empty' | 'images';

/** Word's headings as the memo pages have them: the page's title is the memo's subject, so Word's first level is a section. */
const styleMap = ["p[style-name='Heading 1'] => h2:fresh", "p[style-name='Heading 2'] => h3:fresh", "p[style-name='Heading 3'] => h4:fresh", "p[style-name='Title'] => p:fresh"];

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: a .docx protected by a password, or Word's old .doc format. */
const compoundSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function docxToHtml(bytes: Buffer): Promise<{ html: string } | { problem: DocxProblem; count?: number }> {
  if (bytes.subarray(0, compoundSignature.length).equals(compoundSignature)) return { problem: 'protected' };
  if (!bytes.subarray(0, zipSignature.length).equals(zipSignature)) return { problem: 'notDocx' };
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: '' };
        }),
      },
    );
    html = result.value;
  } catch {
    // A zip that holds no Word document, or a document Word's format does not describe.
    return { problem: 'damaged' };
  }
  if (images > 0) return { problem: 'images', count: images };
  if (!html.replace(/<[^>]*>/g, '').trim()) return { problem: 'empty' };
  return { html };
}
