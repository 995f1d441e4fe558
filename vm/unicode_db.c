// vm/unicode_db.c: the Unicode character database behind str's character properties and case.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A lookup is two array reads (vm/gen_unicode_db.py describes the tables); the few code points
// whose case mappings are not one-to-one are found by binary search in the specials. Builds
// without KL_CFG_UNICODE_DB use the small range tables in vm/obj_str.c instead.

#include "vm/unicode_db.h"

#if KL_CFG_UNICODE_DB

typedef struct _kl_udb_special_t {
    uint16_t c;
    uint16_t map[4][KL_UDB_MAP_MAX]; // upper, lower, title, casefold; 0 ends a shorter one
} kl_udb_special_t;

#include "vm/unicode_db_table.h"

const kl_udb_record_t *kl_udb_get(uint32_t c) {
    if (c >= 0x110000) {
        return &kl_udb_records[0];
    }
    size_t block = kl_udb_index1[c >> KL_UDB_SHIFT];
    size_t i = (block << KL_UDB_SHIFT) | (c & ((1u << KL_UDB_SHIFT) - 1));
    return &kl_udb_records[kl_udb_index2[i]];
}

size_t kl_udb_map(uint32_t c, kl_udb_map_t kind, uint32_t out[KL_UDB_MAP_MAX]) {
    const kl_udb_record_t *r = kl_udb_get(c);
    if (r->flags & KL_UDB_SPECIAL) {
        size_t a = 0, b = sizeof(kl_udb_specials) / sizeof(kl_udb_specials[0]);
        while (a < b) {
            size_t m = (a + b) / 2;
            if (kl_udb_specials[m].c < c) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        const uint16_t *map = kl_udb_specials[a].map[kind];
        size_t n = 0;
        while (n < KL_UDB_MAP_MAX && map[n] != 0) {
            out[n] = map[n];
            n++;
        }
        return n;
    }
    int32_t delta = kind == KL_UDB_MAP_UPPER   ? r->upper
                    : kind == KL_UDB_MAP_TITLE ? r->title
                                               : r->lower; // casefold is lower when not special
    out[0] = (uint32_t)((int32_t)c + delta);
    return 1;
}

#endif // KL_CFG_UNICODE_DB
