/*
 * Mementos runtime, boot side: the program's entry point `main` (crt0 calls it; the instrumented
 * program's own main is `__mementos_main`).
 *
 *   1. set up the supply check: REF_A 2.0 V on; ADC12_B single conversions of channel 31 (AVCC/2 with
 *      ADC12BATMAP) against VREF into MEM31 (CSTARTADD 31), 32-cycle sampling (SHP), MODCLK, 12 bits; in timer mode Timer0_A3 in up
 *      mode raises the check flag every period (mementos_timer.c), interrupts enabled;
 *   2. find the newest valid bundle: magic, version, commit word, sizes equal to this program's, stack
 *      length consistent with the saved SP, CRC-16-CCITT (the rules of msp430emu.checkpoint.bundle); the
 *      CRC of the older committed bundle is computed only if the newer one fails;
 *   3. if there is one: count it unless the previous restore resumed the same bundle (FRAM), write the
 *      peripheral registers of its peripheral block back in the device's order (interrupts off) and resume
 *      it (__mementos_resume, never returns);
 *   4. else run the program's main; when it returns, clear both commit words (a later power-up starts the
 *      program afresh instead of resuming its last checkpoint) and return its result to crt0 (exit).
 */
#include <stdint.h>

#include "mementos.h"
#include "sdk.h"

#ifndef MEMENTOS_PERIPH_BYTES
#error "build the runtime with -DMEMENTOS_PERIPH_BYTES=N and the generated peripheral tables (msp430emu instrument does)"
#endif

PERSISTENT volatile uint16_t __mementos_saves;
PERSISTENT volatile uint16_t __mementos_restores;
PERSISTENT volatile uint32_t __mementos_last_resumed;  /* sequence of the bundle the last restore resumed */

extern char __data_start[], __ram_used_end[], __stack_top[];

#define REG16(addr) (*(volatile uint16_t *)(addr))

void __mementos_timer_init(void);   /* mementos_timer.c (timer mode only) */

static uint16_t word_at(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }

static uint16_t slot_size(void) {
    return (uint16_t)(MEMENTOS_HEADER + ((uintptr_t)__stack_top - (uintptr_t)__data_start) + MEMENTOS_PERIPH_BYTES
                      + 4);
}

/* The peripheral block of `slot`: after the header and the SRAM image. */
static const uint8_t *periph_block(const uint8_t *slot) {
    return slot + MEMENTOS_HEADER + ((uintptr_t)__stack_top - (uintptr_t)__data_start);
}

/* The sequence number of the bundle in `slot` if its magic, version and commit word say it was committed,
 * else 0 (cheap: the CRC is checked by `intact`). */
static uint32_t committed_sequence(const uint8_t *slot) {
    if (word_at(slot) != MEMENTOS_MAGIC || word_at(slot + 2) != MEMENTOS_VERSION)
        return 0;
    uint16_t seq_lo = word_at(slot + MEMENTOS_OFF_SEQ);
    if (word_at(slot + slot_size() - 2) != (uint16_t)(MEMENTOS_COMMIT_BASE ^ seq_lo))
        return 0;
    return seq_lo | ((uint32_t)word_at(slot + MEMENTOS_OFF_SEQ + 2) << 16);
}

/* A committed bundle is restorable if its sizes are this program's, its stack length matches its SP and
 * its CRC is right. */
static int intact(const uint8_t *slot) {
    uint16_t size = slot_size();
    uint16_t globals_start = (uint16_t)(uintptr_t)__data_start;
    uint16_t globals_len = (uint16_t)((uintptr_t)__ram_used_end - (uintptr_t)__data_start);
    uint16_t stack_low = (uint16_t)(uintptr_t)__ram_used_end;
    uint16_t max_stack = (uint16_t)((uintptr_t)__stack_top - stack_low);
    if (word_at(slot + MEMENTOS_OFF_GSTART) != globals_start || word_at(slot + MEMENTOS_OFF_GLEN) != globals_len)
        return 0;
    uint16_t stack_len = word_at(slot + MEMENTOS_OFF_STACKLEN);
    uint16_t sp = word_at(slot + MEMENTOS_OFF_SP);
    if (stack_len > max_stack || sp != (uint16_t)((uintptr_t)__stack_top - stack_len))
        return 0;
    const uint8_t *block = periph_block(slot);
    for (uint16_t i = 0; MEMENTOS_PERIPH_BYTES && i < 3; i++)   /* version, count, ident: this build's */
        if (word_at(block + 2 * i) != __mementos_periph_save[i])
            return 0;
    uint16_t crc = __mementos_crc16(slot, MEMENTOS_HEADER, 0xFFFF);
    crc = __mementos_crc16(slot + MEMENTOS_HEADER + (sp - stack_low), stack_len, crc);
    crc = __mementos_crc16(slot + MEMENTOS_HEADER + max_stack, globals_len, crc);   /* not the block */
    return crc == word_at(slot + size - 4);
}

