/*
 * boot: start-up self-test of crt0 and the linker script, run twice with a reset in between.
 *   boot_count   .persistent: initial image 100, incremented at each boot (never re-initialised)
 *   data_word    .data: initial value 0x1234, incremented at each boot (re-copied from FRAM at boot)
 *   bss_word     .bss: must read 0 at each boot (zeroed by crt0), then set to 0xBEEF
 *   boot_seen    snapshot written by main: data_word and bss_word as found on entry
 * main returns boot_count.
 */
#include "sdk.h"

PERSISTENT volatile uint16_t boot_count = 100;
volatile uint16_t data_word = 0x1234;
volatile uint16_t bss_word;
volatile uint16_t boot_seen[2];

int main(void) {
    boot_seen[0] = data_word;
    boot_seen[1] = bss_word;
    data_word++;
    bss_word = 0xBEEF;
    boot_count++;
    return boot_count;
}
