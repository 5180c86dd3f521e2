import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAsideOf, replaceFile } from "../../src/search/aside-writes.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "aside-writes-"));
  folders.push(dir);
  return dir;
}

describe("a file written aside", () => {
  it("replaces the file with its parts in order, leaving nothing beside it", () => {
    const dir = folder();
    const file = join(dir, "list.bin");
    writeFileSync(file, "old");
    replaceFile(file, [Buffer.from("new "), new Uint8Array([0x61, 0x62])]);
    expect(readFileSync(file, "latin1")).toBe("new ab");
    expect(readdirSync(dir)).toEqual(["list.bin"]);
  });

  it("throws when it cannot be put in place, and takes its aside copy away", () => {
    const dir = folder();
    const file = join(dir, "list.bin");
    mkdirSync(join(file, "in-the-way"), { recursive: true });
    expect(() => replaceFile(file, [Buffer.from("new")])).toThrow();
    expect(readdirSync(dir)).toEqual(["list.bin"]);
  });

  it("tells a writer's leftover of a file from other files", () => {
    expect(isAsideOf("index.bin", "index.bin.5f1c.partial")).toBe(true);
    expect([isAsideOf("index.bin", "index.bin"), isAsideOf("index.bin", "other.bin.5f1c.partial"), isAsideOf("index.bin", "index.bin.5f1c.tmp")]).toEqual([false, false, false]);
  });
});
