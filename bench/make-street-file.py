#!/usr/bin/python3
"""Builds a large police.uk street-level crime file for bench/import-bench.

Repeats the data rows of the real monthly files in SOURCE_DIR (all months, in order) until
there are ROWS rows, giving every row that has a Crime ID a new, distinct one (64 hex digits,
like police.uk's own, from a SHA-256 of a counter) and keeping empty IDs empty. Everything else
in a row stays as published. Standard library only.

usage: make-street-file.py SOURCE_DIR OUTPUT ROWS
"""
import glob
import hashlib
import os
import sys


def main():
    source_dir, output, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files = sorted(glob.glob(os.path.join(source_dir, "*-street.csv")))
    if not files:
        sys.exit(f"make-street-file: no *-street.csv files in {source_dir}")
    header = None
    lines = []
    for name in files:
        with open(name, "rb") as source:
            first = source.readline()
            if header is None:
                header = first.rstrip(b"\r\n") + b"\n"
            elif first.rstrip(b"\r\n") != header.rstrip(b"\n"):
                sys.exit(f"make-street-file: {name} has a different header")
            for line in source:
                line = line.rstrip(b"\r\n")
                if line:
                    lines.append(line)
    if not header.startswith(b"Crime ID,"):
        sys.exit("make-street-file: the first column is not Crime ID")

    with open(output, "wb") as out:
        out.write(header)
        chunk = []
        counter = 0
        for n in range(rows):
            line = lines[n % len(lines)]
            comma = line.index(b",")
            if comma > 0:
                counter += 1
                crime_id = hashlib.sha256(counter.to_bytes(8, "little")).hexdigest().encode()
                line = crime_id + line[comma:]
            chunk.append(line)
            if len(chunk) == 65536:
                out.write(b"\n".join(chunk) + b"\n")
                chunk.clear()
        if chunk:
            out.write(b"\n".join(chunk) + b"\n")
    print(f"{rows} rows from {len(files)} monthly files ({len(lines)} distinct rows), "
          f"{counter} with a Crime ID", file=sys.stderr)


if __name__ == "__main__":
    main()
