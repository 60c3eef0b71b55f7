"""Build firmware apps for tests, once per content, into a cache outside the working tree; reference results.

``build_app("crc", "-O2")`` compiles ``designs/firmware/apps/crc.c`` (or
``designs/firmware/selftest/<name>.c``) with :func:`msp430emu.toolchain.sdk.build` and returns the ELF
path. The
cache directory lives in the system temp directory and each ELF is keyed by a hash of every SDK source,
the app source and the build options, so a changed source never reuses a stale binary. ``sdk.build``
writes atomically (temp file + rename), so pytest-xdist workers building the same app at once are safe.
Override the location with ``MSP430EMU_TEST_FIRMWARE_CACHE``.

``expected(name)`` gives the app's exit code and result globals computed independently in Python.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from msp430emu.toolchain import sdk

SELFTEST_DIR = sdk.FIRMWARE_DIR / "selftest"


def cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / f"msp430emu-test-firmware-{os.getuid()}"
    path = Path(os.environ.get("MSP430EMU_TEST_FIRMWARE_CACHE", default))
    path.mkdir(parents=True, exist_ok=True)
    return path


def app_path(name: str) -> Path:
    for folder in (sdk.APPS_DIR, SELFTEST_DIR):
        candidate = folder / f"{name}.c"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no app {name!r} in {sdk.APPS_DIR} or {SELFTEST_DIR}")


def _sdk_fingerprint() -> bytes:
    h = hashlib.sha256()
    for folder in (sdk.RUNTIME_DIR, sdk.INCLUDE_DIR):
        for f in sorted(folder.iterdir()):
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    h.update(Path(sdk.__file__).read_bytes())
    return h.digest()


def build_app(name: str, opt: str = "-O2", extra_cflags: Iterable[str] = (),
              hwmult: str | None = None) -> Path:
    """Path of ``name`` built with ``opt`` (cached by content)."""
    source = app_path(name)
    flags = tuple(extra_cflags)
    h = hashlib.sha256(_sdk_fingerprint())
    h.update(source.read_bytes())
    h.update(repr((opt, flags, hwmult)).encode())
    out = cache_dir() / f"{name}{opt}-{h.hexdigest()[:16]}.elf"
    if not out.is_file():
        sdk.build([source], out, opt=opt, extra_cflags=flags, hwmult=hwmult)
    return out


# ---- reference results, computed independently in Python ------------------------------------------------
# Each function mirrors the specification in the app's header comment (not its code) and returns the
# exit code (R12 at `exit`) and the expected bytes of result globals, by symbol name.

M16, M32, M64 = 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF


@dataclass(frozen=True)
class Expected:
    exit_code: int
    memory: dict[str, bytes]


def _u16(*values: int) -> bytes:
    return b"".join(struct.pack("<H", v & M16) for v in values)


def _u32(*values: int) -> bytes:
    return b"".join(struct.pack("<I", v & M32) for v in values)


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _crc16_ccitt(crc: int, data: Iterable[int]) -> int:
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & M16 if crc & 0x8000 else (crc << 1) & M16
    return crc


def expected_crc(iterations: int = 8) -> Expected:
    x, buf = 1, []
    for _ in range(512):
        x = (25173 * x + 13849) & M16
        buf.append(x >> 8)
    crc = 0xFFFF
    for _ in range(iterations):
        crc = _crc16_ccitt(crc, buf)
    check = _crc16_ccitt(0xFFFF, b"123456789")
    return Expected(crc ^ check, {"crc_result": _u16(crc), "crc_check": _u16(check)})


def expected_sense(windows: int = 24) -> Expected:
    s, table = 42, []
    for i in range(256):
        s = (1103515245 * s + 12345) & M32
        table.append(1024 + ((13 * i) & 0x7FF) + ((s >> 16) & 0x1FF))
    index, digest = 0, 0
    for _ in range(windows):
        xs = []
        for _ in range(64):
            xs.append(table[index % 256])
            index = (index + 7) & M16
        total, squares = sum(xs), sum(v * v for v in xs)
        lo, hi, mean = min(xs), max(xs), total // 64
        sd = math.isqrt((64 * squares - total * total) // 4096)
        digest = (digest * 31 + lo + hi + mean + sd) & M16
    return Expected(digest, {"sense_min": _u16(lo), "sense_max": _u16(hi), "sense_mean": _u16(mean),
                             "sense_stddev": _u16(sd), "sense_digest": _u16(digest)})


def expected_rsa(messages: int = 3) -> Expected:
    p, q, e = 65521, 65519, 65537
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    ciphers = [pow((0x1234567 * (i + 1) + i) % n, e, n) for i in range(messages)]
    digest = 0
    for c in ciphers:
        digest ^= (c & M16) ^ (c >> 16)
    return Expected(digest ^ messages, {"rsa_d": _u32(d), "rsa_cipher": _u32(*ciphers),
                                        "rsa_ok": _u16(messages), "rsa_digest": _u16(digest)})


def expected_bc(count: int = 600) -> Expected:
    x, total = 1, 0
    for _ in range(count):
        x = (1664525 * x + 1013904223) & M32
        total += bin(x).count("1")
    return Expected((total & M16) ^ 1, {"bc_total": _u32(*[total] * 5), "bc_agree": _u16(1)})


def expected_ar(train: int = 6, test: int = 24, window: int = 16) -> Expected:
    state = {"rng": 7, "t": 0}

    def step() -> int:
        state["rng"] = (1664525 * state["rng"] + 1013904223) & M32
        return state["rng"]

    def noise() -> int:
        return ((step() >> 24) & 31) - 16

    def tri(t: int) -> int:
        return abs(((4 * t) & 127) - 64) - 32

    def features(moving: bool) -> tuple[int, int]:
        mags = []
        for _ in range(window):
            t = state["t"]
            if moving:
                x = 2 * tri(t) + noise()
                y = _trunc_div(tri(t + 5), 2) + noise()
                z = 64 + _trunc_div(tri(t + 11), 2) + noise()
            else:
                x, y, z = noise(), noise(), 64 + noise()
            state["t"] = (t + 1) & M16
            mags.append(math.isqrt(x * x + y * y + z * z))
        mean = sum(mags) // window
        return mean, sum(abs(m - mean) for m in mags) // window

    centroid = []
    for cls in (False, True):
        feats = [features(cls) for _ in range(train)]
        centroid += [sum(f[0] for f in feats) // train, sum(f[1] for f in feats) // train]
    count, correct = [0, 0], 0
    for _ in range(test):
        truth = step() >> 31
        mean, dev = features(bool(truth))
        d_still = (mean - centroid[0]) ** 2 + (dev - centroid[1]) ** 2
        d_moving = (mean - centroid[2]) ** 2 + (dev - centroid[3]) ** 2
        predicted = int(d_moving < d_still)
        count[predicted] += 1
        correct += predicted == truth
    return Expected(correct ^ (count[1] << 8), {"ar_centroid": _u16(*centroid), "ar_count": _u16(*count),
                                                "ar_correct": _u16(correct)})


def _hash16(k: int) -> int:
    h = (k * 0x9E37 + 0x7F4A) & M16
    h ^= h >> 7
    h = (h * 0x5BD1) & M16
    return h ^ (h >> 9)


def expected_cf(inserts: int = 240, buckets: int = 64, slots: int = 4, max_kicks: int = 32) -> Expected:
    table = [[0] * slots for _ in range(buckets)]
    rng = 1

    def locate(key: int) -> tuple[int, int, int]:
        h = _hash16(key)
        fp = (h >> 8) or 1
        i1 = h % buckets
        return fp, i1, (i1 ^ _hash16(fp)) % buckets

    def put(i: int, fp: int) -> bool:
        for s in range(slots):
            if table[i][s] == 0:
                table[i][s] = fp
                return True
        return False

    def insert(key: int) -> bool:
        nonlocal rng
        fp, i1, i2 = locate(key)
        if put(i1, fp) or put(i2, fp):
            return True
        i = i1
        for _ in range(max_kicks):
            rng = (75 * rng + 74) % 65537
            s = rng % slots
            table[i][s], fp = fp, table[i][s]
            i = (i ^ _hash16(fp)) % buckets
            if put(i, fp):
                return True
        return False

    def contains(key: int) -> bool:
        fp, i1, i2 = locate(key)
        return fp in table[i1] or fp in table[i2]

    inserted = sum(insert(3 * i + 1) for i in range(inserts))
    failed = inserts - inserted
    found = sum(contains(3 * i + 1) for i in range(inserts))
    false_pos = sum(contains(3 * i + 2) for i in range(inserts))
    return Expected(found ^ (false_pos << 8) ^ failed,
                    {"cf_inserted": _u16(inserted), "cf_failed": _u16(failed), "cf_found": _u16(found),
                     "cf_false_pos": _u16(false_pos)})


def _gf_mul(a: int, b: int) -> int:
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = ((a << 1) ^ 0x11B) if a & 0x80 else a << 1
        b >>= 1
    return p


def _aes_sbox() -> list[int]:
    inverse = [0] + [next(y for y in range(1, 256) if _gf_mul(x, y) == 1) for x in range(1, 256)]
    sbox = []
    for x in inverse:
        s = 0x63
        for i in range(8):  # b'_i = b_i ^ b_(i+4) ^ b_(i+5) ^ b_(i+6) ^ b_(i+7) ^ c_i  (FIPS-197 5.1.1)
            bit = x >> i
            for j in (4, 5, 6, 7):
                bit ^= x >> ((i + j) % 8)
            s ^= (bit & 1) << i
        sbox.append(s)
    return sbox


def aes128_encrypt(key: bytes, block: bytes, sbox: list[int] | None = None) -> bytes:
    """AES-128 (FIPS-197) on one block, written from the standard's pseudo-code."""
    sbox = sbox or _aes_sbox()
    words = [list(key[4 * i:4 * i + 4]) for i in range(4)]
    rcon = 1
    for i in range(4, 44):
        temp = list(words[i - 1])
        if i % 4 == 0:
            temp = [sbox[b] for b in temp[1:] + temp[:1]]
            temp[0] ^= rcon
            rcon = _gf_mul(rcon, 2)
        words.append([a ^ b for a, b in zip(words[i - 4], temp, strict=True)])
    # state[r][c] = in[r + 4c]
    state = [[block[r + 4 * c] for c in range(4)] for r in range(4)]

    def add_round_key(rnd: int) -> None:
        for c in range(4):
            for r in range(4):
                state[r][c] ^= words[4 * rnd + c][r]

    add_round_key(0)
    for rnd in range(1, 11):
        state = [[sbox[b] for b in row] for row in state]
        state = [row[r:] + row[:r] for r, row in enumerate(state)]
        if rnd != 10:
            cols = [[state[r][c] for r in range(4)] for c in range(4)]
            for c, col in enumerate(cols):
                for r in range(4):
                    state[r][c] = (_gf_mul(col[r], 2) ^ _gf_mul(col[(r + 1) % 4], 3) ^ col[(r + 2) % 4]
                                   ^ col[(r + 3) % 4])
        add_round_key(rnd)
    return bytes(state[r][c] for c in range(4) for r in range(4))


