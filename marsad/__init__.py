"""marsad (مرصد): Arabic news in, political event data out.

    import marsad
    events = marsad.code("استقبل الرئيس التونسي …", date="2025-04-28")

Nothing is loaded at import time; lexicons and models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Document, Event

__all__ = ["Document", "Event", "Pipeline", "code", "open", "__version__"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import Pipeline


def code(text: str, date: str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one Arabic text into events (the document date resolves relative dates)."""
    from .pipeline import code as _code

    return _code(text, date=date, doc_id=doc_id)


def open(path: str, read_only: bool = False) -> Any:  # noqa: A001 - the public name DESIGN asks for
    """Open (or create) a DuckDB event store: `marsad.open("events.duckdb").events(actor="LBY")`."""
    from .store import open as _open

    return _open(path, read_only=read_only)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
