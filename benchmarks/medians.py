"""Medians of the key=value lines the benchmark scripts print, grouped by store= or peer=."""
import statistics
import sys
from collections import defaultdict

groups = defaultdict(lambda: defaultdict(list))
for line in sys.stdin:
    fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
    name = fields.pop("store", None) or fields.pop("peer", None)
    if name is None:
        continue
    for key, value in fields.items():
        try:
            number = float(value)
        except ValueError:
            continue  # a digest or label: not a measurement
        groups[name][key].append(number)

for name, values in groups.items():
    runs = len(next(iter(values.values())))
    medians = " ".join(f"{key}={statistics.median(v):g}" for key, v in values.items())
    print(f"median of {runs} runs: {name}: {medians}")
