/*
 * eabi: self-test of the SDK's EABI helpers. For every operation a 16-bit hash of all results is kept:
 *   h = (h * 33) ^ w  for each 16-bit word w of the result, low word first (h starts at 5381).
 * Operand pairs: every pair of the special values below (sign-extended to the width), then RANDOM pairs
 * whose words come from the generator r = 1103515245 r + 12345 (mod 2^32), r = 2024 at start, word =
 * r >> 16 (one step per 16-bit word, low word first, first operand then second). Pairs whose operation is
 * undefined in C (division by zero, INT_MIN / -1) are skipped; shift counts are taken modulo the width.
 * Multiplication, division and 32/64-bit shifts use the C operators (clang emits the helper calls);
 * the 16-bit shift helpers, which clang never calls (it inlines 16-bit shifts), are called by name.
 * Results: eabi_hash[OPS] in the order of the OP_* list below; eabi_pairs (pairs tried per width).
 */
#include "sdk.h"

#ifndef RANDOM
#define RANDOM 100
#endif

enum {
    OP_MUL16, OP_DIVS16, OP_REMS16, OP_DIVU16, OP_REMU16, OP_SLL16, OP_SRA16, OP_SRL16,
    OP_MUL32, OP_DIVS32, OP_REMS32, OP_DIVU32, OP_REMU32, OP_SLL32, OP_SRA32, OP_SRL32,
    OP_MUL64, OP_DIVS64, OP_REMS64, OP_DIVU64, OP_REMU64, OP_SLL64, OP_SRA64, OP_SRL64,
    OPS
};

volatile uint16_t eabi_hash[OPS];
volatile uint16_t eabi_pairs;

int16_t __mspabi_slli(int16_t a, int16_t n);
int16_t __mspabi_srai(int16_t a, int16_t n);
uint16_t __mspabi_srli(uint16_t a, int16_t n);

static const int16_t specials[] = {0, 1, 2, 3, 7, -1, -2, -7, 0x7FFF, -0x8000, 0x1234, -0x4321};
#define NSPECIAL (sizeof specials / sizeof specials[0])

static uint16_t hash[OPS];
static uint32_t rng = 2024;

static uint16_t next_word(void) {
    rng = 1103515245ul * rng + 12345ul;
    return (uint16_t)(rng >> 16);
}

static void mix(int op, uint64_t value, int words) {
    for (int i = 0; i < words; i++) {
        hash[op] = (uint16_t)((uint16_t)(hash[op] * 33u) ^ (uint16_t)value);
        value >>= 16;
    }
}

/* volatile copies stop the compiler from folding or specialising the operations */
static volatile int16_t va16, vb16;
static volatile int32_t va32, vb32;
static volatile int64_t va64, vb64;

static void test16(int16_t a, int16_t b) {
    va16 = a;
    vb16 = b;
    mix(OP_MUL16, (uint16_t)(va16 * vb16), 1);
    if (b != 0) {
        if (!(a == INT16_MIN && b == -1)) {
            mix(OP_DIVS16, (uint16_t)(va16 / vb16), 1);
            mix(OP_REMS16, (uint16_t)(va16 % vb16), 1);
        }
        mix(OP_DIVU16, (uint16_t)((uint16_t)va16 / (uint16_t)vb16), 1);
        mix(OP_REMU16, (uint16_t)((uint16_t)va16 % (uint16_t)vb16), 1);
    }
    int16_t n = (int16_t)(b & 15);
    mix(OP_SLL16, (uint16_t)__mspabi_slli(va16, n), 1);
    mix(OP_SRA16, (uint16_t)__mspabi_srai(va16, n), 1);
    mix(OP_SRL16, __mspabi_srli((uint16_t)va16, n), 1);
}

static void test32(int32_t a, int32_t b) {
    va32 = a;
    vb32 = b;
    mix(OP_MUL32, (uint32_t)(va32 * vb32), 2);
    if (b != 0) {
        if (!(a == INT32_MIN && b == -1)) {
            mix(OP_DIVS32, (uint32_t)(va32 / vb32), 2);
            mix(OP_REMS32, (uint32_t)(va32 % vb32), 2);
        }
        mix(OP_DIVU32, (uint32_t)va32 / (uint32_t)vb32, 2);
        mix(OP_REMU32, (uint32_t)va32 % (uint32_t)vb32, 2);
    }
    int n = (int)(b & 31);
    mix(OP_SLL32, (uint32_t)va32 << n, 2);
    mix(OP_SRA32, (uint32_t)(va32 >> n), 2);
    mix(OP_SRL32, (uint32_t)va32 >> n, 2);
}

static void test64(int64_t a, int64_t b) {
    va64 = a;
    vb64 = b;
    mix(OP_MUL64, (uint64_t)(va64 * vb64), 4);
    if (b != 0) {
        if (!(a == INT64_MIN && b == -1)) {
            mix(OP_DIVS64, (uint64_t)(va64 / vb64), 4);
            mix(OP_REMS64, (uint64_t)(va64 % vb64), 4);
        }
        mix(OP_DIVU64, (uint64_t)va64 / (uint64_t)vb64, 4);
        mix(OP_REMU64, (uint64_t)va64 % (uint64_t)vb64, 4);
    }
    int n = (int)(b & 63);
    mix(OP_SLL64, (uint64_t)va64 << n, 4);
    mix(OP_SRA64, (uint64_t)(va64 >> n), 4);
    mix(OP_SRL64, (uint64_t)va64 >> n, 4);
}

int main(void) {
    for (int op = 0; op < OPS; op++) hash[op] = 5381u;
    uint16_t pairs = 0;
    for (unsigned i = 0; i < NSPECIAL; i++) {
        for (unsigned j = 0; j < NSPECIAL; j++) {
            test16(specials[i], specials[j]);
            test32(specials[i], specials[j]);
            test64(specials[i], specials[j]);
            pairs++;
        }
    }
    for (int k = 0; k < RANDOM; k++) {
        int16_t a16 = (int16_t)next_word(), b16 = (int16_t)next_word();
        test16(a16, b16);
        uint32_t a32 = next_word();
        a32 |= (uint32_t)next_word() << 16;
        uint32_t b32 = next_word();
        b32 |= (uint32_t)next_word() << 16;
        test32((int32_t)a32, (int32_t)b32);
        uint64_t a64 = 0, b64 = 0;
        for (int w = 0; w < 4; w++) a64 |= (uint64_t)next_word() << (16 * w);
        for (int w = 0; w < 4; w++) b64 |= (uint64_t)next_word() << (16 * w);
        test64((int64_t)a64, (int64_t)b64);
        pairs++;
    }
    for (int op = 0; op < OPS; op++) eabi_hash[op] = hash[op];
    eabi_pairs = pairs;
    return 0;
}
