/**
 * The most UTF-16 code units to gather into one string from many small written pieces (a report's batch,
 * bayan_d's frame). 16 K units (at most 32 KB, and at most 48 KB once encoded as UTF-8) stay under V8's
 * large-object size and glibc's mmap threshold, so each joined string and its buffer are made and dropped
 * in memory already in use. Larger ones were each fresh memory:
 * - report batches of 256 K units outlived a scavenge in the large-object space and piled up there until a
 *   full collection (10 MB of text: the report's peak 30 MB over its lint's);
 * - bayan_d's frames of 64 K units cost 71 ms and 2,400 fresh pages for the 5.6 MB json report of
 *   `pnpm bench:peers`, against 10 ms and next to none at 16 K (docs/benchmarks.md, "Where the rest of the
 *   time goes").
 */
export const JOINED_TEXT_CHARS = 16 * 1024;
