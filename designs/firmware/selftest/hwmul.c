/*
 * hwmul: self-test of the hardware-multiplier helpers. Built with -mhwmult=16bit, clang calls
 * __mspabi_mpyi_hw, __mspabi_mpyl_hw and __mspabi_mpyll_hw (16-bit MPY at 0x0130, which mspdebug's
 * "hwmult" simio device simulates); with -mhwmult=f5series the *_f5hw helpers (MPY32 at 0x04C0).
 * Products of the same operand pairs as the eabi self-test are hashed the same way.
 * Results: hw_hash[3] (16, 32, 64-bit products).
 */
#include "sdk.h"

#ifndef RANDOM
#define RANDOM 100
#endif

volatile uint16_t hw_hash[3];

static const int16_t specials[] = {0, 1, 2, 3, 7, -1, -2, -7, 0x7FFF, -0x8000, 0x1234, -0x4321};
#define NSPECIAL (sizeof specials / sizeof specials[0])

static uint16_t hash[3] = {5381u, 5381u, 5381u};
static uint32_t rng = 2024;
static volatile int16_t va16, vb16;
static volatile int32_t va32, vb32;
static volatile int64_t va64, vb64;

static uint16_t next_word(void) {
    rng = 1103515245ul * rng + 12345ul;
    return (uint16_t)(rng >> 16);
}

static void mix(int slot, uint64_t value, int words) {
    for (int i = 0; i < words; i++) {
        hash[slot] = (uint16_t)((uint16_t)(hash[slot] * 33u) ^ (uint16_t)value);
        value >>= 16;
    }
}

static void products(int64_t a, int64_t b) {
    va16 = (int16_t)a;
    vb16 = (int16_t)b;
    mix(0, (uint16_t)(va16 * vb16), 1);
    va32 = (int32_t)a;
    vb32 = (int32_t)b;
    mix(1, (uint32_t)(va32 * vb32), 2);
    va64 = a;
    vb64 = b;
    mix(2, (uint64_t)(va64 * vb64), 4);
}

int main(void) {
    for (unsigned i = 0; i < NSPECIAL; i++)
        for (unsigned j = 0; j < NSPECIAL; j++) products(specials[i], specials[j]);
    for (int k = 0; k < RANDOM; k++) {
        uint64_t a = 0, b = 0;
        for (int w = 0; w < 4; w++) a |= (uint64_t)next_word() << (16 * w);
        for (int w = 0; w < 4; w++) b |= (uint64_t)next_word() << (16 * w);
        products((int64_t)a, (int64_t)b);
    }
    for (int i = 0; i < 3; i++) hw_hash[i] = hash[i];
    return 0;
}
