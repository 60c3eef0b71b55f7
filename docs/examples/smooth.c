/*
 * smooth: the tutorial's example (docs/tutorial.md), a sensor node's batch job. It makes WINDOWS windows
 * of N "sensor readings" (a 16-bit linear-congruential sequence, x = 25173 * x + 13849, reading =
 * 512 + (x >> 8) - 128), smooths each with a first-order low-pass filter y += (x - y) / 8, and keeps the
 * smallest and largest smoothed value and a 16-bit sum of all of them. It prints them on the UART and
 * returns the sum as its exit code (so `msp430emu run` shows it). All state is in SRAM: on harvested
 * energy without checkpoints a power failure starts the job again from the first window.
 */
#include "sdk.h"

#define N 256
#define WINDOWS 24

static int16_t window[N];

int main(void) {
    uart_init();
    uint16_t x = 1;
    int16_t lowest = 0x7fff, highest = -0x7fff;
    uint16_t sum = 0;
    for (uint16_t w = 0; w < WINDOWS; w++) {
        for (uint16_t i = 0; i < N; i++) {          /* read the sensor */
            x = (uint16_t)(25173u * x + 13849u);
            window[i] = (int16_t)(512 + (x >> 8) - 128);
        }
        int16_t y = window[0];
        for (uint16_t i = 0; i < N; i++) {          /* smooth and summarise */
            y += (int16_t)(window[i] - y) >> 3;
            if (y < lowest) lowest = y;
            if (y > highest) highest = y;
            sum += (uint16_t)y;
        }
    }
    print_str("smooth min ");
    print_dec(lowest);
    print_str(" max ");
    print_dec(highest);
    print_str(" sum ");
    print_hex16(sum);
    print_nl();
    return (int)sum;
}
