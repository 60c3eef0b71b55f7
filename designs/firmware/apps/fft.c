/*
 * fft: 64-point radix-2 decimation-in-time FFT in Q15 fixed point, scaled by 1/2 at each of the 6 stages
 * (so the output is DFT(x) / 64 and no stage can overflow).
 * Twiddles: W^k = cos(2 pi k / 64) - j sin(2 pi k / 64) from a 17-entry quarter-wave table
 * sine_q15[i] = round(32767 * sin(pi i / 32)), i = 0..16.
 * Butterfly on (a, b) with twiddle (wr, wi):  t = b * W (products (x * w) >> 15, arithmetic shifts),
 *   a' = (a + t) >> 1,  b' = (a - t) >> 1   (real and imaginary parts separately, 32-bit sums).
 * Input (real): x[n] = 6000 sin-table tone at bin 5 + 3000 cosine tone at bin 12 + noise, built from the
 * table: x[n] = (6000 * S(5n) >> 15) + (3000 * C(12n) >> 15) + ((r >> 21) & 511) - 256 with the LCG
 * r = 1103515245 r + 12345 (mod 2^32), r = 99 at start; S(k), C(k) are the table's sin / cos of 2 pi k/64.
 * The transform runs FRAMES times on the same input (each run from a fresh copy).
 * Results: fft_re[64], fft_im[64] (int16, last run), fft_peak (bin 1..31 of the largest |X|^2).
 * main returns fft_peak ^ (uint16_t)fft_re[5] ^ (uint16_t)fft_im[5].
 */
#include "sdk.h"

#ifndef FRAMES
#define FRAMES 4
#endif
#define N 64
#define LOG2N 6

static const int16_t sine_q15[17] = {0,     3212,  6393,  9512,  12539, 15446, 18204, 20787, 23170,
                                     25329, 27245, 28898, 30273, 31356, 32137, 32609, 32767};

volatile int16_t fft_re[N], fft_im[N];
volatile uint16_t fft_peak;

/* sin(2 pi k / N) in Q15 for any k, from the quarter-wave table. */
static int16_t sin_q15(uint16_t k) {
    k &= N - 1;
    if (k <= 16) return sine_q15[k];
    if (k <= 32) return sine_q15[32 - k];
    if (k <= 48) return (int16_t)-sine_q15[k - 32];
    return (int16_t)-sine_q15[64 - k];
}

static int16_t cos_q15(uint16_t k) { return sin_q15((uint16_t)(k + 16u)); }

static int16_t mul_q15(int16_t a, int16_t b) { return (int16_t)(((int32_t)a * b) >> 15); }

static uint16_t bit_reverse(uint16_t i) {
    uint16_t r = 0;
    for (int b = 0; b < LOG2N; b++) {
        r = (uint16_t)((r << 1) | (i & 1u));
        i >>= 1;
    }
    return r;
}

static void fft(int16_t re[N], int16_t im[N]) {
    for (uint16_t i = 0; i < N; i++) {
        uint16_t j = bit_reverse(i);
        if (j > i) {
            int16_t t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }
    }
    for (uint16_t half = 1, step = N / 2; half < N; half = (uint16_t)(half * 2u), step >>= 1) {
        for (uint16_t start = 0; start < N; start = (uint16_t)(start + 2u * half)) {
            for (uint16_t k = 0; k < half; k++) {
                int16_t wr = cos_q15((uint16_t)(k * step)), wi = (int16_t)-sin_q15((uint16_t)(k * step));
                uint16_t a = (uint16_t)(start + k), b = (uint16_t)(a + half);
                int32_t tr = (int32_t)mul_q15(re[b], wr) - mul_q15(im[b], wi);
                int32_t ti = (int32_t)mul_q15(re[b], wi) + mul_q15(im[b], wr);
                int32_t ar = re[a], ai = im[a];
                re[a] = (int16_t)((ar + tr) >> 1);
                im[a] = (int16_t)((ai + ti) >> 1);
                re[b] = (int16_t)((ar - tr) >> 1);
                im[b] = (int16_t)((ai - ti) >> 1);
            }
        }
    }
}

int main(void) {
    uart_init();
    int16_t input[N], re[N], im[N];
    uint32_t r = 99;
    for (uint16_t n = 0; n < N; n++) {
        r = 1103515245ul * r + 12345ul;
        input[n] = (int16_t)(mul_q15(6000, sin_q15((uint16_t)(5u * n))) + mul_q15(3000, cos_q15((uint16_t)(12u * n))) +
                             (int16_t)((r >> 21) & 511u) - 256);
    }
    for (uint16_t frame = 0; frame < FRAMES; frame++) {
        for (uint16_t n = 0; n < N; n++) {
            re[n] = input[n];
            im[n] = 0;
        }
        fft(re, im);
    }
    uint16_t peak = 1;
    int32_t best = -1;
    for (uint16_t k = 1; k < N / 2; k++) {
        int32_t p = (int32_t)re[k] * re[k] + (int32_t)im[k] * im[k];
        if (p > best) {
            best = p;
            peak = k;
        }
    }
    for (uint16_t k = 0; k < N; k++) {
        fft_re[k] = re[k];
        fft_im[k] = im[k];
    }
    fft_peak = peak;
    print_str("fft peak ");
    print_u32(peak);
    print_nl();
    return peak ^ (uint16_t)re[5] ^ (uint16_t)im[5];
}
