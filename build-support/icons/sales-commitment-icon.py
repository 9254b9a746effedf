#!/usr/bin/env python3
"""Draws the Sales Commitment issue type icon (48x48 PNG): a white tick in a white ring on a purple rounded
square. Drawn here from geometry, with the standard library only, so the app ships no third-party artwork.

    python3 build-support/icons/sales-commitment-icon.py plugin/src/main/resources/images/sales-commitment.png
"""
import math
import struct
import sys
import zlib

SIZE = 48
SAMPLES = 4  # per axis, for anti-aliasing
BACKGROUND = (101, 84, 192)  # purple
WHITE = (255, 255, 255)


def inside_rounded_square(x, y):
    radius, low, high = 9.0, 1.0, SIZE - 1.0
    cx = min(max(x, low + radius), high - radius)
    cy = min(max(y, low + radius), high - radius)
    return low <= x <= high and low <= y <= high and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def white_at(x, y):
    ring = abs(math.hypot(x - 24, y - 24) - 15.0) <= 2.0
    tick = min(distance_to_segment(x, y, 16.5, 24.5, 22, 30),
               distance_to_segment(x, y, 22, 30, 32, 18.5)) <= 2.2
    return ring or tick


def pixel(px, py):
    covered, white = 0, 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x, y = px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES
            if inside_rounded_square(x, y):
                covered += 1
                white += white_at(x, y)
    if covered == 0:
        return (0, 0, 0, 0)
    share = white / covered
    rgb = tuple(round(b + (w - b) * share) for b, w in zip(BACKGROUND, WHITE))
    return rgb + (round(255 * covered / SAMPLES ** 2),)


def png(rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(channel for p in row for channel in p) for row in rows)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as out:
        out.write(png([[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]))
