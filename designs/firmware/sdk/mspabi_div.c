/*
 * Division helpers of the MSP430 EABI (TI SLAA534): quotient and remainder for 16, 32 and 64 bits,
 * signed and unsigned, with C semantics (quotient truncated toward zero, remainder has the sign of the
 * dividend). Restoring shift-subtract division that uses only additions, comparisons and masks, so it
 * never calls a helper itself. Unsigned division by zero (undefined in C) gives quotient all ones and
 * remainder equal to the dividend, as the algorithm falls out.
 * The 64-bit entry points (__mspabi_divlli ...) pass operands in R8-R11 / R12-R15; mspabi_call64.S
 * moves them to the ordinary C convention and calls the __sdk_* functions below.
 */
#include <stdint.h>

#define DEFINE_UDIVMOD(name, type, topbit, bits)                                  \
    static inline type name(type n, type d, type *rem) {                          \
        type q = 0, r = 0;                                                        \
        for (int i = 0; i < (bits); i++) {                                        \
            r = r + r + ((n & (topbit)) ? 1u : 0u);                               \
            n = n + n;                                                            \
            q = q + q;                                                            \
            if (r >= d) {                                                         \
                r -= d;                                                           \
                q |= 1u;                                                          \
            }                                                                     \
        }                                                                         \
        *rem = r;                                                                 \
        return q;                                                                 \
    }

DEFINE_UDIVMOD(udivmod16, uint16_t, 0x8000u, 16)
DEFINE_UDIVMOD(udivmod32, uint32_t, 0x80000000ul, 32)
DEFINE_UDIVMOD(udivmod64, uint64_t, 0x8000000000000000ull, 64)

#define DEFINE_DIV_FAMILY(utype, stype, core, udiv, urem, sdiv, srem)             \
    utype udiv(utype n, utype d);                                                 \
    utype urem(utype n, utype d);                                                 \
    stype sdiv(stype n, stype d);                                                 \
    stype srem(stype n, stype d);                                                 \
    utype udiv(utype n, utype d) {                                                \
        utype r;                                                                  \
        return core(n, d, &r);                                                    \
    }                                                                             \
    utype urem(utype n, utype d) {                                                \
        utype r;                                                                  \
        (void)core(n, d, &r);                                                     \
        return r;                                                                 \
    }                                                                             \
    stype sdiv(stype n, stype d) {                                                \
        utype un = n < 0 ? (utype)0 - (utype)n : (utype)n;                        \
        utype ud = d < 0 ? (utype)0 - (utype)d : (utype)d;                        \
        utype r;                                                                  \
        utype q = core(un, ud, &r);                                               \
        return (stype)(((n < 0) != (d < 0)) ? (utype)0 - q : q);                  \
    }                                                                             \
    stype srem(stype n, stype d) {                                                \
        utype un = n < 0 ? (utype)0 - (utype)n : (utype)n;                        \
        utype ud = d < 0 ? (utype)0 - (utype)d : (utype)d;                        \
        utype r;                                                                  \
        (void)core(un, ud, &r);                                                   \
        return (stype)(n < 0 ? (utype)0 - r : r);                                 \
    }

DEFINE_DIV_FAMILY(uint16_t, int16_t, udivmod16, __mspabi_divu, __mspabi_remu, __mspabi_divi, __mspabi_remi)
DEFINE_DIV_FAMILY(uint32_t, int32_t, udivmod32, __mspabi_divul, __mspabi_remul, __mspabi_divli,
                  __mspabi_remli)
DEFINE_DIV_FAMILY(uint64_t, int64_t, udivmod64, __sdk_divull, __sdk_remull, __sdk_divlli, __sdk_remlli)
