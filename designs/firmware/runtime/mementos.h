/*
 * Mementos-style firmware checkpointing for the MSP430FR5969: the runtime's constants and C interface.
 * See docs/firmware-runtime.md. `msp430emu instrument` inserts `call #__mementos_check` into the
 * program's assembly (loop latches, points after calls) and links this runtime; the program's `main` is
 * renamed to `__mementos_main` and the runtime's `main` (mementos_boot.c) restores the newest valid
 * checkpoint or starts the program.
 *
 * Build-time settings (-D when the runtime is compiled; `msp430emu instrument` passes them):
 *   MEMENTOS_V_THRESH_MV   V_thresh in millivolts (default 2700): a check below it saves a checkpoint
 *   MEMENTOS_TIMER_CCR0    timer mode: Timer0_A3 CCR0 period - 1 (up mode, SMCLK / MEMENTOS_TIMER_DIV)
 *   MEMENTOS_TIMER_ID      timer mode: the ID field (0..3: SMCLK divided by 1, 2, 4, 8)
 *   MEMENTOS_PERIPH_BYTES  bytes of the peripheral block (6 + 2 per register), required by the runtime's
 *                          sources; the tables __mementos_periph_save/_restore are generated from the
 *                          device TOML's [[checkpoint]] list (msp430emu.checkpoint.periph.runtime_tables_asm)
 * This header is included by the C files and by mementos_check.S (the assembler sees only the macros).
 */
#ifndef MEMENTOS_H
#define MEMENTOS_H

#ifndef MEMENTOS_V_THRESH_MV
#define MEMENTOS_V_THRESH_MV 2700
#endif

/* The check reads ADC12_B channel 31 (AVCC/2 with ADC12BATMAP) against the 2.0 V REF_A reference at
 * 12 bits: code = 4096 * (V / 2) / 2.0 = 1024 * V, rounded. A supply at or above the code returns. */
#define MEMENTOS_THRESH_CODE ((MEMENTOS_V_THRESH_MV * 4096 + 2000) / 4000)

/* The checkpoint bundle: the same format as msp430emu/checkpoint/layout.py (docs/checkpointing.md). */
#define MEMENTOS_MAGIC        0x4B43    /* "CK" */
#define MEMENTOS_VERSION      2         /* 2: with the peripheral block after the globals */
#define MEMENTOS_COMMIT_BASE  0xC3A5    /* commit word = COMMIT_BASE ^ (sequence & 0xFFFF), written last */
#define MEMENTOS_HEADER       0x2C      /* magic, version, sequence (2 words), stack_len, globals_start,
                                           globals_len, R0, R1, R2, R4..R15 */
#define MEMENTOS_OFF_SEQ      4
#define MEMENTOS_OFF_STACKLEN 8
#define MEMENTOS_OFF_GSTART   10
#define MEMENTOS_OFF_GLEN     12
#define MEMENTOS_OFF_PC       14
#define MEMENTOS_OFF_SP       16
#define MEMENTOS_OFF_SR       18
#define MEMENTOS_OFF_R4       20        /* R4..R15 at 20, 22, ..., 42 */
/* slot = header + the whole SRAM (stack area + globals area) + peripheral block + CRC + commit word; the
 * peripheral block: version, count, ident (the generated table's three words), then one word per register */
#define MEMENTOS_SRAM_BYTES   0x0800    /* FR5969: __data_start 0x1C00 .. __stack_top 0x2400 */
#ifdef MEMENTOS_PERIPH_BYTES
#define MEMENTOS_SLOT_BYTES   (MEMENTOS_HEADER + MEMENTOS_SRAM_BYTES + MEMENTOS_PERIPH_BYTES + 4)
#endif

