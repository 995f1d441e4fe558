// vm/digest.c: the message digests MD5, SHA-1 and the SHA-2 family, fed a piece at a time.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Written from the specifications: FIPS 180-4 for SHA-1 and SHA-2, RFC 1321 for MD5. All six
// share one state struct and one buffering routine, which only differ in the block size (64
// bytes, or 128 for SHA-384 and SHA-512) and in the compression function called per block.
//
// SHA-2's constants are derived from the primes, and the tables overlap: the 64 round constants
// of SHA-256 are the high halves of SHA-512's first 64, and the initial values of SHA-256 and
// SHA-224 are the high and low halves of those of SHA-512 and SHA-384. Only the 64-bit tables
// are stored. The random module needs SHA-512 alone (to seed from a str or bytes), so a build
// without hashlib keeps only that.

#include <stdbool.h>
#include <string.h>

#include "vm/digest.h"

#if KL_CFG_MODULE_HASHLIB || KL_CFG_MODULE_RANDOM

#define DIGEST_32BIT (KL_CFG_MODULE_HASHLIB)

// ==== SHA-512 and SHA-384 ====

// The first 64 bits of the fractional parts of the cube roots of the first 80 primes.
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

// The first 64 bits of the fractional parts of the square roots of the first 8 primes
// (SHA-512) and of the next 8 (SHA-384).
static const uint64_t sha512_init[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};
static const uint64_t sha384_init[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};

static uint64_t rotr64(uint64_t x, unsigned n) {
    return (x >> n) | (x << (64 - n));
}

