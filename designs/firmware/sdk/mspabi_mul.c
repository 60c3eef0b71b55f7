/*
 * Software multiplication helpers of the MSP430 EABI (TI SLAA534, "MSP430 Embedded Application Binary
 * Interface", helper function table), used when the program is built without -mhwmult.
 * Shift-and-add over unsigned values; the low bits of a product do not depend on signedness, so the
 * signed helpers share the unsigned code. Only additions and shifts by one are used (no helper calls).
 */
#include <stdint.h>

int16_t __mspabi_mpyi(int16_t a, int16_t b);
int32_t __mspabi_mpyl(int32_t a, int32_t b);
uint64_t __sdk_mpy64(uint64_t a, uint64_t b);

int16_t __mspabi_mpyi(int16_t a, int16_t b) {
    uint16_t x = (uint16_t)a, y = (uint16_t)b, product = 0;
    if (y > x) { /* loop over the operand with fewer significant bits */
        y = x;
        x = (uint16_t)b;
    }
    while (y != 0) {
        if (y & 1u) product += x;
        x += x;
        y >>= 1;
    }
    return (int16_t)product;
}

int32_t __mspabi_mpyl(int32_t a, int32_t b) {
    uint32_t x = (uint32_t)a, y = (uint32_t)b, product = 0;
    if (y > x) { /* loop over the operand with fewer significant bits */
        y = x;
        x = (uint32_t)b;
    }
    while (y != 0) {
        if (y & 1u) product += x;
        x += x;
        y >>= 1;
    }
    return (int32_t)product;
}

/* 64-bit product; called by __mspabi_mpyll (mspabi_call64.S adapts its register convention). */
uint64_t __sdk_mpy64(uint64_t a, uint64_t b) {
    uint64_t product = 0;
    if (b > a) { /* loop over the operand with fewer significant bits */
        uint64_t t = a;
        a = b;
        b = t;
    }
    while (b != 0) {
        if (b & 1u) product += a;
        a += a;
        b >>= 1;
    }
    return product;
}
