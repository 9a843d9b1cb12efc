"""Builds JSONL corpora of short, real Arabic news items for the store tests (no shared data needed).

Sentences come from examples/libya-russia-iran.ar.txt; names, dates, outlets and a closing figure vary
so that every document has its own text (and content hash)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"
OUTLETS = ("بوابة الوسط", "ليبيا الأحرار", "وكالة الأنباء الليبية")
NAMES = ("عبد الله اللافي", "موسى الكوني", "محمد المنفي", "عبد الحميد الدبيبة", "خالد المشري")


def example_lines() -> list[str]:
    return [line.strip() for line in EXAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_corpus(path: Path, n: int, start: date = date(2025, 1, 1)) -> Path:
    lines = example_lines()
    # Story openings (sentences 0, 6, 10) followed by one follow-up sentence of the same story.
    pairs = [(0, 1), (0, 3), (6, 7), (6, 9), (10, 11), (0, 4)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = pairs[i % len(pairs)]
            name = NAMES[(i // len(pairs)) % len(NAMES)]
            text = "\n".join(
                (
                    lines[a].replace("عبد الله اللافي", name),
                    lines[b],
                    f"وذكرت المصادر أن عدد المشاركين في الاجتماع رقم {i + 1} بلغ {20 + i % 37} شخصا.",
                )
            )
            row = {
                "id": f"doc-{i:05d}",
                "date": (start + timedelta(days=(i * 7) % 120)).isoformat(),
                "source": OUTLETS[i % len(OUTLETS)],
                "text": text,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
