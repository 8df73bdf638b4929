import { createHash, hash } from 'node:crypto';

// A Merkle tree over the log in position order, hashed as RFC 6962 / RFC 9162 (Certificate
// Transparency): leaf = SHA-256(0x00 ‖ bytes), node = SHA-256(0x01 ‖ left ‖ right), the tree of n
// leaves splits at the largest power of two below n. Domain separation makes a leaf never pass as a node.

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

// crypto.hash (one call, no Hash object) is markedly faster than createHash for small inputs.
const sha256 = (bytes: Buffer): Buffer => hash('sha256', bytes, 'buffer') as unknown as Buffer;

export const hashLeaf = (bytes: Buffer): Buffer => sha256(Buffer.concat([LEAF, bytes]));
/** hashLeaf of a text's UTF-8 bytes, without the extra copy (U+0000 encodes as the single byte 0x00). */
export const hashLeafText = (text: string): Buffer => sha256(Buffer.from(`\u0000${text}`, 'utf8'));
export const hashNode = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.concat([NODE, left, right], 65));
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** One perfect subtree on the right edge of the tree: its height and its hash (hex in JSON). */
export interface FrontierNode {
  readonly height: number;
  readonly hash: string;
}

/**
 * The right edge of a growing tree: the perfect subtrees left of the next leaf, largest first
 * (O(log n) hashes). Appending is a binary-counter carry; the root folds the edge from the right.
 */
export class MerkleFrontier {
  private readonly nodes: { height: number; hash: Buffer }[];
  private count: number;

  constructor(size = 0, nodes: readonly FrontierNode[] = []) {
    this.count = size;
    this.nodes = nodes.map((node) => ({ height: node.height, hash: Buffer.from(node.hash, 'hex') }));
    const implied = this.nodes.reduce((sum, node) => sum + 2 ** node.height, 0);
    if (implied !== size) throw new TypeError(`frontier of ${this.nodes.length} subtrees covers ${implied} leaves, not ${size}`);
  }

  get size(): number {
    return this.count;
  }

  append(leafHash: Buffer): void {
    let node = { height: 0, hash: leafHash };
    while (this.nodes.length > 0 && this.nodes[this.nodes.length - 1].height === node.height) {
      const left = this.nodes.pop() as { height: number; hash: Buffer };
      node = { height: node.height + 1, hash: hashNode(left.hash, node.hash) };
    }
    this.nodes.push(node);
    this.count++;
  }

  root(): Buffer {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let root = this.nodes[this.nodes.length - 1].hash;
    for (let i = this.nodes.length - 2; i >= 0; i--) root = hashNode(this.nodes[i].hash, root);
    return root;
  }

  /** An independent copy that can grow apart from this one. */
  clone(): MerkleFrontier {
    return new MerkleFrontier(this.count, this.toJSON());
  }

  toJSON(): FrontierNode[] {
    return this.nodes.map((node) => ({ height: node.height, hash: node.hash.toString('hex') }));
  }
}

const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.floor(Math.log2(n - 1));

/** The root of leaves[from, to) (RFC 6962 MTH). */
export function subtreeRoot(leaves: readonly Buffer[], from = 0, to = leaves.length): Buffer {
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[from];
  const k = largestPowerOfTwoBelow(n);
  return hashNode(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
}

/** The inclusion (audit) path of leaf `index` in the tree of the given leaves, bottom up (RFC 6962 PATH). */
export function inclusionPath(leaves: readonly Buffer[], index: number, from = 0, to = leaves.length): Buffer[] {
  const n = to - from;
  if (index < 0 || index >= n) throw new RangeError(`leaf ${index} is outside a tree of ${n} leaves`);
  if (n === 1) return [];
  const k = largestPowerOfTwoBelow(n);
  return index < k
    ? [...inclusionPath(leaves, index, from, from + k), subtreeRoot(leaves, from + k, to)]
    : [...inclusionPath(leaves, index - k, from + k, to), subtreeRoot(leaves, from, from + k)];
}

/** The root an inclusion path leads to, or null when the path cannot belong to such a tree (RFC 9162 §2.1.3.2). */
export function rootFromInclusionPath(leafHash: Buffer, index: number, treeSize: number, path: readonly Buffer[]): Buffer | null {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return null;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const sibling of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = hashNode(sibling, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = hashNode(r, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/**
 * A whole tree kept in memory to prove many leaves at once: the root of every range the RFC 6962
 * recursion visits is computed once (O(n) hashes in all), so n proofs cost O(n log n), not O(n²).
 */
export class MerkleTree {
  private readonly memo = new Map<string, Buffer>();

  constructor(private readonly leaves: readonly Buffer[]) {}

  get size(): number {
    return this.leaves.length;
  }

  root(from = 0, to = this.leaves.length): Buffer {
    const n = to - from;
    if (n === 0) return EMPTY_ROOT;
    if (n === 1) return this.leaves[from] as Buffer;
    const key = `${from}:${to}`;
    let root = this.memo.get(key);
    if (!root) {
      const k = largestPowerOfTwoBelow(n);
      root = hashNode(this.root(from, from + k), this.root(from + k, to));
      this.memo.set(key, root);
    }
    return root;
  }

  /** The same path as inclusionPath(leaves, index). */
  path(index: number): Buffer[] {
    if (index < 0 || index >= this.leaves.length) throw new RangeError(`leaf ${index} is outside a tree of ${this.leaves.length} leaves`);
    const path: Buffer[] = [];
    let [from, to, i] = [0, this.leaves.length, index];
    while (to - from > 1) {
      const k = largestPowerOfTwoBelow(to - from);
      if (i < k) {
        path.push(this.root(from + k, to));
        to = from + k;
      } else {
        path.push(this.root(from, from + k));
        from += k;
        i -= k;
      }
    }
    return path.reverse();
  }
}
