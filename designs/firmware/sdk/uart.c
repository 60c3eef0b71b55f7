/*
 * Text output on eUSCI_A0 (UART, 8N1). uart_init sets 9600 baud from a 1 MHz SMCLK (SLAU367 table
 * "Recommended Settings for Typical Crystals and Baud Rates": UCOS16 = 1, UCBRx = 6, UCBRFx = 8,
 * UCBRSx = 0x20) and routes UCA0TXD/RXD to P2.0/P2.1 (P2SEL1 = 1, P2SEL0 = 0). putchar waits for UCTXIFG
 * then writes UCA0TXBUF; it is a weak symbol, so a program can send its characters elsewhere by defining
 * its own putchar. Numbers are printed without division (subtraction of powers of ten).
 */
#include "sdk.h"

void uart_init(void) {
    UCA0CTLW0 = UCSWRST;
    UCA0CTLW0 = UCSWRST | UCSSEL_SMCLK;
    UCA0BRW = 6;
    UCA0MCTLW = (0x20u << 8) | (8u << 4) | 0x0001u;
    P2SEL1 |= 0x03u;
    P2SEL0 &= (uint8_t)~0x03u;
    UCA0CTLW0 = UCSSEL_SMCLK; /* release the reset: UCTXIFG becomes set */
}

__attribute__((weak)) int putchar(int c) {
    while ((UCA0IFG & UCTXIFG) == 0) {
    }
    UCA0TXBUF = (uint8_t)c;
    return c & 0xFF;
}

void print_str(const char *s) {
    while (*s) putchar(*s++);
}

void print_nl(void) { putchar('\n'); }

static void print_hex_digits(uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        uint32_t x = v;
        for (int s = 0; s < shift; s++) x >>= 1; /* no variable-shift helper needed */
        putchar(hex[x & 0xFu]);
    }
}

void print_hex8(uint8_t v) { print_hex_digits(v, 2); }

void print_hex16(uint16_t v) { print_hex_digits(v, 4); }

void print_hex32(uint32_t v) { print_hex_digits(v, 8); }

void print_u32(uint32_t v) {
    static const uint32_t powers[] = {1000000000ul, 100000000ul, 10000000ul, 1000000ul, 100000ul,
                                      10000ul,      1000ul,      100ul,      10ul,      1ul};
    int started = 0;
    for (unsigned i = 0; i < sizeof powers / sizeof powers[0]; i++) {
        char digit = '0';
        while (v >= powers[i]) {
            v -= powers[i];
            digit++;
        }
        if (digit != '0' || started || powers[i] == 1ul) {
            putchar(digit);
            started = 1;
        }
    }
}

void print_dec(int32_t v) {
    if (v < 0) {
        putchar('-');
        print_u32((uint32_t)0 - (uint32_t)v);
    } else {
        print_u32((uint32_t)v);
    }
}