FIPS197_C1_CIPHERTEXT = bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")  # FIPS-197 Appendix C.1


def expected_aes128(blocks: int = 12) -> Expected:
    sbox = _aes_sbox()
    key = bytes(range(16))
    fips = aes128_encrypt(key, bytes(0x11 * i for i in range(16)), sbox)
    block = bytearray(fips)
    for n in range(blocks):
        block[0] ^= n & 0xFF
        block[1] ^= (n >> 8) & 0xFF
        block = bytearray(aes128_encrypt(key, bytes(block), sbox))
    digest = 1
    for i in range(0, 16, 2):
        digest ^= block[i] | (block[i + 1] << 8)
    return Expected(digest, {"aes_fips": fips, "aes_chain": bytes(block), "aes_roundtrip": _u16(1)})


FFT_N = 64
FFT_SINE_Q15 = [round(32767 * math.sin(math.pi * i / 32)) for i in range(17)]


def _s16(v: int) -> int:
    v &= M16
    return v - 0x10000 if v & 0x8000 else v


def _fft_sin(k: int) -> int:
    k %= FFT_N
    if k <= 16:
        return FFT_SINE_Q15[k]
    if k <= 32:
        return FFT_SINE_Q15[32 - k]
    return -FFT_SINE_Q15[k - 32] if k <= 48 else -FFT_SINE_Q15[64 - k]


