/*
 * Variable-count shift helpers: the MSP430 EABI names for 16 and 32 bits (TI SLAA534) and the libgcc
 * names clang-14 uses for 64 bits (__ashldi3, __ashrdi3, __lshrdi3). The count is taken modulo the width
 * (C leaves larger counts undefined). Each step is a shift by one, which the compiler emits inline.
 */
#include <stdint.h>

int16_t __mspabi_slli(int16_t a, int16_t n);
int16_t __mspabi_srai(int16_t a, int16_t n);
uint16_t __mspabi_srli(uint16_t a, int16_t n);
int32_t __mspabi_slll(int32_t a, int16_t n);
int32_t __mspabi_sral(int32_t a, int16_t n);
uint32_t __mspabi_srll(uint32_t a, int16_t n);
int64_t __ashldi3(int64_t a, int n);
int64_t __ashrdi3(int64_t a, int n);
uint64_t __lshrdi3(uint64_t a, int n);

#define DEFINE_SHIFT(name, type, ctype, width, step)                              \
    type name(type a, ctype n) {                                                  \
        for (unsigned i = (unsigned)n & ((width) - 1u); i != 0; i--) {            \
            step;                                                                 \
        }                                                                         \
        return a;                                                                 \
    }

DEFINE_SHIFT(__mspabi_slli, int16_t, int16_t, 16u, a = (int16_t)((uint16_t)a + (uint16_t)a))
DEFINE_SHIFT(__mspabi_srai, int16_t, int16_t, 16u, a >>= 1)
DEFINE_SHIFT(__mspabi_srli, uint16_t, int16_t, 16u, a >>= 1)
DEFINE_SHIFT(__mspabi_slll, int32_t, int16_t, 32u, a = (int32_t)((uint32_t)a + (uint32_t)a))
DEFINE_SHIFT(__mspabi_sral, int32_t, int16_t, 32u, a >>= 1)
DEFINE_SHIFT(__mspabi_srll, uint32_t, int16_t, 32u, a >>= 1)
DEFINE_SHIFT(__ashldi3, int64_t, int, 64u, a = (int64_t)((uint64_t)a + (uint64_t)a))
DEFINE_SHIFT(__ashrdi3, int64_t, int, 64u, a >>= 1)
DEFINE_SHIFT(__lshrdi3, uint64_t, int, 64u, a >>= 1)
