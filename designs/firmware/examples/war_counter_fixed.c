/*
 * war_counter_fixed: war_counter.c made safe on harvested energy (docs/war-detector.md).
 *
 * Same samples (sample(i): 16 rounds of the 16-bit xorshift x ^= x << 7; x ^= x >> 9; x ^= x << 8 from
 * x = 0xACE1 ^ (i << 5) ^ i, low 12 bits), same per-sample process() work into war_digest (SRAM), same
 * results: war_total = sum of sample(i) for i < N_SAMPLES (818544 for 400 samples), war_done = 1;
 * main returns 0 if war_total equals WAR_EXPECTED, 1 otherwise.
 *
 * The fix: the running sum lives where the loop index lives (acc, a local: registers/stack in SRAM),
 * and the FRAM result is only *written*, once, at the end - never read before being written. The update
 * is idempotent, so re-executing any part of the program after a power failure is harmless:
 *  - with no checkpointing, a failure restarts main with acc = 0 and i = 0 together; war_total is
 *    rewritten by the boot that completes;
 *  - with a Mementos-style checkpoint (registers + SRAM), acc and i are saved and restored together: they
 *    always agree. A failure after `war_total = acc` re-executes the same store.
 * The final comparison reads war_total after this boot (or this resumed interval) wrote it.
 * (Other correct designs: one FRAM slot per sample, war_part[i] = s, summed at the end; or double
 * buffering {i, total} in FRAM with a committed index. The latter reads, at each boot, FRAM written by
 * an earlier boot by design, which the detector reports unless that state is excluded.)
 */
#include "sdk.h"

#ifndef N_SAMPLES
#define N_SAMPLES 400
#endif
#define WAR_EXPECTED 818544UL

PERSISTENT volatile uint32_t war_total;     /* in FRAM: written once, at the end */
PERSISTENT volatile uint16_t war_done;
volatile uint16_t war_digest;               /* in SRAM */

#define MIX(x) x ^= (uint16_t)(x << 7); x ^= (uint16_t)(x >> 9); x ^= (uint16_t)(x << 8);
#define MIX4(x) MIX(x) MIX(x) MIX(x) MIX(x)

static __attribute__((noinline)) uint16_t sample(uint16_t i) {
    uint16_t x = (uint16_t)(0xACE1u ^ (uint16_t)(i << 5) ^ i);
    MIX4(x) MIX4(x) MIX4(x) MIX4(x)
    return x & 0x0FFFu;
}

static __attribute__((noinline)) void process(uint16_t s) {
    uint16_t d = (uint16_t)(war_digest ^ s);
    MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d) MIX4(d)
    war_digest = d;
}

int main(void) {
    uint32_t acc = 0;                       /* volatile state: restarted or checkpointed with i */
    war_digest = 1;
    for (uint16_t i = 0; i < N_SAMPLES; i++) {
        uint16_t s = sample(i);
        acc += s;
        process(s);
    }
    war_total = acc;                        /* FRAM written, never read before: idempotent */
    war_done = 1;
    return war_total == WAR_EXPECTED ? 0 : 1;
}