def fft_input() -> list[int]:
    """The fft app's input signal (see its header comment)."""
    r, x = 99, []
    for n in range(FFT_N):
        r = (1103515245 * r + 12345) & M32
        tone5 = (6000 * _fft_sin(5 * n)) >> 15
        tone12 = (3000 * _fft_sin(12 * n + 16)) >> 15
        x.append(_s16(tone5 + tone12 + ((r >> 21) & 511) - 256))
    return x


def fft_fixed_point(x: list[int]) -> tuple[list[int], list[int]]:
    """Bit-exact model of the fft app's Q15 radix-2 transform (1/2 scaling per stage)."""
    bits = FFT_N.bit_length() - 1
    order = [int(format(i, f"0{bits}b")[::-1], 2) for i in range(FFT_N)]
    re, im = [x[i] for i in order], [0] * FFT_N
    half, step = 1, FFT_N // 2
    while half < FFT_N:
        for start in range(0, FFT_N, 2 * half):
            for k in range(half):
                wr, wi = _fft_sin(k * step + 16), -_fft_sin(k * step)
                a, b = start + k, start + k + half
                tr = _s16((re[b] * wr) >> 15) - _s16((im[b] * wi) >> 15)
                ti = _s16((re[b] * wi) >> 15) + _s16((im[b] * wr) >> 15)
                ar, ai = re[a], im[a]
                re[a], im[a] = _s16((ar + tr) >> 1), _s16((ai + ti) >> 1)
                re[b], im[b] = _s16((ar - tr) >> 1), _s16((ai - ti) >> 1)
        half, step = half * 2, step // 2
    return re, im