// One 128-byte block into the state [h]. The message schedule is kept as a ring of its last 16
// words (128 bytes of stack instead of 640 on a small board).
static void sha512_block(uint64_t *h, const uint8_t *p) {
    uint64_t w[16];
    for (size_t t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (size_t b = 0; b < 8; b++) {
            v = (v << 8) | p[8 * t + b];
        }
        w[t] = v;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (size_t t = 0; t < 80; t++) {
        if (t >= 16) {
            uint64_t w15 = w[(t - 15) & 15];
            uint64_t w2 = w[(t - 2) & 15];
            uint64_t s0 = rotr64(w15, 1) ^ rotr64(w15, 8) ^ (w15 >> 7);
            uint64_t s1 = rotr64(w2, 19) ^ rotr64(w2, 61) ^ (w2 >> 6);
            w[t & 15] += s0 + w[(t - 7) & 15] + s1;
        }
        uint64_t s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + s1 + ch + sha512_k[t] + w[t & 15];
        uint64_t s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + s0 + maj;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

#if DIGEST_32BIT

static uint32_t rotr32(uint32_t x, unsigned n) {
    return (x >> n) | (x << (32 - n));
}

static uint32_t rotl32(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}

static uint32_t load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

// ==== SHA-256 and SHA-224 ====

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[16];
    for (size_t t = 0; t < 16; t++) {
        w[t] = load_be32(p + 4 * t);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (size_t t = 0; t < 64; t++) {
        if (t >= 16) {
            uint32_t w15 = w[(t - 15) & 15];
            uint32_t w2 = w[(t - 2) & 15];
            uint32_t s0 = rotr32(w15, 7) ^ rotr32(w15, 18) ^ (w15 >> 3);
            uint32_t s1 = rotr32(w2, 17) ^ rotr32(w2, 19) ^ (w2 >> 10);
            w[t & 15] += s0 + w[(t - 7) & 15] + s1;
        }
        uint32_t s1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + s1 + ch + (uint32_t)(sha512_k[t] >> 32) + w[t & 15];
        uint32_t s0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + s0 + maj;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// ==== SHA-1 ====

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[16];
    for (size_t t = 0; t < 16; t++) {
        w[t] = load_be32(p + 4 * t);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (size_t t = 0; t < 80; t++) {
        if (t >= 16) {
            w[t & 15] = rotl32(w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15], 1);
        }
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (t < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t tmp = rotl32(a, 5) + f + e + k + w[t & 15];
        e = d;
        d = c;
        c = rotl32(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// ==== MD5 ====

// RFC 1321's table T: the integer part of 2**32 * abs(sin(i + 1)).
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// The left rotations of each round, four per round, used in turn.
static const uint8_t md5_shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t x[16];
    for (size_t i = 0; i < 16; i++) {
        x[i] = (uint32_t)p[4 * i] | ((uint32_t)p[4 * i + 1] << 8) | ((uint32_t)p[4 * i + 2] << 16) |
               ((uint32_t)p[4 * i + 3] << 24);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (unsigned i = 0; i < 64; i++) {
        uint32_t f;
        unsigned k;
        switch (i / 16) {
            case 0:
                f = (b & c) | (~b & d);
                k = i;
                break;
            case 1:
                f = (b & d) | (c & ~d);
                k = (5 * i + 1) & 15;
                break;
            case 2:
                f = b ^ c ^ d;
                k = (3 * i + 5) & 15;
                break;
            default:
                f = c ^ (b | ~d);
                k = (7 * i) & 15;
                break;
        }
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + md5_t[i] + x[k], md5_shift[(i / 16) * 4 + (i & 3)]);
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

#endif // DIGEST_32BIT

// ==== The common part ====

size_t kl_digest_size(kl_digest_kind_t kind) {
    static const uint8_t sizes[KL_DIGEST_NUM] = {16, 20, 28, 32, 48, 64};
    return sizes[kind];
}

size_t kl_digest_block_size(kl_digest_kind_t kind) {
    return kind >= KL_DIGEST_SHA384 ? 128 : 64;
}

void kl_digest_init(kl_digest_t *d, kl_digest_kind_t kind) {
    memset(d, 0, sizeof(*d));
    d->kind = (uint8_t)kind;
    switch (kind) {
        case KL_DIGEST_SHA384:
        case KL_DIGEST_SHA512:
            memcpy(d->h.w64, kind == KL_DIGEST_SHA512 ? sha512_init : sha384_init,
                   sizeof(d->h.w64));
            break;
#if DIGEST_32BIT
        case KL_DIGEST_SHA224:
        case KL_DIGEST_SHA256:
            for (size_t i = 0; i < 8; i++) {
                d->h.w32[i] = kind == KL_DIGEST_SHA256 ? (uint32_t)(sha512_init[i] >> 32)
                                                       : (uint32_t)sha384_init[i];
            }
            break;
        default: // MD5 and SHA-1 start alike; SHA-1 has a fifth word
            d->h.w32[0] = 0x67452301;
            d->h.w32[1] = 0xefcdab89;
            d->h.w32[2] = 0x98badcfe;
            d->h.w32[3] = 0x10325476;
            d->h.w32[4] = 0xc3d2e1f0;
            break;
#else
        default:
            break;
#endif
    }
}

static void digest_block(kl_digest_t *d, const uint8_t *p) {
    switch (d->kind) {
        case KL_DIGEST_SHA384:
        case KL_DIGEST_SHA512:
            sha512_block(d->h.w64, p);
            break;
#if DIGEST_32BIT
        case KL_DIGEST_SHA224:
        case KL_DIGEST_SHA256:
            sha256_block(d->h.w32, p);
            break;
        case KL_DIGEST_SHA1:
            sha1_block(d->h.w32, p);
            break;
        default:
            md5_block(d->h.w32, p);
            break;
#else
        default:
            break;
#endif
    }
}

void kl_digest_update(kl_digest_t *d, const uint8_t *data, size_t len) {
    size_t bs = kl_digest_block_size(d->kind);
    size_t have = (size_t)(d->count % bs);
    d->count += len;
    if (have > 0) {
        size_t take = bs - have < len ? bs - have : len;
        memcpy(d->buf + have, data, take);
        data += take;
        len -= take;
        if (have + take < bs) {
            return;
        }
        digest_block(d, d->buf);
    }
    for (; len >= bs; len -= bs, data += bs) {
        digest_block(d, data);
    }
    if (len > 0) {
        memcpy(d->buf, data, len);
    }
}

// The padding of every algorithm: a 1 bit, zeros, and the message length in bits in the last 8
// (or 16) bytes of a block, big-endian for SHA and little-endian for MD5.
void kl_digest_final(const kl_digest_t *src, uint8_t *out) {
    kl_digest_t d = *src;
    size_t bs = kl_digest_block_size(d.kind);
    size_t lenbytes = bs == 128 ? 16 : 8;
    size_t have = (size_t)(d.count % bs);
    uint64_t bits = d.count * 8;
    uint8_t hi = (uint8_t)(d.count >> 61); // bits above 64, for the 128-bit length of SHA-512
    d.buf[have++] = 0x80;
    memset(d.buf + have, 0, bs - have);
    if (have > bs - lenbytes) {
        digest_block(&d, d.buf);
        memset(d.buf, 0, bs);
    }
    bool little = d.kind == KL_DIGEST_MD5;
    for (size_t i = 0; i < 8; i++) {
        d.buf[little ? bs - 8 + i : bs - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    if (bs == 128) {
        d.buf[bs - 9] = hi;
    }
    digest_block(&d, d.buf);
    size_t n = kl_digest_size(d.kind);
    for (size_t i = 0; i < n; i++) {
        if (bs == 128) {
            out[i] = (uint8_t)(d.h.w64[i / 8] >> (56 - 8 * (i % 8)));
        } else if (little) {
            out[i] = (uint8_t)(d.h.w32[i / 4] >> (8 * (i % 4)));
        } else {
            out[i] = (uint8_t)(d.h.w32[i / 4] >> (24 - 8 * (i % 4)));
        }
    }
}

#endif // KL_CFG_MODULE_HASHLIB || KL_CFG_MODULE_RANDOM
