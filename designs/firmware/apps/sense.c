/*
 * sense: the Mementos "sense" benchmark. WINDOWS windows of 64 12-bit samples; for each window the
 * minimum, maximum, mean and standard deviation, in exact integer arithmetic:
 *   mean   = floor(sum / 64)
 *   var    = floor((64 * sumsq - sum^2) / 64^2)       (population variance, 64-bit intermediate)
 *   stddev = floor(sqrt(var))                           (bitwise integer square root)
 * Sample source: by default a 12-bit signal held in FRAM (sample_table, 256 entries, filled at start-up:
 * s = 1103515245 * s + 12345 (mod 2^32) from s = 42, sample[i] = 1024 + ((13 * i) & 0x7FF) + ((s >> 16) & 0x1FF)),
 * read with a stride of 7 (index wraps modulo 256); this works in any simulator.
 * Build with -DSENSE_USE_ADC to read ADC12_B instead: one single-channel conversion of the battery
 * monitor channel per sample (ADC12INCH_31 with ADC12BATMAP), polled on ADC12IFG0, result ADC12MEM0.
 * Results (last window): sense_min, sense_max, sense_mean, sense_stddev; sense_digest folds all windows
 * (digest = digest * 31 + min + max + mean + stddev, 16-bit). main returns sense_digest.
 */
#include "sdk.h"

#ifndef WINDOWS
#define WINDOWS 24
#endif
#define WINDOW_LEN 64
#define TABLE_LEN 256

static PERSISTENT uint16_t sample_table[TABLE_LEN];
volatile uint16_t sense_min, sense_max, sense_mean, sense_stddev, sense_digest;

static void fill_table(void) {
    uint32_t s = 42;
    for (uint16_t i = 0; i < TABLE_LEN; i++) {
        s = 1103515245ul * s + 12345ul;
        uint16_t noise = (uint16_t)(s >> 16) & 0x1FFu;   /* 0..511 */
        uint16_t ramp = (uint16_t)((i * 13u) & 0x7FFu);   /* 0..2047 */
        sample_table[i] = (uint16_t)(1024u + ramp + noise); /* < 4096 */
    }
}

#ifdef SENSE_USE_ADC
static void adc_init(void) {
    ADC12CTL0 = ADC12SHT0_2 | ADC12ON;
    ADC12CTL1 = ADC12SHP;
    ADC12CTL2 = ADC12RES_12BIT;
    ADC12CTL3 = ADC12BATMAP;
    ADC12MCTL0 = ADC12INCH_31;
}

static uint16_t read_sample(uint16_t index) {
    (void)index;
    ADC12CTL0 |= ADC12ENC | ADC12SC;
    while ((ADC12IFGR0 & ADC12IFG0) == 0) {
    }
    return ADC12MEM0; /* reading ADC12MEM0 clears ADC12IFG0 */
}
#else
static uint16_t read_sample(uint16_t index) { return sample_table[index & (TABLE_LEN - 1)]; }
#endif

static uint32_t isqrt64(uint64_t v) {
    uint64_t root = 0, bit = 1ull << 62;
    while (bit > v) bit >>= 2;
    while (bit != 0) {
        if (v >= root + bit) {
            v -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    return (uint32_t)root;
}

int main(void) {
    uart_init();
    fill_table();
#ifdef SENSE_USE_ADC
    adc_init();
#endif
    uint16_t digest = 0, index = 0;
    for (uint16_t w = 0; w < WINDOWS; w++) {
        uint16_t lo = 0xFFFFu, hi = 0;
        uint32_t sum = 0;
        uint64_t sumsq = 0;
        for (uint16_t i = 0; i < WINDOW_LEN; i++) {
            uint16_t s = read_sample(index);
            index = (uint16_t)(index + 7u); /* stride through the table */
            if (s < lo) lo = s;
            if (s > hi) hi = s;
            sum += s;
            sumsq += (uint32_t)s * s;
        }
        uint16_t mean = (uint16_t)(sum / WINDOW_LEN);
        uint64_t var = ((uint64_t)WINDOW_LEN * sumsq - (uint64_t)sum * sum) / ((uint64_t)WINDOW_LEN * WINDOW_LEN);
        uint16_t sd = (uint16_t)isqrt64(var);
        sense_min = lo;
        sense_max = hi;
        sense_mean = mean;
        sense_stddev = sd;
        digest = (uint16_t)(digest * 31u + lo + hi + mean + sd);
    }
    sense_digest = digest;
    print_str("sense ");
    print_hex16(digest);
    print_nl();
    return digest;
}
