/*
 * war_counter: the textbook intermittence bug, a write-after-read (WAR) hazard on non-volatile data
 * (FIELD-NOTES 2; docs/war-detector.md shows what `msp430emu run --detect-war` reports for it).
 *
 * The program sums N_SAMPLES "sensor samples" into war_total, a 32-bit counter kept in FRAM
 * (PERSISTENT), with the loop index in SRAM. Each sample is produced by sample(i): 16 rounds of the
 * 16-bit xorshift (x ^= x << 7; x ^= x >> 9; x ^= x << 8) from x = 0xACE1 ^ (i << 5) ^ i, keeping the
 * low 12 bits. After adding a sample, process() mixes it into war_digest (SRAM) with 48 rounds (about
 * three quarters of an iteration), standing in for the filtering/logging work a sensing loop does per
 * sample. Both helpers are straight-line code (no loop, so no Mementos loop trigger inside them).
 *
 * Results: war_total = sum of sample(i) for i < N_SAMPLES (818544 for 400 samples); war_done = 1.
 * main returns 0 if war_total equals WAR_EXPECTED, 1 otherwise.
 *
 * Why it is wrong on harvested energy: `war_total += s` reads FRAM and writes it back.
 *  - With no checkpointing, a power failure restarts main (i = 0 again, SRAM is lost) but war_total
 *    keeps what the lost boots added: the samples of every failed boot are counted again.
 *  - With a Mementos-style checkpoint (registers + SRAM, not FRAM), a failure after the add and before
 *    the next checkpoint resumes at that checkpoint: sample i is added a second time.
 * Either way the re-executed read of war_total sees a value that no continuous run could see.
 * war_counter_fixed.c computes the same result safely.
 */
#include "sdk.h"

#ifndef N_SAMPLES
#define N_SAMPLES 400
#endif
#define WAR_EXPECTED 818544UL

PERSISTENT volatile uint32_t war_total;     /* in FRAM: survives power failures */
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
    war_digest = 1;
    for (uint16_t i = 0; i < N_SAMPLES; i++) {
        uint16_t s = sample(i);
        war_total += s;                     /* BUG: read-modify-write of FRAM data */
        process(s);
    }
    war_done = 1;
    return war_total == WAR_EXPECTED ? 0 : 1;
}
