// vm/map.c: the insertion-ordered hash map behind dicts, namespaces and instances.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Entries sit in an array in insertion order, which gives dicts their ordering for free and
// keeps an entry at the same index until the map is resized (so inline caches can remember the
// index). Maps of up to SMALL_MAP entries have no index and are searched linearly: most
// instances and many namespaces are that small, and a scan of eight words beats hashing. Larger
// maps add an open-addressed index table of 2**k slots holding entry numbers + 1, in bytes,
// halfwords or words depending on the capacity. A deleted entry keeps its slot with a NULL key so
// probe chains stay intact; the next resize compacts it away.
//
// Const maps in flash (builtin method tables) hold 6-byte entries of a qstr number and a value
// (kl_rom_map_elem_t). Lookups and iteration give their readers, which all take a kl_map_elem_t,
// a copy of the entry found in a static one: a reader uses it before it asks the same kind of
// question of a const map again (dict equality holds one from each kind at once). With
// KL_CFG_MAP_FIXED_BSEARCH they are sorted by qstr and binary-searched.

#include <string.h>

#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_str.h"
#include "vm/runtime.h"

#define SMALL_MAP (8)

// Without KL_CFG_MAP_WORD_COUNTS no map has 0xffff entries (resize): no index needs words.
#define INDEX_HALVES(alloc) (!KL_CFG_MAP_WORD_COUNTS || (alloc) < 0xffff)

static size_t index_get(const kl_map_t *map, size_t slot) {
    if (map->alloc < 0xff) {
        return ((const uint8_t *)map->index)[slot];
    } else if (INDEX_HALVES(map->alloc)) {
        return ((const uint16_t *)map->index)[slot];
    }
    return ((const uint32_t *)map->index)[slot];
}

static void index_set(kl_map_t *map, size_t slot, size_t value) {
    if (map->alloc < 0xff) {
        ((uint8_t *)map->index)[slot] = (uint8_t)value;
    } else if (INDEX_HALVES(map->alloc)) {
        ((uint16_t *)map->index)[slot] = (uint16_t)value;
    } else {
        ((uint32_t *)map->index)[slot] = (uint32_t)value;
    }
}

static size_t index_slot_bytes(size_t alloc) {
    return alloc < 0xff ? 1 : INDEX_HALVES(alloc) ? 2 : 4;
}

static kl_uint_t key_hash(kl_obj_t key) {
    if (KL_OBJ_IS_QSTR(key)) {
        return KL_HASH_FIT(kl_qstr_hash(KL_OBJ_QSTR_VALUE(key)));
    }
    return kl_obj_hash(key);
}

static void resize(kl_map_t *map, size_t new_alloc);

// Entry [i] of [map]; a const map's, as a copy in [copy].
static kl_map_elem_t *entry(const kl_map_t *map, size_t i, kl_map_elem_t *copy) {
    if (map->is_fixed) {
        copy->key = KL_OBJ_NEW_QSTR(map->rom[i].key);
        copy->value = map->rom[i].value;
        return copy;
    }
    return &map->entries[i];
}

static kl_map_elem_t found_copy, next_copy;

_Static_assert(KL_QSTR_NUM_STATIC <= 0x10000, "the names in const maps fit their 16-bit keys");

void kl_map_init(kl_map_t *map, size_t n) {
    memset(map, 0, sizeof(*map));
    map->all_qstr = 1;
    if (n > 0) {
        // A map made large up front (a copy, a big display) gets its index (resize builds it)
        // from the first entry; without one, filling it would be quadratic. One of a few has room
        // for four, so that a key deleted and another added does not compact it under a loop
        // over it at once (CPython's smallest has five).
        resize(map, n < 4 ? 4 : n);
    }
}

void kl_map_clear(kl_map_t *map) {
    if (!map->is_fixed) {
        kl_map_init(map, 0);
    }
}

// Rebuild the index for the current entries.
static void build_index(kl_map_t *map) {
    map->index = NULL;
    map->index_bits = 0;
    if (map->alloc <= SMALL_MAP) {
        return;
    }
    unsigned bits = 3;
    while (((size_t)1 << bits) < (size_t)map->alloc + map->alloc / 2) {
        bits++;
    }
    size_t n_slots = (size_t)1 << bits;
    map->index = kl_gc_alloc(n_slots * index_slot_bytes(map->alloc), KL_GC_ATOMIC);
    map->index_bits = bits;
    size_t mask = n_slots - 1;
    for (size_t i = 0; i < map->filled; i++) {
        kl_obj_t key = map->entries[i].key;
        if (key == KL_OBJ_NULL) {
            continue;
        }
        size_t slot = key_hash(key) & mask;
        while (index_get(map, slot) != 0) {
            slot = (slot + 1) & mask;
        }
        index_set(map, slot, i + 1);
    }
}

// Move the live entries to a new array of [new_alloc], and index them. The entries' numbers
// + 1 in the index fit the map's counts, or it is a MemoryError.
static void resize(kl_map_t *map, size_t new_alloc) {
    if (new_alloc >= (kl_map_count_t)-1) {
        kl_raise_MemoryError();
    }
    kl_map_elem_t *old = map->entries;
    size_t old_filled = map->filled;
    kl_map_elem_t *entries = kl_gc_alloc(new_alloc * sizeof(kl_map_elem_t), 0);
    size_t n = 0;
    for (size_t i = 0; i < old_filled; i++) {
        if (old[i].key != KL_OBJ_NULL) {
            entries[n++] = old[i];
        }
    }
    map->entries = entries;
    map->alloc = (kl_map_count_t)new_alloc;
    map->filled = (kl_map_count_t)n;
    map->used = (kl_map_count_t)n;
    build_index(map);
}

