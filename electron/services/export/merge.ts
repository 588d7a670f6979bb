/**
 * Joins tagged PDFs printed in parts into one tagged PDF: pages in order, and one structure tree holding each
 * part's tree, with the parent-tree keys (`/StructParents` of pages, `/StructParent` of annotations) shifted so
 * they stay unique. pdf-lib's `copyPages` drops the structure tree, so it is rebuilt here from dictionaries.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';

const K = PDFName.of('K');
const P = PDFName.of('P');
const S = PDFName.of('S');
const DOCUMENT = PDFName.of('Document');
const NUMS = PDFName.of('Nums');
const KIDS = PDFName.of('Kids');
const STRUCT_PARENTS = PDFName.of('StructParents');
const STRUCT_PARENT = PDFName.of('StructParent');
const STRUCT_TREE_ROOT = PDFName.of('StructTreeRoot');
const PARENT_TREE = PDFName.of('ParentTree');
const PARENT_TREE_NEXT_KEY = PDFName.of('ParentTreeNextKey');

/** The key/value pairs of a number tree (flat `/Nums`, or nested under `/Kids`). */
function numberTreePairs(doc: PDFDocument, node: PDFDict | undefined): [number, PDFObject][] {
  if (!node) return [];
  const pairs: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(NUMS, PDFArray);
  if (nums)
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const key = nums.lookupMaybe(i, PDFNumber);
      const value = nums.get(i + 1);
      if (key && value) pairs.push([key.asNumber(), value]);
    }
  const kids = node.lookupMaybe(KIDS, PDFArray);
  if (kids)
    for (let i = 0; i < kids.size(); i += 1)
      pairs.push(...numberTreePairs(doc, kids.lookupMaybe(i, PDFDict)));
  return pairs;
}

function shift(dict: PDFDict, key: PDFName, offset: number): void {
  const value = dict.lookupMaybe(key, PDFNumber);
  if (value) dict.set(key, PDFNumber.of(value.asNumber() + offset));
}

/** The top-level structure elements of a tree root, as references or dictionaries. */
function topElements(root: PDFDict): PDFObject[] {
  const kids = root.get(K);
  if (!kids) return [];
  if (kids instanceof PDFArray) return kids.asArray();
  return [kids];
}

/** Joins `parts` (each a whole PDF, printed from consecutive slides) into one document, tags kept. */
export async function mergeTaggedPdfs(parts: readonly Uint8Array[]): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const context = out.context;
  const rootRef = context.nextRef();
  // One Document element holds every part's content: readers expect a single top element under the root.
  const documentRef = context.nextRef();
  const elements: PDFObject[] = [];
  const nums: PDFObject[] = [];
  let offset = 0;
  let marked = false;
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    const copier = PDFObjectCopier.for(part.context, context);
    const root = part.catalog.lookupMaybe(STRUCT_TREE_ROOT, PDFDict);
    // Detach the part's top elements from its root before copying, so the old root is not copied with them.
    const tops = root ? topElements(root) : [];
    for (const top of tops) {
      const dict = top instanceof PDFDict ? top : part.context.lookupMaybe(top as PDFRef, PDFDict);
      dict?.delete(P);
    }
    for (const page of part.getPages()) {
      const ref = copier.copy(page.ref);
      const leaf = context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf)) throw new Error('a printed part has a page that is not a page');
      shift(leaf, STRUCT_PARENTS, offset);
      const annots = leaf.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let i = 0; annots && i < annots.size(); i += 1) {
        const annot = annots.lookupMaybe(i, PDFDict);
        if (annot) shift(annot, STRUCT_PARENT, offset);
      }
      out.addPage(PDFPage.of(leaf, ref, out));
    }
    if (!root) continue;
    marked = true;
    for (const top of tops) {
      const copied = copier.copy(top);
      const dict = copied instanceof PDFDict ? copied : context.lookupMaybe(copied as PDFRef, PDFDict);
      // A part's own Document element is dissolved: its children move under the joined one.
      const children = dict?.get(S) === DOCUMENT ? dict.get(K) : undefined;
      const moved = children instanceof PDFArray ? children.asArray() : children ? [children] : [copied];
      for (const child of moved) {
        const element = child instanceof PDFDict ? child : context.lookupMaybe(child as PDFRef, PDFDict);
        element?.set(P, documentRef);
        elements.push(child);
      }
    }
    const pairs = numberTreePairs(part, root.lookupMaybe(PARENT_TREE, PDFDict));
    for (const [key, value] of pairs) nums.push(PDFNumber.of(key + offset), copier.copy(value));
    const next = root.lookupMaybe(PARENT_TREE_NEXT_KEY, PDFNumber)?.asNumber();
    offset += next ?? pairs.reduce((max, [key]) => Math.max(max, key + 1), 0);
  }
  if (marked) {
    context.assign(
      documentRef,
      context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: context.obj(elements) }),
    );
    const root = context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: context.obj({ Nums: context.obj(nums) }),
      ParentTreeNextKey: offset,
    });
    context.assign(rootRef, root);
    out.catalog.set(STRUCT_TREE_ROOT, rootRef);
    out.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
  return out;
}
