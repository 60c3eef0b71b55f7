"""MPY32 hardware multiplier (SLAU367 5; FR5969 base 0x04C0), used by the EABI ``__mspabi_mpy*`` helpers.

Operand 1 registers select the operation: MPY +0x00 (unsigned), MPYS +0x02 (signed), MAC +0x04 (unsigned
multiply-accumulate), MACS +0x06 (signed multiply-accumulate); the 32-bit forms MPY32L/H +0x10/+0x12,
MPYS32L/H +0x14/+0x16, MAC32L/H +0x18/+0x1A, MACS32L/H +0x1C/+0x1E (writing the high word makes operand 1
32 bits wide). Writing OP2 (+0x08) or OP2L (+0x20) starts a multiplication with a 16-bit operand 2; writing
OP2H (+0x22) afterwards redoes it with the 32-bit operand OP2H:OP2L. A byte write to an operand register is
sign-extended in the signed modes. Results: RESLO/RESHI (+0x0A/+0x0C, the same registers as RES0/RES1),
RES0..RES3 (+0x24..+0x2A, 64 bits), SUMEXT (+0x0E): 0 (MPY), sign 0/0xFFFF of the product (MPYS) or the
accumulated result (MACS), carry 0/1 (MAC). MAC/MACS accumulate into RESHI:RESLO (16-bit operands) or
RES3..RES0 (a 32-bit operand). MPY32CTL0 (+0x2C): MPYC = carry/sign, MPYM = mode, OP1_32, OP2_32.
Results are available at once (the hardware needs a few cycles for 32-bit operands; the compiler's helpers
already wait). Not modelled: fractional (MPYFRAC) and saturation (MPYSAT) modes, MPYDLYWRTEN.
"""

from __future__ import annotations

from msp430emu.peripherals.base import Peripheral

OP2, RESLO, RESHI, SUMEXT, OP2L, OP2H, RES0, CTL0 = 0x08, 0x0A, 0x0C, 0x0E, 0x20, 0x22, 0x24, 0x2C
MODE_MPY, MODE_MPYS, MODE_MAC, MODE_MACS = 0, 1, 2, 3
SIGNED = (False, True, False, True)
ACCUMULATES = (False, False, True, True)
MPYC, MPYFRAC, MPYSAT, OP1_32, OP2_32 = 0x01, 0x04, 0x08, 0x40, 0x80


def signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


class Multiplier32(Peripheral):
    model = "mpy32"
    restore_batch = True

    def __init__(self, spec, host) -> None:
        super().__init__(spec, host)
        self.mode = MODE_MPY
        self.op1 = 0
        self.op1_32 = False
        self.op2_32 = False
        self.op2_low = 0
        self.carry = 0
        self.acc_before = 0          # accumulator before the last OP2/OP2L trigger (OP2H redoes it)

    def reset(self, kind: str, now: float) -> None:
        self.clear(self.base, self.spec.size)
        self.mode = MODE_MPY
        self.op1 = 0
        self.op1_32 = False
        self.op2_32 = False
        self.op2_low = 0
        self.carry = 0
        self.acc_before = 0

    def _operand(self, addr: int, size: int) -> int:
        value = self.rd16(addr & ~1)
        if size == 1:
            byte = int(self.mem[addr])
            value = signed(byte, 8) & 0xFFFF if SIGNED[self.mode] else byte
        return value

    def write(self, addr: int, value: int, size: int, now: float) -> None:
        off = (addr - self.base) & ~1
        if off < 0x08:                                   # MPY, MPYS, MAC, MACS: 16-bit operand 1
            self.mode = off // 2
            self.op1 = self._operand(self.base + off + (addr & 1), size)
            self.op1_32 = False
        elif 0x10 <= off < 0x20:                         # 32-bit operand 1 registers
            self.mode = (off - 0x10) // 4
            word = self.rd16(self.base + off)
            if off % 4 == 0:
                self.op1 = word
                self.op1_32 = False
            else:
                self.op1 = (self.op1 & 0xFFFF) | (word << 16)
                self.op1_32 = True
        elif off in (OP2, OP2L):
            self.op2_low = self._operand(self.base + off + (addr & 1), size)
            self.acc_before = self._accumulator()
            self._multiply(self.op2_low, False)
        elif off == OP2H:
            op2 = self.op2_low | (self.rd16(self.base + OP2H) << 16)
            self._set_accumulator(self.acc_before)
            self._multiply(op2, True)
        elif off in (RESLO, RESHI):
            self.wr16(self.base + RES0 + (off - RESLO), self.rd16(self.base + off))
        elif RES0 <= off < RES0 + 4:
            self.wr16(self.base + RESLO + (off - RES0), self.rd16(self.base + off))
        elif off == CTL0:
            if self.rd16(self.base + CTL0) & (MPYFRAC | MPYSAT):
                self.host.warn("MPY32 fractional/saturation modes are not modelled (plain products)")
        self._store_ctl()

    def _accumulator(self) -> int:
        return sum(self.rd16(self.base + RES0 + 2 * i) << (16 * i) for i in range(4))

    def _set_accumulator(self, value: int) -> None:
        for i in range(4):
            self.wr16(self.base + RES0 + 2 * i, (value >> (16 * i)) & 0xFFFF)
        self.wr16(self.base + RESLO, value & 0xFFFF)
        self.wr16(self.base + RESHI, (value >> 16) & 0xFFFF)

    def _multiply(self, op2: int, op2_32: bool) -> None:
        wide = self.op1_32 or op2_32
        width = 64 if wide else 32
        mask = (1 << width) - 1
        if SIGNED[self.mode]:
            a = signed(self.op1, 32 if self.op1_32 else 16)
            b = signed(op2, 32 if op2_32 else 16)
        else:
            a, b = self.op1, op2
        product = a * b
        if ACCUMULATES[self.mode]:
            acc = self._accumulator() & mask
            if SIGNED[self.mode]:
                total = signed(acc, width) + product
                sumext = 0xFFFF if total < 0 else 0
            else:
                total = acc + product
                sumext = 1 if total > mask else 0
            result = total & mask
        else:
            result = product & mask
            sumext = 0xFFFF if (SIGNED[self.mode] and product < 0) else 0
        if not wide:   # 16 x 16: RES2/RES3 hold the sign or zero extension of the 32-bit result
            result |= (0xFFFFFFFF << 32) if (SIGNED[self.mode] and result >> 31) else 0
        self._set_accumulator(result & ((1 << 64) - 1))
        self.wr16(self.base + SUMEXT, sumext)
        self.carry = sumext & 1
        self.op2_32 = op2_32

    def _store_ctl(self) -> None:
        ctl = self.rd16(self.base + CTL0) & ~(MPYC | 0x30 | OP1_32 | OP2_32)
        ctl |= (self.mode << 4) | (OP1_32 if self.op1_32 else 0)
        ctl |= (OP2_32 if self.op2_32 else 0) | (MPYC if self.carry else 0)
        self.wr16(self.base + CTL0, ctl)
