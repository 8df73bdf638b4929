import type { Position } from '@kurrent/kurrentdb-client';

// A KurrentDB $all position is a (commit, prepare) pair of 64-bit log offsets ordered by commit
// then prepare. Packing it as commit·2^64 + prepare gives one bigint with the same order, so it
// fits the port's single globalPosition/checkpoint and decodes back exactly. (It can exceed 64
// bits: store checkpoints as decimal strings or numeric, not int8.)
const PREPARE_BITS = 64n;
const PREPARE_MASK = (1n << PREPARE_BITS) - 1n;

/** A KurrentDB position as the port's single bigint. */
export const encodePosition = (position: Position): bigint => (position.commit << PREPARE_BITS) | position.prepare;

/** The KurrentDB position a port bigint stands for. */
export const decodePosition = (value: bigint): Position => ({ commit: value >> PREPARE_BITS, prepare: value & PREPARE_MASK });
