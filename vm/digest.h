// vm/digest.h: the message digests MD5, SHA-1 and the SHA-2 family, fed a piece at a time.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_DIGEST_H
#define KL_INCLUDED_VM_DIGEST_H

#include <stddef.h>
#include <stdint.h>

#include "vm/config.h"

// The algorithms, in the order of the tables of vm/digest.c.
typedef enum {
    KL_DIGEST_MD5,
    KL_DIGEST_SHA1,
    KL_DIGEST_SHA224,
    KL_DIGEST_SHA256,
    KL_DIGEST_SHA384,
    KL_DIGEST_SHA512,
    KL_DIGEST_NUM,
} kl_digest_kind_t;

#define KL_DIGEST_MAX_SIZE (64)

// The running state of one digest: the chaining values, the bytes of a partial block and the
// count of bytes fed so far. A plain struct, so copying it copies the digest (hash.copy()).
typedef struct _kl_digest_t {
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } h;
    uint64_t count;
    uint8_t kind;
    uint8_t buf[128];
} kl_digest_t;

void kl_digest_init(kl_digest_t *d, kl_digest_kind_t kind);
void kl_digest_update(kl_digest_t *d, const uint8_t *data, size_t len);
// Write the digest of what [d] has seen to [out]; [d] itself is left as it was, so more data
// may follow.
void kl_digest_final(const kl_digest_t *d, uint8_t *out);
// Bytes of the digest and of one block of [kind].
size_t kl_digest_size(kl_digest_kind_t kind);
size_t kl_digest_block_size(kl_digest_kind_t kind);

#endif // KL_INCLUDED_VM_DIGEST_H
