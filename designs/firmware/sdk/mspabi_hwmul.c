/*
 * Hardware-multiplier helpers of the MSP430 EABI (TI SLAA534), the names clang-14 calls for
 *   -mhwmult=16bit     __mspabi_mpyi_hw, __mspabi_mpyl_hw, __mspabi_mpyll_hw     (MPY at 0x0130)
 *   -mhwmult=32bit     __mspabi_mpyi_hw, __mspabi_mpyl_hw32, __mspabi_mpyll_hw32 (MPY32 at 0x0130)
 *   -mhwmult=f5series  __mspabi_mpyi_f5hw, __mspabi_mpyl_f5hw, __mspabi_mpyll_f5hw (MPY32 at 0x04C0, FR5969)
 * Register offsets from the multiplier base (SLAU367 "MPY32 Registers"): MPY +0, OP2 +8, RESLO +0xA,
 * RESHI +0xC, MPY32L +0x10, MPY32H +0x12, OP2L +0x20, OP2H +0x22, RES0..RES3 +0x24..+0x2A. Writing OP2
 * (or OP2H) starts the unsigned multiplication. Interrupts are held off while the multiplier is in use so
 * that an ISR using it cannot corrupt a result. Unlike the software __mspabi_mpyll, clang-14 calls the
 * 64-bit hardware variants with the ordinary C convention (one operand in R12:R15, one on the stack).
 */
#include <stdint.h>

#define REG16(base, offset) (*(volatile uint16_t *)((base) + (offset)))

static inline uint16_t irq_save(void) {
    uint16_t sr;
    __asm__ volatile("mov r2, %0\n\tdint\n\tnop" : "=r"(sr) : : "memory");
    return sr;
}

static inline void irq_restore(uint16_t sr) {
    /* restoring SR also restores the flags: tell the compiler ("cc") so no carry lives across it */
    __asm__ volatile("nop\n\tmov %0, r2\n\tnop" : : "r"(sr) : "cc", "memory");
}

/* 16 x 16 -> 32 unsigned on the 16-bit multiplier at `base`. */
static inline uint32_t mul16(uintptr_t base, uint16_t a, uint16_t b) {
    REG16(base, 0x00) = a;
    REG16(base, 0x08) = b;
    return (uint32_t)REG16(base, 0x0A) | ((uint32_t)REG16(base, 0x0C) << 16);
}

/* 32 x 32 -> 64 unsigned on the MPY32 at `base`. */
static inline uint64_t mul32(uintptr_t base, uint32_t a, uint32_t b) {
    REG16(base, 0x10) = (uint16_t)a;
    REG16(base, 0x12) = (uint16_t)(a >> 16);
    REG16(base, 0x20) = (uint16_t)b;
    REG16(base, 0x22) = (uint16_t)(b >> 16);
    uint32_t lo = (uint32_t)REG16(base, 0x24) | ((uint32_t)REG16(base, 0x26) << 16);
    uint32_t hi = (uint32_t)REG16(base, 0x28) | ((uint32_t)REG16(base, 0x2A) << 16);
    return ((uint64_t)hi << 32) | lo;
}

/* Low 32 bits of a 32 x 32 product from three 16 x 16 products. */
static inline uint32_t mul32_lo_by16(uintptr_t base, uint32_t a, uint32_t b) {
    uint16_t a0 = (uint16_t)a, a1 = (uint16_t)(a >> 16), b0 = (uint16_t)b, b1 = (uint16_t)(b >> 16);
    uint16_t cross = (uint16_t)mul16(base, a0, b1) + (uint16_t)mul16(base, a1, b0);
    return mul16(base, a0, b0) + ((uint32_t)cross << 16);
}

/* Full 32 x 32 -> 64 product from four 16 x 16 products. */
static inline uint64_t mul32_full_by16(uintptr_t base, uint32_t a, uint32_t b) {
    uint16_t a0 = (uint16_t)a, a1 = (uint16_t)(a >> 16), b0 = (uint16_t)b, b1 = (uint16_t)(b >> 16);
    uint64_t low = mul16(base, a0, b0);
    uint64_t mid = (uint64_t)mul16(base, a0, b1) + mul16(base, a1, b0);
    uint64_t high = mul16(base, a1, b1);
    return low + (mid << 16) + (high << 32);
}

