"""Load the compiled lexicon once per process (lazily, from package data)."""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass, field
from importlib import resources

from ..errors import LexiconError

# Phrase kinds, in the order they win when two phrases cover the same words.
KINDS = ("actor", "agent", "country", "nationality")


@dataclass
class PhraseHit:
    start: int
    end: int  # token indices, end exclusive
    kind: str  # actor / agent / country / nationality
    value: object


@dataclass
class Lexicon:
    countries: dict[str, str]
    nationalities: dict[str, str]
    agents: dict[str, list]
    actors: dict[str, list]
    verbs: dict[str, list[int]]
    verb_entries: list[dict]
    cameo: dict[str, list]
    stats: dict
    sources: str
    vocab: frozenset[str] = field(default=frozenset())
    nouns: frozenset[str] = field(default=frozenset())  # one-word group nouns and nationality adjectives
    # first key → [(keys tuple, kind, value)], longest first
    index: dict[str, list[tuple[tuple[str, ...], str, object]]] = field(default_factory=dict)
    max_len: int = 1
    # `index` regrouped for `phrases`: first key → [(length, {keys tuple: (kind, value)})], longest first, each
    # tuple keeping the entry that sorts first in `index`.  One dict probe per length instead of one tuple
    # comparison per entry (رييس alone starts 278 phrases).
    by_length: dict[str, list[tuple[int, dict[tuple[str, ...], tuple[str, object]]]]] = field(default_factory=dict)

    @classmethod
    def from_payload(cls, p: dict) -> Lexicon:
        lex = cls(
            countries=p["countries"],
            nationalities=p["nationalities"],
            agents=p["agents"],
            actors=p["actors"],
            verbs=p["verbs"],
            verb_entries=p["verb_entries"],
            cameo=p["cameo"],
            stats=p.get("stats", {}),
            sources=p.get("sources", ""),
        )
        vocab: set[str] = set(lex.verbs)
        # literal forms ("=اعتقال") are looked up by key: their words must be known to the key function too,
        # or "باعتقال" / "لاعتقال" keep their proclitic and never match
        vocab.update(w for k in lex.verbs if k[:1] == "=" for w in k[1:].split())
        index: dict[str, list] = {}
        for kind, table in (
            ("actor", lex.actors),
            ("agent", lex.agents),
            ("country", lex.countries),
            ("nationality", lex.nationalities),
        ):
            for phrase, value in table.items():
                keys = tuple(phrase.split())
                if not keys:
                    continue
                vocab.update(keys)
                index.setdefault(keys[0], []).append((keys, kind, value))
        for lst in index.values():
            lst.sort(key=lambda e: (-len(e[0]), KINDS.index(e[1])))
        lex.vocab = frozenset(vocab)
        lex.nouns = frozenset(k for table in (lex.agents, lex.nationalities) for k in table if " " not in k)
        lex.index = index
        for first, lst in index.items():
            groups: dict[int, dict[tuple[str, ...], tuple[str, object]]] = {}
            for ks, kind, value in lst:  # longest first, then by KINDS: setdefault keeps the winner
                groups.setdefault(len(ks), {}).setdefault(ks, (kind, value))
            lex.by_length[first] = list(groups.items())
        lex.max_len = max((len(e[0]) for lst in index.values() for e in lst), default=1)
        return lex

    def phrases(self, keys: list[str], max_len: int | None = None) -> list[PhraseHit]:
        """Greedy longest-match of lexicon phrases over a sentence's token keys (of at most `max_len` words)."""
        hits: list[PhraseHit] = []
        i, n = 0, len(keys)
        by_length = self.by_length
        longest = max_len or n
        while i < n:
            groups = by_length.get(keys[i])
            if groups:
                for L, table in groups:
                    if i + L <= n and L <= longest:
                        hit = table.get(tuple(keys[i : i + L]))
                        if hit is not None:
                            hits.append(PhraseHit(i, i + L, hit[0], hit[1]))
                            i += L
                            break
                else:
                    i += 1
            else:
                i += 1
        return hits

    def cameo_info(self, code: str) -> tuple[str | None, str | None, str | None, float | None]:
        """(plover, mode, context, goldstein) for a CAMEO code, falling back to its parents."""
        for c in (code, code[:3], code[:2] + "0"):
            info = self.cameo.get(c)
            if info:
                plover, mode, ctx, g = info[0], info[1], info[2], info[3]
                if g is None:
                    g = (self.cameo.get(code[:3]) or [None] * 4)[3]
                return plover, mode, ctx, g
        return None, None, None, None


@functools.cache
def load() -> Lexicon:
    try:
        raw = resources.files("marsad.lexicon").joinpath("data/lexicon.json.gz").read_bytes()
    except FileNotFoundError as err:
        raise LexiconError("compiled lexicon missing: run `marsad lexicon build --shared PATH/TO/shared/data`") from err
    payload = json.loads(gzip.decompress(raw))
    return Lexicon.from_payload(payload)
