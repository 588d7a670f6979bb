/**
 * Images dropped or pasted onto a slide: telling an image from an article (by type, name or content), sending
 * its bytes to the host, which copies it beside the deck (`deck:addImage`), and catching Ctrl+V with image data
 * while no text field has the focus.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  IMAGE_KINDS_TEXT,
  MAX_ADDED_IMAGE_BYTES,
  SVG_SNIFF_BYTES,
  imageAltText,
  sniffImageKind,
} from '../../../slides/render/imageFile';
import { readBase64 } from '../droppedFile';
import { invoke } from '../host';
import { addDeckImage } from '../sanitize';
import { actionInsertImage } from './actions/actionInsertImage';
import type { EditorStore } from './store';
import type { DocumentState } from './useDocument';

/** An image copied beside the deck, ready to go into a slide. */
export interface AddedSlideImage {
  /** Deck-relative path (`images/chart.png`). */
  path: string;
  alt: string;
  /** The image as a data URL, so the editor draws it at once. */
  dataUrl: string;
  /** True when the deck's folder already held these bytes and that file is used. */
  reused: boolean;
}

const IMAGE_FILE_NAME = /\.(?:png|jpe?g|gif|webp|svg)$/i;

/** True when a dropped file is meant as an image (its type, its name or its first bytes say so). */
export async function isImageFile(file: File): Promise<boolean> {
  if (file.type.startsWith('image/') || IMAGE_FILE_NAME.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, SVG_SNIFF_BYTES).arrayBuffer());
  return sniffImageKind(head) !== null;
}

/**
 * Copies an image file beside the deck at `deckPath` through the host. Throws an Error with a one-line message
 * when the file is empty, too large or not an image (the host checks the same, and the path, again).
 */
export async function copyImageBesideDeck(file: File, deckPath: string): Promise<AddedSlideImage> {
  const head = new Uint8Array(await file.slice(0, SVG_SNIFF_BYTES).arrayBuffer());
  const kind = sniffImageKind(head);
  const name = file.name || `pasted image.${kind?.ext ?? 'png'}`;
  if (file.size === 0) throw new Error(`${name} is empty.`);
  if (file.size > MAX_ADDED_IMAGE_BYTES) {
    throw new Error(`${name} is ${(file.size / 1048576).toFixed(1)} MB; images up to 20 MB can be added.`);
  }
  if (!kind) throw new Error(`${name} is not an image Briefdeck can show (${IMAGE_KINDS_TEXT}).`);
  const base64 = await readBase64(file);
  const { relativePath, reused } = await invoke('deck:addImage', { deckPath, name, base64 });
  return {
    path: relativePath,
    alt: imageAltText(name),
    dataUrl: `data:${kind.mime};base64,${base64}`,
    reused,
  };
}

/** True while the focus is somewhere text is typed (a title, bullet or notes field, the source view, a dialog). */
function typingInto(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement
  );
}

/**
 * Calls `onImages` with the image files of a paste (Ctrl+V with image data) made while no text field has the
 * focus and no dialog is open; text fields keep their own paste.
 */
export function useImagePaste(onImages: (files: File[]) => void): void {
  const callback = useRef(onImages);
  useLayoutEffect(() => {
    callback.current = onImages;
  });
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (typingInto(document.activeElement) || document.querySelector('dialog[open]')) return;
      const images = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith('image/'));
      if (images.length === 0) return;
      event.preventDefault();
      callback.current(images);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}

/** What an unsaved deck says when an image is dropped or pasted on it. */
export const SAVE_FIRST_MESSAGE =
  "Save the deck first to add images: they are copied into the deck's folder, which a new deck does not have yet.";

/**
 * Adding images to slides: `addImages(files, slideId?)` copies each beside the deck and inserts it into the slide
 * (the current one when no id is given), one undo step per image; pasted images go to the current slide.
 */
export function useSlideImages(
  store: EditorStore,
  files: Pick<DocumentState, 'doc' | 'setNotice'>,
): (images: File[], slideId?: string) => Promise<void> {
  const addImages = async (images: File[], slideId?: string): Promise<void> => {
    const deckPath = files.doc?.path ?? null;
    if (deckPath === null) return files.setNotice({ kind: 'error', text: SAVE_FIRST_MESSAGE });
    const added: string[] = [];
    for (const file of images) {
      try {
        const image = await copyImageBesideDeck(file, deckPath);
        addDeckImage(image.path, image.dataUrl);
        store.execute(actionInsertImage, {
          ...(slideId ? { slideId } : {}),
          path: image.path,
          alt: image.alt,
        });
        added.push(image.reused ? `${image.path} (already in the deck's folder)` : image.path);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return files.setNotice({ kind: 'error', text: `Could not add the image: ${message}` });
      }
    }
    if (added.length > 0)
      files.setNotice({ kind: 'info', text: `Added ${added.join(', ')} beside the deck.` });
  };
  const latest = useRef(addImages);
  useLayoutEffect(() => {
    latest.current = addImages;
  });
  useImagePaste((images) => void latest.current(images));
  return (images, slideId) => latest.current(images, slideId);
}
