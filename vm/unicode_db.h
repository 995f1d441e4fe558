// vm/unicode_db.h: the Unicode character database behind str's character properties and case.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_UNICODE_DB_H
#define KL_INCLUDED_VM_UNICODE_DB_H

#include <stddef.h>
#include <stdint.h>

#include "vm/config.h"

#if KL_CFG_UNICODE_DB

// The flags of a record: str's is*() methods, Cased and Case_Ignorable (for the final sigma
// rule), XID_Start and XID_Continue (identifiers), and SPECIAL for a code point whose full case
// mappings are in the specials table.
#define KL_UDB_ALPHA (0x1)
#define KL_UDB_DECIMAL (0x2)
#define KL_UDB_DIGIT (0x4)
#define KL_UDB_NUMERIC (0x8)
#define KL_UDB_SPACE (0x10)
#define KL_UDB_PRINTABLE (0x20)
#define KL_UDB_UPPER (0x40)
#define KL_UDB_LOWER (0x80)
#define KL_UDB_TITLE (0x100)
#define KL_UDB_CASED (0x200)
#define KL_UDB_CASE_IGNORABLE (0x400)
#define KL_UDB_ID_START (0x800)
#define KL_UDB_ID_CONTINUE (0x1000)
#define KL_UDB_SPECIAL (0x2000)

// The properties of one code point: KL_UDB_* flags (vm/unicode_db_table.h), its decimal digit
// value, and the one-to-one upper, lower and title case mappings as offsets from the code point.
typedef struct _kl_udb_record_t {
    uint16_t flags;
    uint8_t decimal;
    int32_t upper;
    int32_t lower;
    int32_t title;
} kl_udb_record_t;

typedef enum { KL_UDB_MAP_UPPER, KL_UDB_MAP_LOWER, KL_UDB_MAP_TITLE, KL_UDB_MAP_FOLD } kl_udb_map_t;

// The longest full case mapping: "ffi".upper() is "FFI".
#define KL_UDB_MAP_MAX (3)

const kl_udb_record_t *kl_udb_get(uint32_t c);

// The full case mapping [kind] of [c] (special casing included: upper of sharp s is "SS") into
// [out]; returns its length, 1 to KL_UDB_MAP_MAX.
size_t kl_udb_map(uint32_t c, kl_udb_map_t kind, uint32_t out[KL_UDB_MAP_MAX]);

#endif // KL_CFG_UNICODE_DB

#endif // KL_INCLUDED_VM_UNICODE_DB_H
