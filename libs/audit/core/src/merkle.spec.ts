import { createHash } from 'node:crypto';
import { EMPTY_ROOT, hashLeaf, hashLeafText, hashNode, inclusionPath, MerkleFrontier, MerkleTree, rootFromInclusionPath, subtreeRoot } from './merkle.js';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => hashLeaf(Buffer.from(`event ${i}`)));

describe('the Merkle tree over the log', () => {
  it('hashes as RFC 6962: an empty tree is SHA-256 of nothing, a leaf and a node carry their prefixes', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashLeaf(Buffer.from('a')).equals(createHash('sha256').update(Buffer.from([0, 0x61])).digest())).toBe(true);
    expect(hashLeafText('邻里 {"a":1}').equals(hashLeaf(Buffer.from('邻里 {"a":1}', 'utf8')))).toBe(true);
    const [a, b] = leaves(2);
    expect(hashNode(a!, b!).equals(createHash('sha256').update(Buffer.concat([Buffer.from([1]), a!, b!])).digest())).toBe(true);
  });

  it('gives the same root growing one leaf at a time as computed over the whole list, for every size up to 70', () => {
    const all = leaves(70);
    const frontier = new MerkleFrontier();
    expect(frontier.root().equals(EMPTY_ROOT)).toBe(true);
    for (let n = 1; n <= all.length; n++) {
      frontier.append(all[n - 1]!);
      expect(frontier.root().toString('hex')).toBe(subtreeRoot(all.slice(0, n)).toString('hex'));
    }
  });

  it('resumes from a saved frontier and rejects a frontier that does not match its size', () => {
    const all = leaves(13);
    const first = new MerkleFrontier();
    all.slice(0, 9).forEach((leaf) => first.append(leaf));
    const resumed = new MerkleFrontier(9, first.toJSON());
    all.slice(9).forEach((leaf) => resumed.append(leaf));
    expect(resumed.root().equals(subtreeRoot(all))).toBe(true);
    expect(() => new MerkleFrontier(10, first.toJSON())).toThrow(/covers 9 leaves, not 10/);
  });

  it('proves every leaf of every tree size up to 33, and a proof fails for another leaf, index or size', () => {
    const all = leaves(33);
    for (let size = 1; size <= all.length; size++) {
      const tree = all.slice(0, size);
      const root = subtreeRoot(tree);
      for (let index = 0; index < size; index++) {
        const path = inclusionPath(tree, index);
        expect(rootFromInclusionPath(tree[index]!, index, size, path)?.equals(root)).toBe(true);
        expect(rootFromInclusionPath(hashLeaf(Buffer.from('forged')), index, size, path)?.equals(root) ?? false).toBe(false);
        if (size > 1) expect(rootFromInclusionPath(tree[index]!, (index + 1) % size, size, path)?.equals(root) ?? false).toBe(false);
      }
    }
    expect(rootFromInclusionPath(all[0]!, 5, 5, [])).toBeNull();
  });

  it('proves many leaves from one in-memory tree exactly as leaf-by-leaf proofs do', () => {
    for (const size of [1, 2, 5, 16, 37]) {
      const tree = new MerkleTree(leaves(size));
      expect(tree.root().equals(subtreeRoot(leaves(size)))).toBe(true);
      for (let index = 0; index < size; index++) expect(tree.path(index).map((h) => h.toString('hex'))).toEqual(inclusionPath(leaves(size), index).map((h) => h.toString('hex')));
    }
  });
});