/* Low 64 bits of a 64 x 64 product: aL*bL + ((aL*bH + aH*bL) << 32). */
#define MUL64_FROM(full32, lo32, base, a, b)                                                   \
    ((full32)((base), (uint32_t)(a), (uint32_t)(b)) +                                        \
     ((uint64_t)((lo32)((base), (uint32_t)(a), (uint32_t)((b) >> 32)) +                      \
                 (lo32)((base), (uint32_t)((a) >> 32), (uint32_t)(b)))                        \
      << 32))

static inline uint32_t mul32_lo(uintptr_t base, uint32_t a, uint32_t b) {
    return (uint32_t)mul32(base, a, b);
}

#define CLASSIC_BASE 0x0130u
#define F5_BASE 0x04C0u

int16_t __mspabi_mpyi_hw(int16_t a, int16_t b);
int32_t __mspabi_mpyl_hw(int32_t a, int32_t b);
uint64_t __mspabi_mpyll_hw(uint64_t a, uint64_t b);
int32_t __mspabi_mpyl_hw32(int32_t a, int32_t b);
uint64_t __mspabi_mpyll_hw32(uint64_t a, uint64_t b);
int16_t __mspabi_mpyi_f5hw(int16_t a, int16_t b);
int32_t __mspabi_mpyl_f5hw(int32_t a, int32_t b);
uint64_t __mspabi_mpyll_f5hw(uint64_t a, uint64_t b);

int16_t __mspabi_mpyi_hw(int16_t a, int16_t b) {
    uint16_t sr = irq_save();
    uint16_t p = (uint16_t)mul16(CLASSIC_BASE, (uint16_t)a, (uint16_t)b);
    irq_restore(sr);
    return (int16_t)p;
}

int32_t __mspabi_mpyl_hw(int32_t a, int32_t b) {
    uint16_t sr = irq_save();
    uint32_t p = mul32_lo_by16(CLASSIC_BASE, (uint32_t)a, (uint32_t)b);
    irq_restore(sr);
    return (int32_t)p;
}

uint64_t __mspabi_mpyll_hw(uint64_t a, uint64_t b) {
    uint16_t sr = irq_save();
    uint64_t p = MUL64_FROM(mul32_full_by16, mul32_lo_by16, CLASSIC_BASE, a, b);
    irq_restore(sr);
    return p;
}

int32_t __mspabi_mpyl_hw32(int32_t a, int32_t b) {
    uint16_t sr = irq_save();
    uint32_t p = mul32_lo(CLASSIC_BASE, (uint32_t)a, (uint32_t)b);
    irq_restore(sr);
    return (int32_t)p;
}

uint64_t __mspabi_mpyll_hw32(uint64_t a, uint64_t b) {
    uint16_t sr = irq_save();
    uint64_t p = MUL64_FROM(mul32, mul32_lo, CLASSIC_BASE, a, b);
    irq_restore(sr);
    return p;
}

int16_t __mspabi_mpyi_f5hw(int16_t a, int16_t b) {
    uint16_t sr = irq_save();
    uint16_t p = (uint16_t)mul16(F5_BASE, (uint16_t)a, (uint16_t)b);
    irq_restore(sr);
    return (int16_t)p;
}

int32_t __mspabi_mpyl_f5hw(int32_t a, int32_t b) {
    uint16_t sr = irq_save();
    uint32_t p = mul32_lo(F5_BASE, (uint32_t)a, (uint32_t)b);
    irq_restore(sr);
    return (int32_t)p;
}

uint64_t __mspabi_mpyll_f5hw(uint64_t a, uint64_t b) {
    uint16_t sr = irq_save();
    uint64_t p = MUL64_FROM(mul32, mul32_lo, F5_BASE, a, b);
    irq_restore(sr);
    return p;
}
