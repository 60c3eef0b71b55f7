/*
 * print: self-test of the SDK's number printing. putchar is overridden (the SDK's is weak) to append to
 * print_buffer; the expected text is documented in the test that reads it.
 */
#include "sdk.h"

volatile char print_buffer[160];
volatile uint16_t print_length;

int putchar(int c) {
    if (print_length < sizeof print_buffer) print_buffer[print_length++] = (char)c;
    return c;
}

int main(void) {
    print_str("dec:");
    print_dec(0);
    putchar(',');
    print_dec(-1);
    putchar(',');
    print_dec(2147483647l);
    putchar(',');
    print_dec(-2147483647l - 1);
    putchar(',');
    print_u32(4294967295ul);
    putchar(',');
    print_u32(1000000ul);
    print_str(" hex:");
    print_hex16(0xBEEF);
    putchar(',');
    print_hex32(0x0123ABCDul);
    putchar(',');
    print_hex8(0x0F);
    print_nl();
    return print_length;
}
