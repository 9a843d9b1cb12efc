"""Plain records passed between stages. Imports no stage."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Document:
    id: str
    text: str
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Token:
    surface: str
    norm: str
    key: str
    start: int  # character offsets into Document.text
    end: int
    clitics: str = ""  # proclitic letters stripped to reach `key`


@dataclass(slots=True)
class Sentence:
    index: int  # position in the document
    story: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    index: int
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    code: str  # CAMEO-style, e.g. LBYGOV
    country: str | None = None  # ISO-3 or IGO-style code
    sector: str | None = None  # PLOVER sector
    name: str | None = None  # canonical name when known
    text: str = ""  # the words in the sentence
    span: Span | None = None  # character span in the document
    rule: str = ""  # how the code was composed


@dataclass(slots=True)
class Mention:
    start: int  # first token index in the sentence
    end: int  # one past the last token
    span: Span
    text: str
    kind: str  # PER ORG LOC NAT TITLE AGENT PRON ...
    actor: Actor | None = None
    sentence: int = 0  # Sentence.index


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"  # city / region / country
    text: str = ""
    span: Span | None = None


@dataclass(slots=True)
class Evidence:
    sentence: str
    verb_span: Span
    source_span: Span | None
    target_span: Span | None
    rule: str
    confidence: float
    verb_text: str = ""


@dataclass(slots=True)
class Event:
    event_id: str
    doc_id: str
    story: int
    sentence: int
    date: str | None
    date_precision: str
    date_text: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    quad_class: int
    goldstein: float | None
    modality: str
    location: Location | None
    evidence: Evidence
    mentions: int = 1
    sources: int = 1
    articles: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_id(doc_id: str, sentence: int, rule: str, source: str, target: str, cameo: str) -> str:
    """Stable id of (doc, sentence, pattern, source, target)."""
    raw = "\x1f".join((doc_id, str(sentence), rule, source, target, cameo))
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=10).hexdigest()


@dataclass(slots=True)
class Coded:
    """Everything the pipeline produced for one document (what the store keeps)."""

    document: Document
    stories: list[Story]
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]
