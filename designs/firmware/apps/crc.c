/*
 * crc: CRC-16-CCITT (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR; the
 * "CCITT-FALSE" variant) over a buffer, as in the Mementos benchmark set. The buffer holds
 * BUF_LEN bytes of a 16-bit linear-congruential sequence (x = 25173 * x + 13849, byte = x >> 8),
 * generated at run time; the CRC is computed bitwise over it ITERATIONS times, each pass seeded
 * with the previous CRC.
 * Results: crc_result (final CRC), crc_check (CRC of the ASCII string "123456789", which must be
 * 0x29B1 for this CRC variant). main returns crc_result ^ crc_check.
 */
#include "sdk.h"

#ifndef ITERATIONS
#define ITERATIONS 8
#endif
#define BUF_LEN 512

static uint8_t buffer[BUF_LEN];
volatile uint16_t crc_result;
volatile uint16_t crc_check;

static uint16_t crc16_ccitt(uint16_t crc, const uint8_t *data, uint16_t len) {
    for (uint16_t i = 0; i < len; i++) {
        crc ^= (uint16_t)data[i] << 8;
        for (int bit = 0; bit < 8; bit++) {
            if (crc & 0x8000u)
                crc = (uint16_t)((crc << 1) ^ 0x1021u);
            else
                crc = (uint16_t)(crc << 1);
        }
    }
    return crc;
}

int main(void) {
    uart_init();
    uint16_t x = 1;
    for (uint16_t i = 0; i < BUF_LEN; i++) {
        x = (uint16_t)(25173u * x + 13849u);
        buffer[i] = (uint8_t)(x >> 8);
    }
    static const uint8_t check_input[] = "123456789";
    crc_check = crc16_ccitt(0xFFFFu, check_input, 9);

    uint16_t crc = 0xFFFFu;
    for (uint16_t pass = 0; pass < ITERATIONS; pass++) crc = crc16_ccitt(crc, buffer, BUF_LEN);
    crc_result = crc;

    print_str("crc ");
    print_hex16(crc_result);
    print_nl();
    return crc_result ^ crc_check;
}
