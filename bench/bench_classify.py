"""Speed of the sentence classifiers (marsad.classify), batch mode, one process.

    .venv/bin/python bench/bench_classify.py [--n 5000]

Sentences are synthetic news-like Arabic (built from word lists below), so the bench needs no shared data.
Prints sentences/s for featurising alone and for each model (warm: models loaded before timing).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.classify import SentenceClassifier, featurize, load_model  # noqa: E402

WORDS = (
    "قال أكد أعلن مصدر أمني الشرطة الجيش الحكومة وزير الخارجية الرئيس مسلحون هجوم انفجار سيارة مفخخة قتل أصيب "
    "جنود مدنيين تظاهر آلاف المحتجين أمام البرلمان احتجاجا على قرار رفع الأسعار استقبل بحث التعاون بين البلدين "
    "في العاصمة أمس اليوم شمال جنوب مدينة بغداد طرابلس القاهرة دمشق بيروت الأمم المتحدة مجلس الأمن دعا إلى وقف "
    "إطلاق النار المفاوضات اتفاق السلام"
).split()


def sentences(n: int, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(15, 40))) + "." for _ in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()
    texts = sentences(args.n)
    clf = SentenceClassifier()
    for name in ("quad", "relevance", "assault", "protest"):
        load_model(name)
    clf.quad_proba(texts[:100])
    cfg = load_model("assault").cfg
    for label, fn in [
        ("featurize", lambda: featurize(texts, cfg)),
        ("assault_proba", lambda: clf.assault_proba(texts)),
        ("quad_proba", lambda: clf.quad_proba(texts)),
        ("all_proba (4)", lambda: clf.all_proba(texts)),
    ]:
        best = min(_time(fn) for _ in range(3))
        print(f"{label:14} {len(texts) / best:10,.0f} sentences/s  ({best:.3f} s for {len(texts)})")
    return 0


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
