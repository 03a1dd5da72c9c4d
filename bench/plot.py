#!/usr/bin/env python3
"""Plot bench/results.tsv (written by bench/run) as time against records, log-log.

Usage: bench/plot.py RESULTS.tsv OUT.svg

Uses matplotlib when it is installed; otherwise writes a small SVG by hand, so the plot
never needs more than python3.
"""

import csv
import math
import sys

COLORS = {
    "parse": "#7f7f7f",
    "check": "#1f77b4",
    "due": "#ff7f0e",
    "status": "#2ca02c",
    "report": "#d62728",
}
LABELS = {
    "parse": "parse only (baseline)",
    "check": "gbsw check",
    "due": "gbsw due --format json",
    "status": "gbsw status",
    "report": "gbsw report semiannual --format json",
}
TITLE = "gbsw: wall time against ledger size"


def load(path):
    series = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            series.setdefault(row["command"], []).append(
                (int(row["records"]), float(row["mean"]))
            )
    for points in series.values():
        points.sort()
    return series


def with_matplotlib(series, out):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    for cmd, points in series.items():
        xs, ys = zip(*points)
        ax.plot(
            xs,
            ys,
            marker="o",
            linestyle="--" if cmd == "parse" else "-",
            color=COLORS.get(cmd),
            label=LABELS.get(cmd, cmd),
        )
    ax.axhline(1.0, color="#bbbbbb", linewidth=0.8, linestyle=":")
    ax.text(0.01, 1.05, "1 s", transform=ax.get_yaxis_transform(), fontsize=8, color="#888888")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("records")
    ax.set_ylabel("mean wall time (s)")
    ax.set_title(TITLE)
    ax.grid(True, which="both", alpha=0.25)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, format="svg", metadata={"Date": None})


def by_hand(series, out):
    w, h, left, right, top, bottom = 720, 450, 70, 200, 40, 50
    xs = [x for pts in series.values() for x, _ in pts]
    ys = [y for pts in series.values() for _, y in pts]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = y1 if y1 > y0 else y0 + 1

    def px(x):
        return left + (math.log10(x) - x0) / (x1 - x0) * (w - left - right)

    def py(y):
        return h - bottom - (math.log10(y) - y0) / (y1 - y0) * (h - top - bottom)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'font-family="sans-serif" font-size="11">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{w / 2 - 60}" y="22" font-size="14">{TITLE}</text>',
    ]
    for e in range(y0, y1 + 1):
        y = py(10**e)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{10**e:g} s</text>')
    for x in sorted(set(xs)):
        parts.append(f'<line x1="{px(x):.1f}" y1="{top}" x2="{px(x):.1f}" y2="{h - bottom}" stroke="#e5e5e5"/>')
        parts.append(f'<text x="{px(x):.1f}" y="{h - bottom + 16}" text-anchor="middle">{x:,}</text>')
    parts.append(f'<text x="{(left + w - right) / 2}" y="{h - 12}" text-anchor="middle">records</text>')
    for i, (cmd, pts) in enumerate(series.items()):
        color = COLORS.get(cmd, "#000000")
        dash = ' stroke-dasharray="5,4"' if cmd == "parse" else ""
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        for x, y in pts:
            parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
        ly = top + 10 + i * 18
        parts.append(f'<line x1="{w - right + 12}" y1="{ly}" x2="{w - right + 32}" y2="{ly}" stroke="{color}" stroke-width="2"{dash}/>')
        parts.append(f'<text x="{w - right + 36}" y="{ly + 4}">{LABELS.get(cmd, cmd)}</text>')
    parts.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    series = load(sys.argv[1])
    try:
        with_matplotlib(series, sys.argv[2])
        how = "matplotlib"
    except ImportError:
        by_hand(series, sys.argv[2])
        how = "hand-written SVG"
    print(f"bench/plot.py: wrote {sys.argv[2]} ({how})", file=sys.stderr)


if __name__ == "__main__":
    main()