static void supply_check_init(void) {
    REG16(MEMENTOS_REFCTL0) = MEMENTOS_REFVSEL_2V0 | MEMENTOS_REFON;
    for (uint16_t n = 0; n < MEMENTOS_REF_WAIT && !(REG16(MEMENTOS_REFCTL0) & MEMENTOS_REFGENRDY); n++) {
    }                          /* no check before the reference has settled (bounded: a simulator without
                                  REF_A, e.g. mspdebug's, never sets the flag) */
    REG16(MEMENTOS_ADC12CTL0) = 0;                      /* ENC clear: the set-up may change */
    REG16(MEMENTOS_ADC12CTL0) = MEMENTOS_ADC12SHT0_32 | MEMENTOS_ADC12ON;
    REG16(MEMENTOS_ADC12CTL1) = MEMENTOS_ADC12SHP;      /* MODCLK, single channel, single conversion */
    REG16(MEMENTOS_ADC12CTL2) = MEMENTOS_ADC12RES_12;
    REG16(MEMENTOS_ADC12CTL3) = MEMENTOS_ADC12BATMAP | MEMENTOS_ADC12CSTART_31;   /* into MEM31 */
    REG16(MEMENTOS_ADC12MCTL31) = MEMENTOS_ADC12INCH_31 | MEMENTOS_ADC12VRSEL_1;
    REG16(MEMENTOS_ADC12CTL0) |= MEMENTOS_ADC12ENC;
}

int main(void) {
    if ((uintptr_t)__stack_top - (uintptr_t)__data_start > MEMENTOS_SRAM_BYTES)
        exit(0xFFFE);                                   /* the slots reserved in FRAM are too small */
    supply_check_init();
#ifdef MEMENTOS_TIMER_CCR0
    __mementos_timer_init();
#endif
    const uint8_t *slot0 = __mementos_slots, *slot1 = __mementos_slots + slot_size();
    uint32_t seq0 = committed_sequence(slot0), seq1 = committed_sequence(slot1);
    const uint8_t *newer = seq1 > seq0 ? slot1 : slot0, *older = seq1 > seq0 ? slot0 : slot1;
    uint32_t seq_older = seq1 > seq0 ? seq0 : seq1;
    /* the newest restorable bundle: the newer committed one, else the older (CRC-checked in that order) */
    const uint8_t *slot = (seq0 | seq1) && intact(newer) ? newer : (seq_older && intact(older) ? older : 0);
    if (slot) {
        /* count a bundle once: a boot that resumes the same bundle as the one before writes no FRAM, so a
         * run stuck between two checkpoints repeats its FRAM state (the emulator's no-progress rule) */
        uint32_t seq = slot == slot0 ? seq0 : seq1;
        if (__mementos_last_resumed != seq) {
            __mementos_last_resumed = seq;
            __mementos_restores = __mementos_restores + 1;
        }
        __asm__ volatile("dint\n\tnop" : : : "memory");    /* no interrupt before the program is back */
#if MEMENTOS_PERIPH_BYTES
        __mementos_periph_restore(periph_block(slot) + 6);   /* the device's order (generated code) */
#endif
        __mementos_resume(slot);
    }
    int code = __mementos_main(0, 0);
    REG16(slot0 + slot_size() - 2) = 0;                 /* the run is complete: forget its checkpoints */
    REG16(slot1 + slot_size() - 2) = 0;
    return code;
}