/* FR5969 registers and bits the runtime uses (SLAU367: REF_A 26, ADC12_B 34, Timer_A 25) */
#define MEMENTOS_REFCTL0      0x01B0
#define MEMENTOS_REFON        0x0001
#define MEMENTOS_REFVSEL_2V0  0x0010
#define MEMENTOS_REFGENRDY    0x1000    /* the reference has settled (tens of us after REFON on silicon) */
#define MEMENTOS_REF_WAIT     2000      /* polls of REFGENRDY at most (>= 10 ms at 1 MHz) */
#define MEMENTOS_ADC12CTL0    0x0800
#define MEMENTOS_ADC12CTL1    0x0802
#define MEMENTOS_ADC12CTL2    0x0804
#define MEMENTOS_ADC12CTL3    0x0806
#define MEMENTOS_ADC12MCTL31  0x085E    /* the check converts into MEM31 (CSTARTADD = 31), not MEM0: a */
#define MEMENTOS_ADC12MEM31   0x089E    /* program's own MEM0/IFG0 are never read or cleared by it */
#define MEMENTOS_ADC12CSTART_31 0x001F
#define MEMENTOS_ADC12SC      0x0001
#define MEMENTOS_ADC12ENC     0x0002
#define MEMENTOS_ADC12ON      0x0010
#define MEMENTOS_ADC12SHT0_32 0x0300    /* 32 ADC12CLK cycles of sampling: 6.4 us at MODCLK 5 MHz; the
                                           conversion (46 cycles, 9.2 us) never ends on an MCLK edge at the
                                           FR5969's DCO settings, see docs/firmware-runtime.md */
#define MEMENTOS_ADC12BUSY    0x0001
#define MEMENTOS_ADC12SHP     0x0200
#define MEMENTOS_ADC12RES_12  0x0020
#define MEMENTOS_ADC12BATMAP  0x0040
#define MEMENTOS_ADC12INCH_31 0x001F
#define MEMENTOS_ADC12VRSEL_1 0x0100    /* VR+ = VREF (buffered), VR- = AVSS */
#define MEMENTOS_TA0CTL       0x0340
#define MEMENTOS_TA0CCTL0     0x0342
#define MEMENTOS_TA0CCR0      0x0352
#define MEMENTOS_TASSEL_SMCLK 0x0200
#define MEMENTOS_MC_UP        0x0010
#define MEMENTOS_TACLR        0x0004
#define MEMENTOS_CCIE         0x0010
#define MEMENTOS_CCIFG        0x0001

#ifdef __ASSEMBLER__
; CRC_WORD: crc (\crc) over the two bytes of the memory word in \w (clobbered; scratch \t): x = crc ^ (b0 << 8 | b1),
; crc = table[x & 0xFF] ^ table2[x >> 8] (mementos_crc.c)
.macro CRC_WORD w, crc, t
        swpb    \w                      ; b0 << 8 | b1 (the word is little-endian in memory)
        xor     \crc, \w
        mov.b   \w, \t
        rla     \t
        mov     __mementos_crc_table(\t), \crc
        swpb    \w
        mov.b   \w, \w
        rla     \w
        xor     __mementos_crc_table2(\w), \crc
.endm
#else
#include <stdint.h>

/* Called at trigger points (inserted by msp430emu instrument). Preserves every register and SR. */
void __mementos_check(void);

/* Statistics in FRAM (never reset by the runtime; zero in a freshly loaded program image). */
extern volatile uint16_t __mementos_saves;      /* checkpoints committed */
extern volatile uint16_t __mementos_restores;   /* restores of a bundle not resumed by the previous one */
extern volatile uint32_t __mementos_last_resumed; /* the sequence number that restore resumed */

/* The two slots (2 x MEMENTOS_SLOT_BYTES in .persistent, lower FRAM) and the CRC table. */
extern uint8_t __mementos_slots[];
extern const uint16_t __mementos_crc_table[256], __mementos_crc_table2[256];
extern volatile uint8_t __mementos_timer_flag;  /* timer mode: set by the Timer0_A3 CCR0 interrupt */

/* The peripheral block, generated from the device's register list (mementos_periph.s, by instrument):
 * __mementos_periph_save: the block's three header words, then the register addresses (block order);
 * __mementos_periph_restore(values): the restore's writes unrolled, in the device's order, from the saved
 * words at `values` (the block + 6): saved words (masked where the list says), password constants. */
extern const uint16_t __mementos_periph_save[];
void __mementos_periph_restore(const uint8_t *values);

/* CRC-16-CCITT (table-driven, mementos_crc.c) of n bytes at p (even address), continuing from crc (0xFFFF
 * to start). */
uint16_t __mementos_crc16(const uint8_t *p, uint16_t n, uint16_t crc);

/* Copy the bundle at `slot` back into SRAM and jump to its PC with its registers and SR; never returns.
 * `slot` must have been validated (the copy overwrites the caller's own stack). */
void __mementos_resume(const uint8_t *slot) __attribute__((noreturn));

/* The instrumented program's own main (renamed by msp430emu instrument). */
int __mementos_main(int argc, char **argv);
#endif

#endif /* MEMENTOS_H */