def expected_fft() -> Expected:
    re, im = fft_fixed_point(fft_input())
    power = [re[k] * re[k] + im[k] * im[k] for k in range(1, FFT_N // 2)]
    peak = 1 + power.index(max(power))
    return Expected(peak ^ (re[5] & M16) ^ (im[5] & M16),
                    {"fft_re": _u16(*re), "fft_im": _u16(*im), "fft_peak": _u16(peak)})


EABI_OPS = [f"{op}{bits}" for bits in (16, 32, 64)
            for op in ("mul", "divs", "rems", "divu", "remu", "sll", "sra", "srl")]


def expected_eabi(random_pairs: int = 100) -> Expected:
    """Hashes of the eabi self-test (designs/firmware/selftest/eabi.c), from Python integer arithmetic."""
    hashes = {op: 5381 for op in EABI_OPS}

    def mix(op: str, value: int, words: int) -> None:
        for _ in range(words):
            hashes[op] = ((hashes[op] * 33) & M16) ^ (value & M16)
            value >>= 16

    def run(bits: int, a: int, b: int) -> None:
        mask, words = (1 << bits) - 1, bits // 16
        mix(f"mul{bits}", a * b, words)
        if b != 0:
            if not (a == -(1 << (bits - 1)) and b == -1):
                q = _trunc_div(a, b)
                mix(f"divs{bits}", q, words)
                mix(f"rems{bits}", a - b * q, words)
            mix(f"divu{bits}", (a & mask) // (b & mask), words)
            mix(f"remu{bits}", (a & mask) % (b & mask), words)
        n = b & (bits - 1)
        mix(f"sll{bits}", (a << n) & mask, words)
        mix(f"sra{bits}", (a >> n) & mask, words)
        mix(f"srl{bits}", (a & mask) >> n, words)

    def signed(v: int, bits: int) -> int:
        return v - (1 << bits) if v >> (bits - 1) else v

    specials = [0, 1, 2, 3, 7, -1, -2, -7, 0x7FFF, -0x8000, 0x1234, -0x4321]
    for a in specials:
        for b in specials:
            for bits in (16, 32, 64):
                run(bits, a, b)
    rng = 2024

    def word() -> int:
        nonlocal rng
        rng = (1103515245 * rng + 12345) & M32
        return rng >> 16

    for _ in range(random_pairs):
        for bits in (16, 32, 64):
            a = sum(word() << (16 * i) for i in range(bits // 16))
            b = sum(word() << (16 * i) for i in range(bits // 16))
            run(bits, signed(a, bits), signed(b, bits))
    return Expected(0, {"eabi_hash": _u16(*(hashes[op] for op in EABI_OPS)),
                        "eabi_pairs": _u16(len(specials) ** 2 + random_pairs)})


def expected_hwmul(random_pairs: int = 100) -> Expected:
    """Hashes of the hwmul self-test: 16, 32 and 64-bit products of the eabi operand pairs."""
    hashes = [5381, 5381, 5381]

    def mix(slot: int, value: int, words: int) -> None:
        for _ in range(words):
            hashes[slot] = ((hashes[slot] * 33) & M16) ^ (value & M16)
            value >>= 16

    def products(a: int, b: int) -> None:
        mix(0, a * b, 1)
        mix(1, a * b, 2)
        mix(2, a * b, 4)

    specials = [0, 1, 2, 3, 7, -1, -2, -7, 0x7FFF, -0x8000, 0x1234, -0x4321]
    for a in specials:
        for b in specials:
            products(a, b)
    rng = 2024
    for _ in range(random_pairs):
        operands = []
        for _ in range(2):
            value = 0
            for w in range(4):
                rng = (1103515245 * rng + 12345) & M32
                value |= (rng >> 16) << (16 * w)
            operands.append(value)
        products(*operands)
    return Expected(0, {"hw_hash": _u16(*hashes)})


EXPECTED = {
    "crc": expected_crc, "sense": expected_sense, "rsa": expected_rsa, "bc": expected_bc, "ar": expected_ar,
    "cf": expected_cf, "aes128": expected_aes128, "fft": expected_fft, "eabi": expected_eabi,
    "hwmul": expected_hwmul,
}


def expected(name: str) -> Expected:
    """Reference results of app ``name`` built with its default parameters."""
    return EXPECTED[name]()
