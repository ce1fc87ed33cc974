"""The evaluation drawn: one self-contained HTML page (inline SVG, no script, no CDN).

Reliability diagrams (predicted against observed over rate, a dot per bucket sized by
its games, the diagonal and a band of 3 points either side) at the book lines for the
model, the market and the blend, and at the season-average lines for the model; the MAE
of the model and the averages week by week over the season; at the book lines, the MAE
of the model, the blend and the line per date and the cumulative profit of the picks.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SIZE = 260
PAD = 36
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#7f7f7f")
BAND = 0.03


def _esc(text: object) -> str:
    return html.escape(str(text))


def _frame(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<figure><svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(title)}">'
        f'<rect width="{width}" height="{height}" fill="white"/>{"".join(body)}</svg>'
        f"<figcaption>{_esc(title)}</figcaption></figure>"
    )


def reliability_svg(title: str, series: dict[str, Sequence[dict[str, Any]]]) -> str:
    """Predicted (x) against observed (y) over rate, one colour per method."""
    inner = SIZE - 2 * PAD

    def x(v: float) -> float:
        return PAD + v * inner

    def y(v: float) -> float:
        return SIZE - PAD - v * inner

    band = (
        f"{x(0):.1f},{y(BAND):.1f} {x(1 - BAND):.1f},{y(1):.1f} {x(1):.1f},{y(1):.1f} "
        f"{x(1):.1f},{y(1 - BAND):.1f} {x(BAND):.1f},{y(0):.1f} {x(0):.1f},{y(0):.1f}"
    )
    body = [
        f'<polygon points="{band}" fill="#eeeeee"/>',
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#999" '
        'stroke-dasharray="4 3"/>',
        f'<rect x="{PAD}" y="{PAD}" width="{inner}" height="{inner}" fill="none" stroke="#333"/>',
    ]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        body.append(
            f'<text x="{x(tick):.1f}" y="{SIZE - PAD + 14}" font-size="10" '
            f'text-anchor="middle">{tick:g}</text>'
            f'<text x="{PAD - 4}" y="{y(tick) + 3:.1f}" font-size="10" '
            f'text-anchor="end">{tick:g}</text>'
        )
    body.append(
        f'<text x="{SIZE / 2}" y="{SIZE - 4}" font-size="10" text-anchor="middle">predicted'
        f'</text><text x="10" y="{SIZE / 2}" font-size="10" text-anchor="middle" '
        f'transform="rotate(-90 10 {SIZE / 2})">observed</text>'
    )
    biggest = max((r["n"] for rows in series.values() for r in rows), default=1)
    for k, (name, rows) in enumerate(series.items()):
        colour = COLOURS[k % len(COLOURS)]
        points = [(x(r["mean_pred"]), y(r["observed"]), r) for r in rows]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in points)
            body.append(f'<polyline points="{path}" fill="none" stroke="{colour}"/>')
        for px, py, r in points:
            radius = 2 + 6 * (r["n"] / biggest) ** 0.5
            body.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{radius:.1f}" fill="{colour}" '
                f'fill-opacity="0.6"><title>{_esc(name)} {r["bucket"]}: {r["n"]} games, '
                f"predicted {r['mean_pred']:.3f}, observed {r['observed']:.3f}</title></circle>"
            )
        body.append(
            f'<text x="{PAD + 6}" y="{PAD + 14 + 13 * k}" font-size="11" fill="{colour}">'
            f"{_esc(name)}</text>"
        )
    return _frame(SIZE, SIZE, title, body)


def lines_svg(
    title: str, labels: Sequence[str], series: dict[str, Sequence[float]], *, zero: bool = False
) -> str:
    """Values over time (labels on x), one polyline per series."""
    width, height = 640, 260
    values = [v for s in series.values() for v in s if v is not None]
    if not labels or not values:
        return _frame(width, height, title, ['<text x="20" y="30">no data</text>'])
    low, high = min(values), max(values)
    if zero:
        low, high = min(low, 0.0), max(high, 0.0)
    span = (high - low) or 1.0
    low, high = low - 0.05 * span, high + 0.05 * span

    def x(i: int) -> float:
        return PAD + 10 + i * (width - 2 * PAD - 20) / max(len(labels) - 1, 1)

    def y(v: float) -> float:
        return height - PAD - (v - low) / (high - low) * (height - 2 * PAD)

    body = [
        f'<rect x="{PAD}" y="{PAD}" width="{width - 2 * PAD}" height="{height - 2 * PAD}" '
        'fill="none" stroke="#333"/>'
    ]
    for tick in (low, (low + high) / 2, high):
        body.append(
            f'<text x="{PAD - 4}" y="{y(tick) + 3:.1f}" font-size="10" text-anchor="end">'
            f"{tick:.2f}</text>"
        )
    if zero and low < 0 < high:
        body.append(
            f'<line x1="{PAD}" y1="{y(0):.1f}" x2="{width - PAD}" y2="{y(0):.1f}" stroke="#999"/>'
        )
    step = max(1, len(labels) // 8)
    for i in range(0, len(labels), step):
        body.append(
            f'<text x="{x(i):.1f}" y="{height - PAD + 14}" font-size="10" '
            f'text-anchor="middle">{_esc(labels[i])}</text>'
        )
    for k, (name, vals) in enumerate(series.items()):
        colour = COLOURS[k % len(COLOURS)]
        path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(vals) if v is not None)
        body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        body.append(
            f'<text x="{width - PAD - 4}" y="{PAD + 14 + 13 * k}" font-size="11" '
            f'text-anchor="end" fill="{colour}">{_esc(name)}</text>'
        )
    return _frame(width, height, title, body)


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = "".join(f"<th>{_esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1%}"


def render(report: dict[str, Any]) -> str:
    """The HTML page of an evaluation report (the dict of :func:`.evaluate.evaluate`)."""
    parts = [
        f"<h1>Points model {_esc(report['model'])} on {_esc(', '.join(report['test_seasons']))}"
        "</h1>",
        f"<p>Trained on {_esc(', '.join(report.get('train_seasons') or []))}; "
        f"{report['rows']} games ({_esc(report['rows_rule'])}).</p>",
    ]
    best = report["best_baseline"]
    parts.append(
        _table(
            ["games", "rows", "model MAE", *report["baselines"], "vs best"],
            [
                [
                    name,
                    block["rows"],
                    f"{block['mae']:.3f}",
                    *(f"{b['mae']:.3f}" for b in block["baselines"].values()),
                    f"{-block['mae_improvement_pct']:+.1f}%",
                ]
                for name, block in (
                    ("all", report),
                    ("regulars", report["regulars"]),
                    *((("book lines", report["book"]),) if "book" in report else ()),
                )
            ],
        )
    )
    figures = [
        reliability_svg(
            "P(over) at the season-average line (model), every game",
            {"model": report["season_average_line"]["calibration"]},
        )
    ]
    market = report.get("market") or {}
    if market.get("rows"):
        figures.insert(
            0,
            reliability_svg(
                f"P(over) at the book line, {market['rows']} games "
                f"{market['dates'][0]}..{market['dates'][1]}",
                market["reliability"],
            ),
        )
    parts.append('<div class="row">' + "".join(figures) + "</div>")
    weeks = report.get("by_week", [])
    if weeks:
        parts.append(
            lines_svg(
                "MAE week by week, every game",
                [w["week"][5:] for w in weeks],
                {
                    "model": [w["mae_model"] for w in weeks],
                    **{n: [w[f"mae_{n}"] for w in weeks] for n in report["baselines"]},
                },
            )
        )
    if market.get("rows"):
        days = market["by_date"]
        labels = [d["date"][5:] for d in days]
        parts.append(
            lines_svg(
                "MAE per date at the book lines",
                labels,
                {
                    "model": [d["mae_model"] for d in days],
                    "blend": [d["mae_blend"] for d in days],
                    "book line": [d["mae_book_line"] for d in days],
                },
            )
        )
        running, total = [], 0.0
        for d in days:
            total += d["profit"]
            running.append(total)
        parts.append(
            lines_svg(
                f"cumulative profit (units) of the picks with EV above "
                f"{market['default_threshold']:g}",
                labels,
                {"profit": running},
                zero=True,
            )
        )
        parts.append("<h2>At the book lines, the same games for every method</h2>")
        parts.append(
            _table(
                ["P(over)", "games", "Brier", "log loss"],
                [
                    [n, s["rows"], f"{s['brier']:.4f}", f"{s['log_loss']:.4f}"]
                    for n, s in market["p_over"].items()
                ],
            )
        )
        parts.append(
            _table(
                ["point forecast", "MAE", "RMSE"],
                [
                    [n, f"{s['mae']:.3f}", f"{s['rmse']:.3f}"]
                    for n, s in market["point_forecasts"].items()
                ],
            )
        )
        parts.append(
            _table(
                ["picks: EV above", "picks", "hit rate", "ROI", "95% interval"],
                [
                    [
                        t,
                        b["picks"],
                        "-" if b["hit_rate"] is None else f"{b['hit_rate']:.1%}",
                        _pct(b["roi"]),
                        f"{_pct(b['roi_ci95'][0])}..{_pct(b['roi_ci95'][1])}",
                    ]
                    for t, b in market["picks"].items()
                ],
            )
        )
    style = (
        "body{font-family:sans-serif;margin:2em;max-width:1100px}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
        "padding:3px 8px;text-align:right}figure{display:inline-block;margin:0 1em 1em 0}"
        "figcaption{font-size:12px;max-width:640px}"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Evaluation of {_esc(report['model'])}</title><style>{style}</style></head>"
        f"<body>{''.join(parts)}<p>Best average: {_esc(best)}.</p></body></html>\n"
    )


def write_report(report: dict[str, Any], path: str | Path) -> str:
    """Write the page; returns its path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(report), encoding="utf-8")
    return str(target)
