"""Tokenisation with clitic analysis: Token(surface, norm, key, span, clitics)."""

from __future__ import annotations

import re
from collections.abc import Container

from ..model import Token
from .normalize import FUNCTION_WORDS, _strip_suffix, analyses, key, normalize

# A word: Arabic letters with their diacritics/tatweel, or a Latin/digit run (with
# decimal separators).  Everything else that is not space is a one-char token.
_TOKEN = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff][\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640\u200c\u200d]*"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,/:][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?"
    r"|\S"
)
# The same, with the whitespace before each token as a first group: every non-space character starts a
# token, so the gaps finditer would skip are exactly these runs, and findall's plain strings give the
# offsets without a match object per token (tokenize is one of the hottest loops).
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


class Tokenizer:
    """Keys tokens against a vocabulary (the lexicon's keys); caches per normalised form."""

    def __init__(self, vocab: Container[str] | None = None, nouns: Container[str] | None = None) -> None:
        self.vocab = vocab
        self.nouns = nouns  # see normalize.key: group nouns that may carry the accusative -ا
        self._cache: dict[str, tuple[str, str, str]] = {}

    def analyse(self, surface: str) -> tuple[str, str, str]:
        """(norm, key, clitics) of one surface word."""
        hit = self._cache.get(surface)
        if hit is not None:
            return hit
        norm = normalize(surface)
        k = key(norm, self.vocab, normalized=True, nouns=self.nouns)
        clitics = ""
        if k != norm and norm not in FUNCTION_WORDS:
            for pro, stem in analyses(norm):
                if stem == k or _strip_suffix(stem) == k:
                    clitics = pro
                    break
        out = (norm, k, clitics)
        if len(self._cache) < 500_000:
            self._cache[surface] = out
        return out

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        cache = self._cache
        toks = []
        end = offset
        for space, s in _SPACED_TOKEN.findall(text):
            start = end + len(space)
            end = start + len(s)
            norm, k, cl = cache.get(s) or self.analyse(s)
            if norm:  # else a lone diacritic or format character
                toks.append(Token(s, norm, k, start, end, cl))
        return toks
