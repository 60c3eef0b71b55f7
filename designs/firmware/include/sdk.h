/*
 * The project's firmware SDK: exit convention, section attributes, UART printing helpers.
 * See docs/firmware-sdk.md for the memory layout and the start-up sequence (crt0).
 */
#ifndef SDK_H
#define SDK_H

#include <stddef.h>
#include <stdint.h>

#include <msp430.h>   /* the device header, chosen by __MSP430<part>__ (msp430emu cc --device) */

/* Place a variable in FRAM that crt0 never re-initialises: it keeps its value across resets and power
 * failures; its initial image is part of the program file. */
#define PERSISTENT __attribute__((section(".persistent")))

/* Declare an interrupt service routine for vector number N (see the device header, *_VECTOR). */
#define SDK_ISR(vector, name) __attribute__((interrupt(vector))) void name(void)

/* End the program: disable interrupts and enter LPM4 with the exit code in R12 (the emulator and the
 * mspdebug oracle stop at the symbol `exit`). crt0 calls it with main's return value. */
void exit(int code) __attribute__((noreturn));

/* Enable / disable interrupts (EINT and DINT need a NOP next to them on the CPUXv2, SLAU367 4.5.1.5). */
static inline void sdk_enable_interrupts(void) { __asm__ volatile("nop\n\teint\n\tnop" : : : "memory"); }
static inline void sdk_disable_interrupts(void) { __asm__ volatile("dint\n\tnop" : : : "memory"); }

/* Enter a low-power mode with interrupts enabled; an ISR wakes the CPU by clearing bits in the saved SR. */
static inline void sdk_enter_lpm(uint16_t bits) {
    __asm__ volatile("nop\n\tbis %0, r2\n\tnop" : : "ri"(bits | SR_GIE) : "memory");
}

/* eUSCI_A0 UART output (8N1; 9600 baud from a 1 MHz SMCLK). putchar waits for UCTXIFG. */
void uart_init(void);
int putchar(int c);
void print_str(const char *s);
void print_hex8(uint8_t v);
void print_hex16(uint16_t v);
void print_hex32(uint32_t v);
void print_dec(int32_t v);
void print_u32(uint32_t v);
void print_nl(void);

/* Freestanding memory helpers (clang emits calls to these for struct copies and large initialisers). */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);

#endif /* SDK_H */
