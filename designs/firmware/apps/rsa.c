/*
 * rsa: textbook RSA with a 32-bit modulus and 64-bit arithmetic (the "64-bit RSA" of the Mementos
 * benchmarks): n = p * q with p = 65521, q = 65519 (the two largest primes below 2^16), e = 65537.
 * The private exponent d = e^-1 mod (p-1)(q-1) is computed on the device with the extended Euclidean
 * algorithm (signed 64-bit division). MESSAGES messages m_i = (0x1234567 * (i + 1) + i) mod n are
 * encrypted (c = m^e mod n) and decrypted (m' = c^d mod n) by square-and-multiply; every product is
 * reduced with a 64-bit remainder (the EABI helpers __mspabi_mpyll / __mspabi_remull).
 * Results: rsa_d, rsa_cipher[MESSAGES], rsa_ok (number of messages with m' == m), rsa_digest (XOR of
 * the ciphertexts' halves). main returns rsa_digest ^ rsa_ok.
 */
#include "sdk.h"

#ifndef MESSAGES
#define MESSAGES 3
#endif

#define P 65521ul
#define Q 65519ul
#define E 65537ul

volatile uint32_t rsa_d;
volatile uint32_t rsa_cipher[MESSAGES];
volatile uint16_t rsa_ok;
volatile uint16_t rsa_digest;

static uint32_t mulmod(uint32_t a, uint32_t b, uint32_t m) { return (uint32_t)(((uint64_t)a * b) % m); }

static uint32_t powmod(uint32_t base, uint32_t exp, uint32_t m) {
    uint32_t result = 1;
    base %= m;
    while (exp != 0) {
        if (exp & 1u) result = mulmod(result, base, m);
        base = mulmod(base, base, m);
        exp >>= 1;
    }
    return result;
}

/* Inverse of a modulo m by the extended Euclidean algorithm (gcd(a, m) = 1). */
static uint32_t inverse(int64_t a, int64_t m) {
    int64_t old_r = a, r = m, old_s = 1, s = 0;
    while (r != 0) {
        int64_t quotient = old_r / r;
        int64_t t = old_r - quotient * r;
        old_r = r;
        r = t;
        t = old_s - quotient * s;
        old_s = s;
        s = t;
    }
    if (old_s < 0) old_s += m;
    return (uint32_t)old_s;
}

int main(void) {
    uart_init();
    const uint32_t n = P * Q;
    const uint32_t phi = (P - 1) * (Q - 1);
    uint32_t d = inverse((int64_t)E, (int64_t)phi);
    rsa_d = d;
    uint16_t ok = 0, digest = 0;
    for (uint16_t i = 0; i < MESSAGES; i++) {
        uint32_t m = (uint32_t)((0x1234567ull * (i + 1u) + i) % n);
        uint32_t c = powmod(m, E, n);
        rsa_cipher[i] = c;
        if (powmod(c, d, n) == m) ok++;
        digest ^= (uint16_t)c ^ (uint16_t)(c >> 16);
    }
    rsa_ok = ok;
    rsa_digest = digest;
    print_str("rsa ");
    print_hex16(digest);
    print_nl();
    return digest ^ ok;
}
