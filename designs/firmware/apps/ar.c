/*
 * ar: activity recognition (the AR benchmark of DINO/Chain/Alpaca, re-designed here): classify windows of
 * a synthetic 3-axis accelerometer as "stationary" or "moving" with a nearest-centroid model.
 *
 * Sensor model (integers, 1 g = 64): a linear-congruential generator r = 1664525 * r + 1013904223
 * (mod 2^32), r = 7 at start; each axis sample takes noise = ((r >> 24) & 31) - 16 from a fresh step.
 *   stationary: (noise, noise, 64 + noise)
 *   moving:     (2 * tri(t) + noise, tri(t + 5) / 2 + noise, 64 + tri(t + 11) / 2 + noise), where
 *               tri(t) = |((4 * t) mod 128) - 64| - 32 is a triangle wave of period 32 samples.
 * Features of a window of WINDOW = 16 samples, with mag = floor(sqrt(x^2 + y^2 + z^2)):
 *   mean = floor(sum(mag) / WINDOW),  dev = floor(sum(|mag - mean|) / WINDOW).
 * Training: TRAIN windows of each class; centroid = floor(mean of the features). Test: TEST windows whose
 * class is bit 31 of a fresh generator step; predicted class = nearest centroid in squared distance
 * (ties go to stationary). The time index t runs on across windows.
 * Results: ar_centroid[4] (stationary mean, dev, moving mean, dev), ar_count[2] (predicted stationary,
 * moving), ar_correct. main returns ar_correct ^ (ar_count[1] << 8).
 */
#include "sdk.h"

#ifndef TRAIN
#define TRAIN 6
#endif
#ifndef TEST
#define TEST 24
#endif
#define WINDOW 16

volatile uint16_t ar_centroid[4];
volatile uint16_t ar_count[2];
volatile uint16_t ar_correct;

static uint32_t rng = 7;
static uint16_t t_index;

static int16_t noise(void) {
    rng = 1664525ul * rng + 1013904223ul;
    return (int16_t)((rng >> 24) & 31u) - 16;
}

static int16_t tri(uint16_t t) {
    int16_t v = (int16_t)((4u * t) & 127u) - 64;
    return (int16_t)((v < 0 ? -v : v) - 32);
}

static uint16_t isqrt16(uint16_t v) {
    uint16_t root = 0, bit = 1u << 14;
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
    return (uint16_t)root;
}

typedef struct {
    uint16_t mean, dev;
} features_t;

static features_t window_features(int moving) {
    uint16_t mags[WINDOW];
    uint32_t sum = 0;
    for (int i = 0; i < WINDOW; i++) {
        int16_t x, y, z;
        if (moving) {
            x = (int16_t)(2 * tri(t_index) + noise());
            y = (int16_t)(tri((uint16_t)(t_index + 5u)) / 2 + noise());
            z = (int16_t)(64 + tri((uint16_t)(t_index + 11u)) / 2 + noise());
        } else {
            x = noise();
            y = noise();
            z = (int16_t)(64 + noise());
        }
        t_index++;
        /* |x| <= 80, |y| <= 48, |z| <= 95: the sum of squares fits in 16 bits */
        uint16_t sq = (uint16_t)(x * x) + (uint16_t)(y * y) + (uint16_t)(z * z);
        mags[i] = isqrt16(sq);
        sum += mags[i];
    }
    features_t f;
    f.mean = (uint16_t)(sum / WINDOW);
    uint32_t dev = 0;
    for (int i = 0; i < WINDOW; i++) dev += mags[i] > f.mean ? mags[i] - f.mean : f.mean - mags[i];
    f.dev = (uint16_t)(dev / WINDOW);
    return f;
}

static uint32_t distance2(features_t f, uint16_t mean, uint16_t dev) {
    int32_t dm = (int32_t)f.mean - mean, dd = (int32_t)f.dev - dev;
    return (uint32_t)(dm * dm + dd * dd);
}

int main(void) {
    uart_init();
    uint16_t centroid[4];
    for (int cls = 0; cls < 2; cls++) {
        uint32_t sum_mean = 0, sum_dev = 0;
        for (int i = 0; i < TRAIN; i++) {
            features_t f = window_features(cls);
            sum_mean += f.mean;
            sum_dev += f.dev;
        }
        centroid[2 * cls] = (uint16_t)(sum_mean / TRAIN);
        centroid[2 * cls + 1] = (uint16_t)(sum_dev / TRAIN);
    }
    uint16_t count[2] = {0, 0}, correct = 0;
    for (int i = 0; i < TEST; i++) {
        rng = 1664525ul * rng + 1013904223ul;
        int truth = (int)(rng >> 31);
        features_t f = window_features(truth);
        int predicted = distance2(f, centroid[2], centroid[3]) < distance2(f, centroid[0], centroid[1]);
        count[predicted]++;
        if (predicted == truth) correct++;
    }
    for (int i = 0; i < 4; i++) ar_centroid[i] = centroid[i];
    ar_count[0] = count[0];
    ar_count[1] = count[1];
    ar_correct = correct;
    print_str("ar ");
    print_u32(correct);
    putchar('/');
    print_u32(TEST);
    print_nl();
    return correct ^ (uint16_t)(count[1] << 8);
}
