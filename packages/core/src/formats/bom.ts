/**
 * A UTF-8 byte order mark opens many files saved on Windows. It stays in the
 * document's text (fixes keep it), but the parsers must not see it: micromark
 * drops it and counts offsets from the next character, and parse5 takes it for
 * text, so a page's doctype and `<html>` element are lost. Bayan parses the
 * text after the BOM and moves every offset one place on; lines and columns
 * stay as the parser counted them, which is what an editor shows (editors
 * hide the BOM).
 */

/** Length of the BOM at the start of `text`: 1 or 0. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

interface Point {
  offset?: number | undefined;
}
interface Place {
  start: Point;
  end: Point;
}
interface Shiftable {
  position?: Place | undefined;
  data?:
    | {
        position?: {
          opening?: Place | undefined;
          closing?: Place | undefined;
          properties?: Record<string, Place | undefined> | undefined;
        };
      }
    | undefined;
  children?: Shiftable[];
}

/** Adds `by` to every offset of a unist tree, iteratively (hostile input nests deeply). */
export function shiftOffsets(tree: object, by: number): void {
  if (by === 0) return;
  const seen = new Set<Point>();
  const move = (place: Place | undefined): void => {
    if (!place) return;
    for (const point of [place.start, place.end]) {
      if (point.offset === undefined || seen.has(point)) continue;
      seen.add(point);
      point.offset += by;
    }
  };
  const stack: Shiftable[] = [tree as Shiftable];
  while (stack.length > 0) {
    const node = stack.pop()!;
    move(node.position);
    const tags = node.data?.position;
    if (tags) {
      move(tags.opening);
      move(tags.closing);
      for (const place of Object.values(tags.properties ?? {})) move(place);
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
