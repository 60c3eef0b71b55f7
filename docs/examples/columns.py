"""Print some columns of a sweep's results.csv as an aligned table (docs/tutorial.md, section 5).

    python3 docs/examples/columns.py build/sweep-smooth/results.csv distance strategy exit device_time_s
"""

import csv
import sys


def main(path: str, columns: list[str]) -> None:
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    table = [columns] + [[row.get(c, "") for c in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
