/*
 * cf: cuckoo filter (Fan et al., CoNEXT 2014; the CF benchmark of the intermittent-computing literature).
 * BUCKETS = 64 buckets of 4 one-byte fingerprints (0 = empty). For a 16-bit key k:
 *   h(k)   = (k * 0x9E37 + 0x7F4A) mod 2^16, then h ^= h >> 7, h = (h * 0x5BD1) mod 2^16, h ^= h >> 9
 *   fp     = (h >> 8) if nonzero, else 1                    (8-bit fingerprint)
 *   i1     = h mod BUCKETS,  i2 = (i1 ^ h(fp)) mod BUCKETS  (partial-key cuckoo hashing; i1 = i2 ^ h(fp))
 * Insert: put fp in the first empty slot of i1 then i2; otherwise evict: start in i1 and repeat up to
 * MAX_KICKS times: slot = r mod 4 with r = 75 * r + 74 (mod 65537, r = 1 at start), swap fp with the
 * victim, move to the victim's alternate bucket and try its empty slots. An insert that runs out of kicks
 * is counted as failed (the fingerprint in hand is dropped).
 * Workload: insert keys 3 * i + 1 for i < INSERTS, then look up the same keys (found) and keys
 * 3 * i + 2 for i < INSERTS (never inserted: every hit is a false positive).
 * Results: cf_inserted, cf_failed, cf_found, cf_false_pos. main returns
 * cf_found ^ (cf_false_pos << 8) ^ cf_failed.
 */
#include "sdk.h"

#ifndef INSERTS
#define INSERTS 240
#endif
#define BUCKETS 64
#define SLOTS 4
#define MAX_KICKS 32

static uint8_t table[BUCKETS][SLOTS];
static uint32_t kick_rng = 1;

volatile uint16_t cf_inserted, cf_failed, cf_found, cf_false_pos;

static uint16_t hash16(uint16_t k) {
    uint16_t h = (uint16_t)(k * 0x9E37u + 0x7F4Au);
    h ^= h >> 7;
    h = (uint16_t)(h * 0x5BD1u);
    h ^= h >> 9;
    return h;
}

static uint8_t fingerprint(uint16_t h) {
    uint8_t fp = (uint8_t)(h >> 8);
    return fp ? fp : 1;
}

static uint16_t alt_index(uint16_t i, uint8_t fp) { return (uint16_t)((i ^ hash16(fp)) % BUCKETS); }

static int put(uint16_t i, uint8_t fp) {
    for (int s = 0; s < SLOTS; s++) {
        if (table[i][s] == 0) {
            table[i][s] = fp;
            return 1;
        }
    }
    return 0;
}

static int insert(uint16_t key) {
    uint16_t h = hash16(key);
    uint8_t fp = fingerprint(h);
    uint16_t i1 = h % BUCKETS, i2 = alt_index(i1, fp);
    if (put(i1, fp) || put(i2, fp)) return 1;
    uint16_t i = i1;
    for (int kick = 0; kick < MAX_KICKS; kick++) {
        kick_rng = (75u * kick_rng + 74u) % 65537u;
        uint16_t s = (uint16_t)(kick_rng % SLOTS);
        uint8_t victim = table[i][s];
        table[i][s] = fp;
        fp = victim;
        i = alt_index(i, fp);
        if (put(i, fp)) return 1;
    }
    return 0;
}

static int contains(uint16_t key) {
    uint16_t h = hash16(key);
    uint8_t fp = fingerprint(h);
    uint16_t i1 = h % BUCKETS, i2 = alt_index(i1, fp);
    for (int s = 0; s < SLOTS; s++)
        if (table[i1][s] == fp || table[i2][s] == fp) return 1;
    return 0;
}

int main(void) {
    uart_init();
    uint16_t inserted = 0, failed = 0, found = 0, false_pos = 0;
    for (uint16_t i = 0; i < INSERTS; i++) {
        if (insert((uint16_t)(3u * i + 1u)))
            inserted++;
        else
            failed++;
    }
    for (uint16_t i = 0; i < INSERTS; i++) {
        found += (uint16_t)contains((uint16_t)(3u * i + 1u));
        false_pos += (uint16_t)contains((uint16_t)(3u * i + 2u));
    }
    cf_inserted = inserted;
    cf_failed = failed;
    cf_found = found;
    cf_false_pos = false_pos;
    print_str("cf ");
    print_u32(found);
    putchar(' ');
    print_u32(false_pos);
    print_nl();
    return found ^ (uint16_t)(false_pos << 8) ^ failed;
}
