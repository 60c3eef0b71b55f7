"""Reference model of designs/rtl/crc32: bitwise CRC-32 (zlib's polynomial) over the first ``len`` bytes of
``msg`` (16 little-endian 32-bit words)."""

from __future__ import annotations

import random

MSG_WORDS = 16
POLYNOMIAL = 0xEDB8_8320


def message_bytes(words: list[int], length: int) -> bytes:
    """The first ``length`` bytes of ``words`` laid out little-endian, as the RTL reads them."""
    return b"".join(word.to_bytes(4, "little") for word in words)[:length]


def crc32(data: bytes) -> int:
    """CRC-32 one bit at a time, exactly the loop of the C source in crc32.v."""
    crc = 0xFFFF_FFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (POLYNOMIAL if crc & 1 else 0)
    return crc ^ 0xFFFF_FFFF


def run(
    inputs: dict[str, int], memories: dict[str, list[int]]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One call of the design: (len, msg) -> ap_return."""
    return {"ap_return": crc32(message_bytes(memories["msg"], inputs["len"]))}, {"msg": memories["msg"]}


def random_case(rng: random.Random) -> tuple[dict[str, int], dict[str, list[int]]]:
    """A random message and a random length from 0 to 64 bytes (short lengths more often)."""
    words = [rng.getrandbits(32) for _ in range(MSG_WORDS)]
    length = rng.choice((0, 1, 3, 4, 5)) if rng.random() < 0.2 else rng.randrange(0, 4 * MSG_WORDS + 1)
    return {"len": length}, {"msg": words}