#if KL_CFG_MAP_FIXED_BSEARCH
static kl_map_elem_t *lookup_fixed(kl_map_t *map, kl_obj_t key) {
    if (!KL_OBJ_IS_QSTR(key)) {
        if (!kl_obj_is_str(key)) {
            // Const maps hold qstr keys only... except a few with other keys: scan.
            for (size_t i = 0; i < map->used; i++) {
                if (kl_obj_equal(KL_OBJ_NEW_QSTR(map->rom[i].key), key)) {
                    return entry(map, i, &found_copy);
                }
            }
            return NULL;
        }
        size_t len;
        const char *s = kl_obj_str_get_data(key, &len);
        kl_qstr_t q = kl_qstr_find_strn(s, len);
        if (q == KL_QSTR_NULL && len > 0) {
            return NULL;
        }
        key = KL_OBJ_NEW_QSTR(q);
    }
    kl_qstr_t q = KL_OBJ_QSTR_VALUE(key);
    size_t lo = 0, hi = map->used;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        kl_qstr_t k = map->rom[mid].key;
        if (k == q) {
            return entry(map, mid, &found_copy);
        }
        if (k < q) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}
#endif

kl_map_elem_t *kl_map_lookup(kl_map_t *map, kl_obj_t key, kl_map_lookup_kind_t kind) {
    if (map->is_fixed) {
        if (kind != KL_MAP_LOOKUP) {
            kl_raise_TypeError(KL_ERROR_TEXT("object is read-only"));
        }
#if KL_CFG_MAP_FIXED_BSEARCH
        return lookup_fixed(map, key);
#endif
        // Else scanned below as a small map is: [filled] is its length, and its keys, all qstrs
        // (all_qstr), are found by pointer, or by equality from a str that is not one.
    }
    bool is_qstr = KL_OBJ_IS_QSTR(key);
    // A qstr key in a map of qstr keys alone is found by pointer.
    bool by_pointer = is_qstr && map->all_qstr;
    kl_map_elem_t *e = NULL;
    // One search for both kinds of map: a small one is scanned entry by entry, as if its index
    // held 1, 2, ... filled; a larger one is probed from the key's hash.
    size_t mask = ((size_t)1 << map->index_bits) - 1;
    size_t slot = map->index != NULL ? key_hash(key) & mask : 0;
    size_t n;
    while ((n = map->index != NULL   ? index_get(map, slot)
                : slot < map->filled ? slot + 1
                                     : 0) != 0) {
        kl_map_elem_t *c = entry(map, n - 1, &found_copy);
        if (c->key == key || (!by_pointer && c->key != KL_OBJ_NULL && kl_obj_equal(c->key, key))) {
            // Afresh: the key's __eq__ may have asked a const map too, over the copy in [c].
            e = entry(map, n - 1, &found_copy);
            break;
        }
        slot = map->index != NULL ? (slot + 1) & mask : slot + 1;
    }
    if (e != NULL) {
        if (kind == KL_MAP_LOOKUP_REMOVE) {
            kl_map_elem_t *copy = kl_gc_alloc(sizeof(kl_map_elem_t), 0);
            *copy = *e;
            map->used--;
            // The entry stays, empty, in a small map too: a loop over the map stands on its
            // place, and closing the gap would move the next entry under it, skipped.
            e->key = KL_OBJ_NULL;
            e->value = KL_OBJ_NULL;
            return copy;
        }
        return e;
    }
    if (kind != KL_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    if (map->index == NULL) {
        kl_obj_hash(key); // raises TypeError for an unhashable key
    }
    if (map->filled == map->alloc) {
        // Grow; a map that is mostly deleted entries is compacted instead.
        resize(map, map->alloc == 0                  ? 4
                    : map->used + 1 > map->alloc / 2 ? map->alloc * 2
                                                     : map->alloc);
        if (map->index != NULL) {
            // Find the slot in the new index.
            return kl_map_lookup(map, key, kind);
        }
    }
    size_t i = map->filled++;
    map->used++;
    e = &map->entries[i];
    e->key = key;
    e->value = KL_OBJ_NULL;
    if (map->index != NULL) {
        index_set(map, slot, i + 1);
    }
    if (!is_qstr) {
        map->all_qstr = 0;
    }
    return e;
}

kl_map_elem_t *kl_map_lookup_qstr(kl_map_t *map, kl_qstr_t q, kl_map_lookup_kind_t kind) {
    return kl_map_lookup(map, KL_OBJ_NEW_QSTR(q), kind);
}

kl_map_elem_t *kl_map_next(const kl_map_t *map, size_t *pos) {
    // A const map's [filled] is its [used].
    while (*pos < map->filled) {
        kl_map_elem_t *e = entry(map, (*pos)++, &next_copy);
        if (e->key != KL_OBJ_NULL) {
            return e;
        }
    }
    return NULL;
}

kl_map_elem_t *kl_map_prev(const kl_map_t *map, size_t *pos) {
    while (*pos > 0) {
        kl_map_elem_t *e = entry(map, --*pos, &next_copy);
        if (e->key != KL_OBJ_NULL) {
            return e;
        }
    }
    return NULL;
}

void kl_map_copy(kl_map_t *dest, const kl_map_t *src) {
    kl_map_init(dest, src->used);
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(src, &pos)) != NULL) {
        kl_map_lookup(dest, e->key, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
    }
}
