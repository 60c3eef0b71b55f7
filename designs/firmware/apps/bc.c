/*
 * bc: bit counting (as in MiBench "bitcnts" and the intermittent-computing benchmark sets). COUNT 32-bit
 * words from a linear-congruential generator (x = 1664525 * x + 1013904223 mod 2^32, from x = 1) are
 * counted with five methods that must agree:
 *   0 shift-and-test loop, 1 Kernighan (x &= x - 1), 2 4-bit table, 3 SWAR (parallel sums),
 *   4 recursive halving on bytes with an 8-bit table built at start-up.
 * Results: bc_total[5] (sum of the counts of all words, per method), bc_agree (1 if every method gave
 * the same count for every word). main returns (uint16_t)bc_total[0] ^ bc_agree.
 */
#include "sdk.h"

#ifndef COUNT
#define COUNT 600
#endif
#define METHODS 5

volatile uint32_t bc_total[METHODS];
volatile uint16_t bc_agree;

static uint8_t byte_table[256];
static const uint8_t nibble_table[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};

static uint16_t count_shift(uint32_t x) {
    uint16_t n = 0;
    for (int i = 0; i < 32; i++) {
        n += (uint16_t)(x & 1u);
        x >>= 1;
    }
    return n;
}

static uint16_t count_kernighan(uint32_t x) {
    uint16_t n = 0;
    while (x != 0) {
        x &= x - 1u;
        n++;
    }
    return n;
}

static uint16_t count_nibbles(uint32_t x) {
    uint16_t n = 0;
    while (x != 0) {
        n += nibble_table[x & 0xFu];
        x >>= 4;
    }
    return n;
}

static uint16_t count_swar(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555ul);
    x = (x & 0x33333333ul) + ((x >> 2) & 0x33333333ul);
    x = (x + (x >> 4)) & 0x0F0F0F0Ful;
    x = x + (x >> 8);
    x = x + (x >> 16);
    return (uint16_t)(x & 0x3Fu);
}

static uint16_t count_bytes(uint32_t x) {
    return (uint16_t)(byte_table[x & 0xFFu] + byte_table[(x >> 8) & 0xFFu] + byte_table[(x >> 16) & 0xFFu] +
                      byte_table[x >> 24]);
}

int main(void) {
    uart_init();
    for (uint16_t i = 0; i < 256; i++) byte_table[i] = (uint8_t)((i & 1u) + byte_table[i >> 1]);
    uint32_t totals[METHODS] = {0, 0, 0, 0, 0};
    uint16_t agree = 1;
    uint32_t x = 1;
    for (uint16_t i = 0; i < COUNT; i++) {
        x = 1664525ul * x + 1013904223ul;
        uint16_t c[METHODS] = {count_shift(x), count_kernighan(x), count_nibbles(x), count_swar(x),
                               count_bytes(x)};
        for (int m = 0; m < METHODS; m++) {
            totals[m] += c[m];
            if (c[m] != c[0]) agree = 0;
        }
    }
    for (int m = 0; m < METHODS; m++) bc_total[m] = totals[m];
    bc_agree = agree;
    print_str("bc ");
    print_u32(totals[0]);
    print_nl();
    return (uint16_t)totals[0] ^ agree;
}
