// The seed's randomness is the seed kit's: a stream per seed and label (e.g. the dispute's number),
// so the same seed gives the same year whatever order the concurrent workers take the disputes in.
export { Random, randomFor } from '@linli/seed-kit';
