"""Known answers of the SHA-3 submissions (tests/data/sha3_kat/, see its PROVENANCE.md): (Len, message,
MD)."""

from __future__ import annotations

from pathlib import Path

KAT_DIR = Path(__file__).resolve().parents[1] / "data" / "sha3_kat"


def load_kat(name: str) -> list[tuple[int, bytes, bytes]]:
    """The vectors of ``KAT_DIR/name``: bit length, message (Len // 8 bytes), digest."""
    vectors = []
    fields: dict[str, str] = {}
    for line in (KAT_DIR / name).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        fields[key] = value
        if key == "MD":
            length = int(fields["Len"])
            vectors.append((length, bytes.fromhex(fields["Msg"])[: length // 8], bytes.fromhex(value)))
            fields = {}
    return vectors
