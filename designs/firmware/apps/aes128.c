/*
 * aes128: AES-128 (FIPS-197) encryption and decryption, byte-oriented. The S-box and its inverse are
 * computed at start-up from their definition (multiplicative inverse in GF(2^8) modulo x^8+x^4+x^3+x+1,
 * found with exp/log tables of the generator 3, then the affine map with constant 0x63), so no table is
 * copied from anywhere.
 * Checks: the FIPS-197 Appendix C.1 example (key 000102..0f, plaintext 00112233..ff) must give
 * 69c4e0d86a7b0430d8cdb78070b4c55a. Workload: BLOCKS further blocks in CBC-like chaining
 * (block_{i+1} = AES(block_i XOR counter i)), then all decrypted back in reverse order.
 * Results: aes_fips[16] (ciphertext of the FIPS example), aes_chain[16] (last chained block),
 * aes_roundtrip (1 if decrypting the chain gave back the FIPS ciphertext). main returns the XOR of
 * aes_chain's 8 little-endian words ^ aes_roundtrip.
 */
#include "sdk.h"

#ifndef BLOCKS
#define BLOCKS 12
#endif

volatile uint8_t aes_fips[16];
volatile uint8_t aes_chain[16];
volatile uint16_t aes_roundtrip;

static uint8_t sbox[256], inv_sbox[256];
static uint8_t round_keys[176];

static uint8_t xtime(uint8_t x) { return (uint8_t)((x << 1) ^ ((x & 0x80u) ? 0x1Bu : 0u)); }

static uint8_t gmul(uint8_t a, uint8_t b) {
    uint8_t p = 0;
    while (b) {
        if (b & 1u) p ^= a;
        a = xtime(a);
        b >>= 1;
    }
    return p;
}

static uint8_t rotl8(uint8_t x, int n) { return (uint8_t)((x << n) | (x >> (8 - n))); }

/* Inverses from exponent / logarithm tables of the generator 3 of GF(2^8)*: inv(3^k) = 3^(255-k). */
static void build_sboxes(void) {
    uint8_t exp_table[256], log_table[256];
    uint8_t x = 1;
    for (int k = 0; k < 255; k++) {
        exp_table[k] = x;
        log_table[x] = (uint8_t)k;
        x = (uint8_t)(x ^ xtime(x)); /* x * 3 */
    }
    for (int i = 0; i < 256; i++) {
        uint8_t inv = i ? exp_table[(255 - log_table[i]) % 255] : 0;
        uint8_t s = (uint8_t)(inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63u);
        sbox[i] = s;
        inv_sbox[s] = (uint8_t)i;
    }
}

static void expand_key(const uint8_t key[16]) {
    uint8_t rcon = 1;
    for (int i = 0; i < 16; i++) round_keys[i] = key[i];
    for (int i = 16; i < 176; i += 4) {
        uint8_t t0 = round_keys[i - 4], t1 = round_keys[i - 3], t2 = round_keys[i - 2], t3 = round_keys[i - 1];
        if (i % 16 == 0) {
            uint8_t tmp = t0;
            t0 = (uint8_t)(sbox[t1] ^ rcon);
            t1 = sbox[t2];
            t2 = sbox[t3];
            t3 = sbox[tmp];
            rcon = xtime(rcon);
        }
        round_keys[i] = round_keys[i - 16] ^ t0;
        round_keys[i + 1] = round_keys[i - 15] ^ t1;
        round_keys[i + 2] = round_keys[i - 14] ^ t2;
        round_keys[i + 3] = round_keys[i - 13] ^ t3;
    }
}

static void add_round_key(uint8_t st[16], int round) {
    for (int i = 0; i < 16; i++) st[i] ^= round_keys[16 * round + i];
}

/* State byte i is row i % 4, column i / 4 (FIPS-197 input order). */
static void shift_rows(uint8_t st[16], int inverse) {
    uint8_t t[16];
    for (int c = 0; c < 4; c++)
        for (int r = 0; r < 4; r++) {
            int src = inverse ? (c - r + 4) % 4 : (c + r) % 4;
            t[4 * c + r] = st[4 * src + r];
        }
    for (int i = 0; i < 16; i++) st[i] = t[i];
}

static void mix_columns(uint8_t st[16], int inverse) {
    static const uint8_t fwd[4] = {2, 3, 1, 1}, inv[4] = {14, 11, 13, 9};
    const uint8_t *m = inverse ? inv : fwd;
    for (int c = 0; c < 4; c++) {
        uint8_t a[4];
        for (int r = 0; r < 4; r++) a[r] = st[4 * c + r];
        for (int r = 0; r < 4; r++)
            st[4 * c + r] = (uint8_t)(gmul(a[0], m[(4 - r) % 4]) ^ gmul(a[1], m[(5 - r) % 4]) ^
                                      gmul(a[2], m[(6 - r) % 4]) ^ gmul(a[3], m[(7 - r) % 4]));
    }
}

static void encrypt(uint8_t st[16]) {
    add_round_key(st, 0);
    for (int round = 1; round <= 10; round++) {
        for (int i = 0; i < 16; i++) st[i] = sbox[st[i]];
        shift_rows(st, 0);
        if (round != 10) mix_columns(st, 0);
        add_round_key(st, round);
    }
}

static void decrypt(uint8_t st[16]) {
    add_round_key(st, 10);
    for (int round = 9; round >= 0; round--) {
        shift_rows(st, 1);
        for (int i = 0; i < 16; i++) st[i] = inv_sbox[st[i]];
        add_round_key(st, round);
        if (round != 0) mix_columns(st, 1);
    }
}

int main(void) {
    uart_init();
    build_sboxes();
    uint8_t key[16], block[16];
    for (int i = 0; i < 16; i++) {
        key[i] = (uint8_t)i;
        block[i] = (uint8_t)(0x11u * i);
    }
    expand_key(key);
    encrypt(block);
    for (int i = 0; i < 16; i++) aes_fips[i] = block[i];
    for (uint16_t n = 0; n < BLOCKS; n++) {
        block[0] ^= (uint8_t)n;
        block[1] ^= (uint8_t)(n >> 8);
        encrypt(block);
    }
    for (int i = 0; i < 16; i++) aes_chain[i] = block[i];
    for (int n = BLOCKS - 1; n >= 0; n--) {
        decrypt(block);
        block[0] ^= (uint8_t)n;
        block[1] ^= (uint8_t)((uint16_t)n >> 8);
    }
    uint16_t ok = 1;
    for (int i = 0; i < 16; i++)
        if (block[i] != aes_fips[i]) ok = 0;
    aes_roundtrip = ok;
    uint16_t digest = ok;
    for (int i = 0; i < 16; i += 2) digest ^= (uint16_t)(aes_chain[i] | (aes_chain[i + 1] << 8));
    print_str("aes128 ");
    for (int i = 0; i < 16; i++) print_hex8(aes_fips[i]);
    print_nl();
    return digest;
}
