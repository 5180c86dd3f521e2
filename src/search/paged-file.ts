import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// Small enough that a lookup in a sorted file of megabytes reads a few dozen kilobytes.
const PAGE_SIZE = 8 * 1024;
const NEWLINE = 0x0a;

/**
 * A read-only file of lines, read a page at a time as positions are asked for, each page kept once
 * read: a bisection of WordNet's 5 MB noun index, or a synset at its offset in the 15 MB noun data
 * file, reads a few pages instead of the whole file. Text is read as latin1, one character a byte,
 * as the files searched by it are ASCII.
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

  /**
   * The start of the first line at or after `key` in a run of lines sorted by their bytes, from
   * `start` to `end` (by default the whole file), by bisection: `end` when every line sorts before it.
   */
  firstLineFrom(key: string, start = 0, end = this.size): number {
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = Math.max(start, this.lineStart(middle));
      const lineEnd = Math.min(end, this.lineEnd(lineStart));
      if (this.sortsBefore(lineStart, lineEnd, key)) low = lineEnd + 1;
      else high = lineStart;
    }
    return Math.min(low, end);
  }

  /** The bytes between two positions, copied. */
  bytes(start: number, end: number): Buffer {
    const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
    for (let index = Math.floor(start / PAGE_SIZE); index * PAGE_SIZE < end; index++) {
      const base = index * PAGE_SIZE;
      this.page(index).copy(bytes, Math.max(0, base - start), Math.max(0, start - base), Math.min(PAGE_SIZE, end - base));
    }
    return bytes;
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
    this.length = undefined;
    this.pages.clear();
  }

  /** The file's text from `start` to `end` sorts before `key`: read byte by byte, as a bisection compares some twenty lines. */
  private sortsBefore(start: number, end: number, key: string): boolean {
    const shared = Math.min(end - start, key.length);
    for (let at = 0; at < shared; at++) {
      const difference = this.byteAt(start + at) - key.charCodeAt(at);
      if (difference !== 0) return difference < 0;
    }
    return end - start < key.length;
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
