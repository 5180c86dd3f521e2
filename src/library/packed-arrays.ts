import { deserialize, serialize } from "node:v8";

/**
 * A value saved as v8's serialisation with its typed arrays taken out and laid after it, each at an
 * offset aligned to 8 bytes. Read back, each typed array is a view of the file's bytes: v8 lays them
 * wherever they fall, so its deserialisation copies out every one not aligned by chance (two in three
 * of a saved index's), a third of the time a saved index of 10,000 documents took to read, and the
 * garbage collector's work after it. Typed arrays inside plain objects and arrays are taken out; any
 * other value (a Map, a Set) is left to v8 as it is. A tree, not a graph: a value held twice is
 * saved twice.
 */

// "PKA1": tells this layout from a plain v8 serialisation (and from a damaged file).
const MAGIC = 0x31414b50;
// The magic, then the length of the serialised skeleton.
const HEADER_BYTES = 8;
const ALIGNMENT = 8;
// The key marking a typed array's place in the skeleton; no saved value holds it.
const ARRAY_REF = "\u0000typedArray";

const KINDS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type Kind = keyof typeof KINDS;
type TypedArray = InstanceType<(typeof KINDS)[Kind]>;

interface ArrayRef {
  [ARRAY_REF]: Kind;
  offset: number;
  length: number;
}

/** The value's bytes, to write to a file. */
export function packWithArrays(value: unknown): Buffer {
  const arrays: { array: TypedArray; offset: number }[] = [];
  let arrayBytes = 0;
  const skeleton = mapTree(value, (node) => {
    const kind = kindOf(node);
    if (kind === undefined) return undefined;
    const array = node as TypedArray;
    const offset = aligned(arrayBytes);
    arrayBytes = offset + array.byteLength;
    arrays.push({ array, offset });
    return { [ARRAY_REF]: kind, offset, length: array.length } satisfies ArrayRef;
  });
  const head = serialize(skeleton);
  const arraysStart = aligned(HEADER_BYTES + head.length);
  const bytes = Buffer.alloc(arraysStart + arrayBytes);
  bytes.writeUInt32LE(MAGIC, 0);
  bytes.writeUInt32LE(head.length, 4);
  head.copy(bytes, HEADER_BYTES);
  for (const { array, offset } of arrays) bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), arraysStart + offset);
  return bytes;
}

/** The value packed in these bytes; its typed arrays are views of them. Throws on bytes of another layout or cut short. */
export function unpackWithArrays(bytes: Buffer): unknown {
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC) throw new Error("packed-arrays: not a packed value");
  const headEnd = HEADER_BYTES + bytes.readUInt32LE(4);
  if (headEnd > bytes.length) throw new Error("packed-arrays: cut short");
  const skeleton: unknown = deserialize(bytes.subarray(HEADER_BYTES, headEnd));
  const arraysStart = aligned(headEnd);
  return mapTree(skeleton, (node) => (isArrayRef(node) ? viewOf(bytes, arraysStart, node) : undefined));
}

function viewOf(bytes: Buffer, arraysStart: number, { [ARRAY_REF]: kind, offset, length }: ArrayRef): TypedArray {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset % ALIGNMENT !== 0) {
    throw new Error("packed-arrays: damaged array reference");
  }
  const Type = KINDS[kind];
  const start = arraysStart + offset;
  const byteLength = length * Type.BYTES_PER_ELEMENT;
  if (start + byteLength > bytes.length) throw new Error("packed-arrays: cut short");
  const byteOffset = bytes.byteOffset + start;
  // Bytes read from a file or made by packWithArrays, never shared memory.
  const buffer = bytes.buffer as ArrayBuffer;
  // A buffer Node took from its shared pool may start anywhere: then the array is copied out.
  if (byteOffset % Type.BYTES_PER_ELEMENT === 0) return new Type(buffer, byteOffset, length);
  return new Type(buffer.slice(byteOffset, byteOffset + byteLength));
}

/** The tree with each node `replace` gives a value for replaced, through plain objects and arrays. */
function mapTree(node: unknown, replace: (node: unknown) => unknown): unknown {
  const replaced = replace(node);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(node)) return node.map((item: unknown) => mapTree(item, replace));
  if (isPlainObject(node)) {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = mapTree(value, replace);
    return copy;
  }
  return node;
}

function kindOf(node: unknown): Kind | undefined {
  if (!ArrayBuffer.isView(node)) return undefined;
  const name = node.constructor.name;
  return Object.hasOwn(KINDS, name) ? (name as Kind) : undefined;
}

function isArrayRef(node: unknown): node is ArrayRef {
  return isPlainObject(node) && typeof node[ARRAY_REF] === "string" && Object.hasOwn(KINDS, node[ARRAY_REF]);
}

function isPlainObject(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && Object.getPrototypeOf(node) === Object.prototype;
}

function aligned(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}
