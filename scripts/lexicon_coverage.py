"""How much of the UniversalPetrarch dictionaries matches real news, naive vs match key.

The UP entries are UDPipe lemmas (clitics and article stripped, adjectives in the
masculine lemma).  This measures the share of UP verb patterns and of UP actor
entries that match at least once in the ANT corpus:
  naive      entry words compared verbatim with the text's space-separated tokens
  match key  both sides through marsad.text.normalize.key (verbs via generated forms)

Usage: python scripts/lexicon_coverage.py [--shared ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from marsad.lexicon.build import _UP_BLOCK, _UP_PATTERN, verb_forms
from marsad.text.normalize import key, normalize, phrase_key
from marsad.text.tokenize import Tokenizer

_WORD = re.compile(r"[\u0600-\u06ff]+")


def up_actor_phrases(path: Path) -> list[str]:
    heads = []
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or (raw[0] in " \t" and line.strip().startswith("[")):
            continue
        m = re.match(r"^\s*(\S.*?)\s*(\[[^\]]*\])?\s*$", line)
        if m:
            heads.append(m.group(1).strip("_ ").replace("_", " "))
    return heads


def up_verb_patterns(path: Path) -> list[tuple[list[str], list[str]]]:
    """(verb lemmas of the block, raw content words of the pattern) per pattern line."""
    out = []
    syns: list[str] = []
    in_verbs = False
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        if s.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not s:
            continue
        if _UP_BLOCK.match(s):
            syns = []
            continue
        if s.startswith("-"):
            pm = _UP_PATTERN.match(s)
            if pm:
                body = pm.group(1).replace("*", " ")
                words = [w for w in re.findall(r"[\u0600-\u06ff]+", re.sub(r"&\w+", " ", body))]
                out.append((list(syns), words))
            continue
        m = re.match(r"^(\S+)", s)
        if m and not s.startswith("#"):
            syns.append(m.group(1).split("+")[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared/data")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    shared = Path(args.shared)
    up = shared / "up-arabic-dictionaries"
    actors = up_actor_phrases(up / "actor_dict_ar_v4.txt")
    patterns = up_verb_patterns(up / "CAMEO.ar.0.5.txt")

    from marsad.lexicon import load

    tok = Tokenizer(load().vocab)
    raw_sents: list[list[str]] = []
    key_sents: list[list[str]] = []
    for n, line in enumerate(open(shared / "corpus" / "ant-jawharafm.jsonl", encoding="utf-8")):
        if args.limit and n >= args.limit:
            break
        text = json.loads(line).get("text") or ""
        for sent in re.split(r"[.!?؟\n]+", text):
            words = _WORD.findall(sent)
            if words:
                raw_sents.append(words)
                key_sents.append([t.key for t in tok.tokenize(sent) if _WORD.fullmatch(t.surface)])

    def ngram_sets(sents: list[list[str]], max_n: int) -> set[tuple[str, ...]]:
        grams: set[tuple[str, ...]] = set()
        for s in sents:
            for i in range(len(s)):
                for L in range(1, max_n + 1):
                    if i + L <= len(s):
                        grams.add(tuple(s[i : i + L]))
        return grams

    max_n = 6
    raw_grams = ngram_sets(raw_sents, max_n)
    key_grams = ngram_sets(key_sents, max_n)
    a_naive = sum(1 for a in actors if tuple(a.split()) in raw_grams)
    a_key = sum(1 for a in actors if phrase_key(a) in key_grams)

    def postings(sents: list[set[str]]) -> dict[str, set[int]]:
        idx: dict[str, set[int]] = {}
        for i, words in enumerate(sents):
            for w in words:
                idx.setdefault(w, set()).add(i)
        return idx

    raw_sets = [set(s) for s in raw_sents]
    key_sets = [set(s) for s in key_sents]
    norm_idx = postings([{normalize(w) for w in s} for s in raw_sents])
    raw_idx = postings(raw_sets)
    v_naive = v_key = 0
    for syns, words in patterns:
        cand = set().union(*(raw_idx.get(x, set()) for x in syns)) if syns else set()
        if any(all(w in raw_sets[i] for w in words) for i in cand):
            v_naive += 1
        forms: set[str] = set()
        for lemma in syns:
            forms |= verb_forms(lemma)
        forms |= {"و" + f for f in forms} | {"ف" + f for f in forms}
        wkeys = [key(w) for w in words]
        cand = set().union(*(norm_idx.get(f, set()) for f in forms)) if forms else set()
        if any(all(k in key_sets[i] for k in wkeys) for i in cand):
            v_key += 1
    print(f"sentences: {len(raw_sents)}")
    print(
        f"UP actor entries: {len(actors)}  naive {a_naive} ({a_naive / len(actors):.1%})  key {a_key} ({a_key / len(actors):.1%})"
    )
    print(
        f"UP verb patterns: {len(patterns)}  naive {v_naive} ({v_naive / len(patterns):.1%})  "
        f"key {v_key} ({v_key / len(patterns):.1%})"
    )


if __name__ == "__main__":
    main()
