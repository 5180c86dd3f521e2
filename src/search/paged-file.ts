import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// Small enough that a lookup in a sorted file of megabytes reads a few dozen kilobytes.
const PAGE_SIZE = 8 * 1024;
const NEWLINE = 0x0a;

/**
 * A read-only text file of lines, read a page at a time as positions are asked for, each page kept
 * once read: a bisection of WordNet's 5 MB noun index, or a synset at its offset in the 15 MB noun
 * data file, reads a few pages instead of the whole file. Bytes are read as latin1, one character
 * each, as WordNet's files are ASCII.
 */
export class PagedFile {
  private readonly path: string;
  private readonly pages = new Map<number, Buffer>();
  private descriptor: number | undefined;
  private length: number | undefined;

  constructor(path: string) {
    this.path = path;
  }

  /** The file's length in bytes. */
  get size(): number {
    this.length ??= fstatSync(this.fd()).size;
    return this.length;
  }

  /** The byte at a position, or -1 past the end. */
  byteAt(position: number): number {
    if (position < 0 || position >= this.size) return -1;
    return this.page(Math.floor(position / PAGE_SIZE))[position % PAGE_SIZE] ?? -1;
  }

  /** True when the file holds `text` at `position`. */
  startsWith(text: string, position: number): boolean {
    for (let at = 0; at < text.length; at++) if (this.byteAt(position + at) !== text.charCodeAt(at)) return false;
    return true;
  }

  /** The start of the line holding the byte before `position` (`position` itself after a newline), or 0. */
  lineStart(position: number): number {
    for (let index = Math.floor((position - 1) / PAGE_SIZE); index >= 0 && position > 0; index--) {
      const found = this.page(index).lastIndexOf(NEWLINE, position - 1 - index * PAGE_SIZE);
      if (found >= 0) return index * PAGE_SIZE + found + 1;
      position = index * PAGE_SIZE;
    }
    return 0;
  }

  /** The position of the first newline at or after `position`, or the file's size. */
  lineEnd(position: number): number {
    for (let index = Math.floor(position / PAGE_SIZE); index * PAGE_SIZE < this.size; index++) {
      const found = this.page(index).indexOf(NEWLINE, Math.max(0, position - index * PAGE_SIZE));
      if (found >= 0) return index * PAGE_SIZE + found;
    }
    return this.size;
  }

  /** The text between two positions. */
  text(start: number, end: number): string {
    let text = "";
    for (let index = Math.floor(start / PAGE_SIZE); index * PAGE_SIZE < end; index++) {
      const base = index * PAGE_SIZE;
      text += this.page(index).toString("latin1", Math.max(0, start - base), Math.min(PAGE_SIZE, end - base));
    }
    return text;
  }

  /** Closes the file and lets go of the pages read; a later call reads them again. */
  close(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
    this.pages.clear();
  }

  private page(index: number): Buffer {
    let page = this.pages.get(index);
    if (page === undefined) {
      page = Buffer.allocUnsafe(Math.max(0, Math.min(PAGE_SIZE, this.size - index * PAGE_SIZE)));
      for (let filled = 0; filled < page.length; ) {
        const read = readSync(this.fd(), page, filled, page.length - filled, index * PAGE_SIZE + filled);
        if (read === 0) throw new Error(`${this.path} ended while being read`);
        filled += read;
      }
      this.pages.set(index, page);
    }
    return page;
  }

  private fd(): number {
    this.descriptor ??= openSync(this.path, "r");
    return this.descriptor;
  }
}
