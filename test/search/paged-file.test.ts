import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PagedFile } from "../../src/search/paged-file.ts";

const dir = mkdtempSync(join(tmpdir(), "paged-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Lines of every length from empty to longer than a page, so that lines start, end and run across page bounds.
const lines = Array.from({ length: 400 }, (_, i) => `${String(i).padStart(3, "0")} ${"x".repeat((i * 97) % 300)}`);
lines.splice(200, 0, "long ".repeat(4000), "");
const text = `${lines.join("\n")}\nlast line without a newline`;
const path = join(dir, "lines.txt");
writeFileSync(path, text, "latin1");

describe("a file read a page at a time", () => {
  const file = new PagedFile(path);

  it("finds the same line bounds and text as the whole file read at once", () => {
    expect(file.size).toBe(text.length);
    for (let position = 0; position <= text.length; position += 37) {
      const start = text.lastIndexOf("\n", position - 1) + 1;
      const newline = text.indexOf("\n", position);
      const end = newline < 0 ? text.length : newline;
      expect([file.lineStart(position), file.lineEnd(position)]).toEqual([start, end]);
      expect(file.text(position, Math.min(text.length, position + 9000))).toBe(text.slice(position, position + 9000));
      expect(file.byteAt(position)).toBe(position < text.length ? text.charCodeAt(position) : -1);
    }
  });

  it("tells what stands at a position, past the end included", () => {
    const at = text.indexOf("250 ");
    expect(file.startsWith("250 x", at)).toBe(true);
    expect(file.startsWith("251", at)).toBe(false);
    expect(file.startsWith("line without a newline!", text.length - "line without a newline".length)).toBe(false);
  });

  it("finds a key's line by bisection of sorted lines, within a part of the file or all of it", () => {
    const sortedPath = join(dir, "sorted.txt");
    // No newline before the first line: the bisection must not reach back into what comes before.
    const header = "binary header";
    const words = Array.from({ length: 3000 }, (_, i) => `word${String(i).padStart(5, "0")} ${i}\n`).join("");
    writeFileSync(sortedPath, `${header}${words}\u0001\u0002 vectors`, "latin1");
    const sorted = new PagedFile(sortedPath);
    const start = header.length;
    const end = start + words.length;
    const lineOf = (key: string) => {
      const at = sorted.firstLineFrom(key, start, end);
      return at < end && sorted.startsWith(key, at) ? sorted.text(at, sorted.lineEnd(at)) : undefined;
    };
    expect(lineOf("word00000 ")).toBe("word00000 0");
    expect(lineOf("word01234 ")).toBe("word01234 1234");
    expect(lineOf("word02999 ")).toBe("word02999 2999");
    expect([lineOf("aardvark "), lineOf("word01234x "), lineOf("zebra ")]).toEqual([undefined, undefined, undefined]);
    expect(sorted.firstLineFrom("zebra", start, end)).toBe(end);
    expect(sorted.firstLineFrom("word00007 ")).toBe(start + words.indexOf("word00007 "));
  });

  it("copies bytes across pages", () => {
    const from = 8 * 1024 - 10;
    expect(file.bytes(from, from + 20_000).toString("latin1")).toBe(text.slice(from, from + 20_000));
  });

  it("reads again after being closed, the file as it is then", () => {
    file.close();
    expect(file.text(text.length - 4, text.length)).toBe("line");
    const changing = join(dir, "changing.txt");
    writeFileSync(changing, "short\n");
    const reread = new PagedFile(changing);
    expect(reread.size).toBe(6);
    reread.close();
    writeFileSync(changing, "a much longer first line\nand a second\n");
    expect(reread.text(0, reread.lineEnd(0))).toBe("a much longer first line");
  });
});
