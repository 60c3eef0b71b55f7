/*
 * Mementos runtime, timer mode (compiled only when MEMENTOS_TIMER_CCR0 is defined): Timer0_A3 counts SMCLK
 * (divided by 2^MEMENTOS_TIMER_ID) in up mode to MEMENTOS_TIMER_CCR0; each CCR0 interrupt sets
 * __mementos_timer_flag, and __mementos_check returns at once unless the flag is set (it clears it).
 * Uses the TIMER0_A0 vector: a program with its own Timer0_A3 CCR0 handler cannot use timer mode.
 */
#include <stdint.h>

#include "mementos.h"
#include "sdk.h"

#ifndef MEMENTOS_TIMER_CCR0
#error "mementos_timer.c is the timer mode: build it with -DMEMENTOS_TIMER_CCR0=N (msp430emu instrument does)"
#endif
#ifndef MEMENTOS_TIMER_ID
#define MEMENTOS_TIMER_ID 0
#endif

#define REG16(addr) (*(volatile uint16_t *)(addr))

volatile uint8_t __mementos_timer_flag;

void __mementos_timer_init(void) {
    __mementos_timer_flag = 0;
    REG16(MEMENTOS_TA0CCR0) = MEMENTOS_TIMER_CCR0;
    REG16(MEMENTOS_TA0CCTL0) = MEMENTOS_CCIE;
    REG16(MEMENTOS_TA0CTL) = MEMENTOS_TASSEL_SMCLK | MEMENTOS_MC_UP | MEMENTOS_TACLR | (MEMENTOS_TIMER_ID << 6);
    sdk_enable_interrupts();
}

SDK_ISR(TIMER0_A0_VECTOR, __mementos_timer_isr) { __mementos_timer_flag = 1; }
