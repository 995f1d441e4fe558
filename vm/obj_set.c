// vm/obj_set.c: the set and frozenset types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A set is an open-addressed hash table of (hash, member) slots with the layout and the rules
// of CPython's: programs print sets far more often than they should, so kinglet iterates them
// in CPython's order, which is the order of the table's slots. For that every detail that moves
// a member to another slot is CPython's: the table has 2**k slots (at least 8); a member goes to
// slot hash & mask, else the next of up to 9 slots that follow it without wrapping, else it
// jumps to (i * 5 + 1 + perturb) & mask, where perturb starts as the hash and loses 5 bits a
// jump. A removed member leaves a dummy that lookups pass over; an insertion takes the last
// dummy on its probe chain, if it passed one before the unused slot that ends the chain.
// When an insertion makes the used-or-dummy slots reach 3/5 of the table, the table is rebuilt
// with the smallest power of two above 4 times the members (2 times past 50000), reinserting the
// members in slot order. pop() takes the first member at or after a finger left by the last
// pop. Each operation adds members in CPython's order too: set(a_set), copy() and a | b start
// from a copy of a table (slot by slot when the sizes agree), a & b walks the smaller set, a ^ b
// starts from b, set(a_dict) sizes the table for the whole dict first, and so on below. Only the
// hashes must agree as well: ints, floats, tuples and frozensets hash as in CPython, but strs
// do not (vm/obj_str.c), so sets of strs still iterate in another order.
//
// An empty set has no table yet (8 unused slots in principle): `seen = set()` costs one object.
// A table of 8 slots is 64 bytes on a 32-bit machine, as much as an insertion-ordered map of 8
// members; but the order requires CPython's growth too, so a set of 5 members has 32 slots.
//
// set and frozenset share every line of code below; a frozenset is a set whose type has no
// mutating methods and a hash. Operations that build a new set give it the builtin type of the
// left operand, so frozenset | set is a frozenset and set | frozenset a set, as in CPython.
//
// The operators (| & - ^ and the comparisons) take sets and frozensets only and answer
// NotImplemented otherwise; the named methods (union, issubset, ...) take any iterable, which
// they turn into a temporary set when they need membership tests on it. A build may leave out
// the rarer methods and ^ (KL_CFG_SET_METHODS_FULL).
//
// A mutable set used as a member or looked up as a key (`{1} in s`, s.discard({1})) stands in
// as a frozenset, as CPython allows: sets are unhashable, but the frozenset with the same
// members hashes and compares equal.
//
// Below CORE none of this is built (KL_CFG_SET): vm/obj_set.h then says what stands in for the
// two types.

#include <string.h>

#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_SET

// ==== The hash table ====

#define MIN_SIZE (8)
#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)
#define DUMMY_HASH ((kl_uint_t)-1)

// The address is the marker; the value is never read.
const kl_uint_t kl_set_dummy = 0;

static bool is_member(const kl_set_entry_t *e) {
    return e->key != KL_OBJ_NULL && e->key != KL_SET_DUMMY;
}

// Two keys of equal hash that are not the same object: equal? Small ints and interned names
// are equal only when they are the same word.
static bool keys_equal(kl_obj_t a, kl_obj_t b) {
    if ((KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) ||
        (KL_OBJ_IS_QSTR(a) && KL_OBJ_IS_QSTR(b))) {
        return false;
    }
    return kl_obj_equal(a, b);
}

// The slot for [key] of [hash] in [s]: its member's slot, or the unused slot that ends its probe
// chain, with the last dummy passed on the way in *[dummy] (NULL if none). An __eq__ that
// changes the set sends the search back to the start, as in CPython.
static kl_set_entry_t *table_probe(kl_obj_set_t *s, kl_obj_t key, kl_uint_t hash,
                                   kl_set_entry_t **dummy) {
    for (;;) {
        kl_set_entry_t *table = s->table;
        size_t mask = s->mask;
        size_t i = (size_t)hash & mask;
        size_t perturb = (size_t)hash;
        bool restart = false;
        *dummy = NULL;
        while (!restart) {
            kl_set_entry_t *e = &table[i];
            size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (;;) {
                kl_obj_t k = e->key;
                if (k == KL_OBJ_NULL) {
                    return e;
                }
                if (e->hash == hash && k != KL_SET_DUMMY) {
                    if (k == key || keys_equal(k, key)) {
                        return e;
                    }
                    if (s->table != table || e->key != k) {
                        restart = true;
                        break;
                    }
                } else if (k == KL_SET_DUMMY) {
                    *dummy = e;
                }
                if (probes-- == 0) {
                    break;
                }
                e++;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

// The slot holding [key], or NULL.
static kl_set_entry_t *table_find(kl_obj_set_t *s, kl_obj_t key, kl_uint_t hash) {
    if (s->used == 0) {
        return NULL;
    }
    kl_set_entry_t *dummy;
    kl_set_entry_t *e = table_probe(s, key, hash, &dummy);
    return e->key == KL_OBJ_NULL ? NULL : e;
}

// Put [key] in the first unused slot of its probe chain in [table]: for a key known to be absent
// from a table without dummies.
static void table_insert_clean(kl_set_entry_t *table, size_t mask, kl_obj_t key, kl_uint_t hash) {
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        kl_set_entry_t *e = &table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == KL_OBJ_NULL) {
                e->key = key;
                e->hash = hash;
                return;
            }
            if (probes-- == 0) {
                break;
            }
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static kl_set_entry_t *new_table(size_t slots) {
    return kl_gc_alloc(slots * sizeof(kl_set_entry_t), 0);
}

// A new table of the smallest power of two above [min_used] slots (at least 8), the members
// moved over in slot order, the dummies dropped.
static void table_resize(kl_obj_set_t *s, size_t min_used) {
    size_t slots = MIN_SIZE;
    while (slots <= min_used) {
        slots <<= 1;
    }
    kl_set_entry_t *old = s->table;
    size_t old_slots = (size_t)s->mask + 1;
    kl_set_entry_t *table = new_table(slots);
    if (old != NULL) {
        for (size_t i = 0; i < old_slots; i++) {
            if (is_member(&old[i])) {
                table_insert_clean(table, slots - 1, old[i].key, old[i].hash);
            }
        }
    }
    s->table = table;
    s->mask = (uint32_t)(slots - 1);
    s->fill = s->used;
}

// Room for [n] more members without a rebuild, as CPython makes before adding a whole set or
// dict: a table for twice the members of both if the new ones could fill it.
static void table_reserve(kl_obj_set_t *s, size_t n) {
    if (((size_t)s->fill + n) * 5 >= (size_t)s->mask * 3) {
        table_resize(s, ((size_t)s->used + n) * 2);
    }
}

// The size a table grows to when insertions have filled it.
static size_t grown_size(const kl_obj_set_t *s) {
    return s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4;
}

// Add [key] of [hash] unless an equal member is there: in the last dummy of its probe chain,
// else in the unused slot that ends it.
static void table_add(kl_obj_set_t *s, kl_obj_t key, kl_uint_t hash) {
    if (s->table == NULL) {
        s->table = new_table((size_t)s->mask + 1);
    }
    kl_set_entry_t *dummy;
    kl_set_entry_t *e = table_probe(s, key, hash, &dummy);
    if (e->key != KL_OBJ_NULL) {
        return;
    }
    if (dummy != NULL) {
        dummy->key = key;
        dummy->hash = hash;
        s->used++;
        return;
    }
    e->key = key;
    e->hash = hash;
    s->fill++;
    s->used++;
    if ((size_t)s->fill * 5 >= (size_t)s->mask * 3) {
        table_resize(s, grown_size(s));
    }
}

// Remove [key] of [hash]; false when it was not there.
static bool table_discard(kl_obj_set_t *s, kl_obj_t key, kl_uint_t hash) {
    kl_set_entry_t *e = table_find(s, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = KL_SET_DUMMY;
    e->hash = DUMMY_HASH;
    s->used--;
    return true;
}

// The next member's slot at or after *[pos] (start at 0), or NULL at the end.
static kl_set_entry_t *table_next(const kl_obj_set_t *s, size_t *pos) {
    kl_set_entry_t *table = s->table;
    if (table == NULL) {
        return NULL;
    }
    while (*pos <= s->mask) {
        kl_set_entry_t *e = &table[(*pos)++];
        if (is_member(e)) {
            return e;
        }
    }
    return NULL;
}

// Back to no members and the smallest table (the finger stays, as in CPython).
static void table_clear(kl_obj_set_t *s) {
    s->table = NULL;
    s->fill = 0;
    s->used = 0;
    s->mask = MIN_SIZE - 1;
}

// ==== Storage ====

static bool is_native_set_type(const kl_obj_type_t *t) {
    if (t == &kl_type_set || t == &kl_type_frozenset) {
        return true;
    }
    return (t->flags & KL_TYPE_FLAG_HEAP) &&
           (kl_type_native_base(t) == &kl_type_set || kl_type_native_base(t) == &kl_type_frozenset);
}

bool kl_obj_is_anyset(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && is_native_set_type(((kl_obj_base_t *)o)->type);
}

// The native set behind [o]: itself, or the set part of an instance of a set subclass.
static kl_obj_set_t *native_set(kl_obj_t o) {
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    if (t != &kl_type_set && t != &kl_type_frozenset) {
        o = ((kl_obj_instance_t *)o)->subobj[0];
    }
    return KL_OBJ_TO_PTR(o);
}

static kl_obj_set_t *new_set(const kl_obj_type_t *type) {
    kl_obj_set_t *s = kl_gc_alloc(sizeof(kl_obj_set_t), 0);
    s->base.type = type;
    s->mask = MIN_SIZE - 1;
    return s;
}

// Add the members of [o] to [s], in the slot order of [o]. The table is sized for both at the
// start; an empty [s] takes a copy of the slots of [o] when the sizes agree.
static void set_merge(kl_obj_set_t *s, kl_obj_set_t *o) {
    if (o == s || o->used == 0) {
        return;
    }
    table_reserve(s, o->used);
    if (s->fill == 0) {
        if (s->table == NULL) {
            s->table = new_table((size_t)s->mask + 1);
        }
        if (s->mask == o->mask && o->fill == o->used) {
            memcpy(s->table, o->table, ((size_t)o->mask + 1) * sizeof(kl_set_entry_t));
        } else {
            size_t pos = 0;
            kl_set_entry_t *e;
            while ((e = table_next(o, &pos)) != NULL) {
                table_insert_clean(s->table, s->mask, e->key, e->hash);
            }
        }
        s->fill = o->used;
        s->used = o->used;
        return;
    }
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(o, &pos)) != NULL) {
        table_add(s, e->key, e->hash);
    }
}

// A new set of [type] with the members of [src].
static kl_obj_set_t *set_copy_as(const kl_obj_type_t *type, kl_obj_set_t *src) {
    kl_obj_set_t *s = new_set(type);
    set_merge(s, src);
    return s;
}

// [key] as a lookup key: a mutable set stands in as the frozenset with the same members.
static kl_obj_t lookup_key(kl_obj_t key) {
    if (kl_obj_is_type(key, &kl_type_set)) {
        return KL_OBJ_FROM_PTR(set_copy_as(&kl_type_frozenset, KL_OBJ_TO_PTR(key)));
    }
    return key;
}

static bool set_has(kl_obj_set_t *s, kl_obj_t key) {
    key = lookup_key(key);
    return table_find(s, key, kl_obj_hash(key)) != NULL;
}

static void set_add(kl_obj_set_t *s, kl_obj_t key) {
    table_add(s, key, kl_obj_hash(key));
}

// Remove [key]; false when it was not there.
static bool set_discard(kl_obj_set_t *s, kl_obj_t key) {
    key = lookup_key(key);
    return table_discard(s, key, kl_obj_hash(key));
}

// Add everything [iterable] yields. Sets are merged table to table; a plain dict sizes the
// table for all its keys before adding them.
static void set_update(kl_obj_set_t *s, kl_obj_t iterable) {
    if (kl_obj_is_anyset(iterable)) {
        set_merge(s, native_set(iterable));
        return;
    }
    if (kl_obj_is_type(iterable, &kl_type_dict)) {
        // Not a dict subclass: its __iter__ may differ.
        const kl_map_t *src = kl_obj_dict_get_map(iterable);
        table_reserve(s, src->used);
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(src, &pos)) != NULL) {
            set_add(s, e->key);
        }
        return;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(iterable, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        set_add(s, item);
    }
}

// A new set of [type] with the items of [iterable].
static kl_obj_set_t *set_from(const kl_obj_type_t *type, kl_obj_t iterable) {
    kl_obj_set_t *s = new_set(type);
    set_update(s, iterable);
    return s;
}

// [o] as a native set for membership tests: itself when it is one, else a new set of its items.
#if KL_CFG_SET_METHODS_FULL
static kl_obj_set_t *as_set(kl_obj_t o) {
    if (kl_obj_is_anyset(o)) {
        return native_set(o);
    }
    return set_from(&kl_type_set, o);
}
#endif

kl_obj_t kl_obj_new_set(size_t n, const kl_obj_t *items) {
    kl_obj_set_t *s = new_set(&kl_type_set);
    for (size_t i = 0; i < n; i++) {
        set_add(s, items[i]);
    }
    return KL_OBJ_FROM_PTR(s);
}

kl_obj_t kl_obj_set_lookup(kl_obj_t set, kl_obj_t key) {
    kl_set_entry_t *e = table_find(native_set(set), key, kl_obj_hash(key));
    return e == NULL ? KL_OBJ_NULL : e->key;
}

void kl_obj_set_add(kl_obj_t set, kl_obj_t item) {
    set_add(native_set(set), item);
}

void kl_obj_set_update(kl_obj_t set, kl_obj_t iterable) {
    set_update(native_set(set), iterable);
}

kl_obj_t kl_obj_new_frozenset_from_iterable(kl_obj_t iterable) {
    return KL_OBJ_FROM_PTR(set_from(&kl_type_frozenset, iterable));
}

kl_obj_t kl_obj_new_frozenset_with_layout(size_t slots, size_t n, const uint32_t *at,
                                          const kl_obj_t *items) {
    if (slots < MIN_SIZE || (slots & (slots - 1)) != 0 || slots > ((size_t)1 << 31) ||
        n * 5 >= (slots - 1) * 3) {
        return KL_OBJ_NULL;
    }
    kl_obj_set_t *s = new_set(&kl_type_frozenset);
    if (n == 0) {
        return slots == MIN_SIZE ? KL_OBJ_FROM_PTR(s) : KL_OBJ_NULL;
    }
    s->table = new_table(slots);
    s->mask = (uint32_t)(slots - 1);
    for (size_t i = 0; i < n; i++) {
        if (at[i] >= slots || s->table[at[i]].key != KL_OBJ_NULL) {
            return KL_OBJ_NULL;
        }
        s->table[at[i]].key = items[i];
        s->table[at[i]].hash = kl_obj_hash(items[i]);
    }
    s->fill = s->used = (uint32_t)n;
    // Each member must be the one a lookup finds: on its own probe chain, with no unused slot
    // before it and no equal member earlier on the chain.
    for (size_t i = 0; i < n; i++) {
        kl_set_entry_t *e = &s->table[at[i]];
        if (table_find(s, e->key, e->hash) != e) {
            return KL_OBJ_NULL;
        }
    }
    return KL_OBJ_FROM_PTR(s);
}

// ==== The set algebra ====

// Is every member of [a] in [b]?
static bool set_is_subset(kl_obj_set_t *a, kl_obj_set_t *b) {
    if (a->used > b->used) {
        return false;
    }
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(a, &pos)) != NULL) {
        if (table_find(b, e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

// The members common to [s] and [other] (any iterable), as a new set of the type of [s], in
// the order of the set walked: the smaller of two sets (of equal ones, [other]), else [other].
// That also decides which of two equal members survives (1 or 1.0).
static kl_obj_set_t *set_intersection(kl_obj_set_t *s, kl_obj_t other) {
    if (kl_obj_is_anyset(other) && native_set(other) == s) {
        return set_copy_as(s->base.type, s);
    }
    kl_obj_set_t *r = new_set(s->base.type);
    if (kl_obj_is_anyset(other)) {
        kl_obj_set_t *big = s;
        kl_obj_set_t *small = native_set(other);
        if (small->used > big->used) {
            big = small;
            small = s;
        }
        size_t pos = 0;
        kl_set_entry_t *e;
        while ((e = table_next(small, &pos)) != NULL) {
            kl_obj_t key = e->key;
            kl_uint_t hash = e->hash;
            if (table_find(big, key, hash) != NULL) {
                table_add(r, key, hash);
            }
        }
        return r;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        kl_uint_t hash = kl_obj_hash(item);
        if (table_find(s, item, hash) != NULL) {
            table_add(r, item, hash);
        }
    }
    return r;
}

// [s] takes over the table of [r] (but keeps its pop() finger), as CPython's *_update methods
// that build a new set do.
static void set_take_table(kl_obj_set_t *s, kl_obj_set_t *r) {
    s->table = r->table;
    s->fill = r->fill;
    s->used = r->used;
    s->mask = r->mask;
}

static void set_difference_update(kl_obj_set_t *s, kl_obj_t other) {
    if (kl_obj_is_anyset(other)) {
        kl_obj_set_t *o = native_set(other);
        if (o == s) {
            table_clear(s);
            return;
        }
        size_t pos = 0;
        kl_set_entry_t *e;
        while ((e = table_next(o, &pos)) != NULL) {
            table_discard(s, e->key, e->hash);
        }
    } else {
        kl_obj_iter_buf_t iter_buf;
        kl_obj_t it = kl_getiter(other, &iter_buf);
        kl_obj_t item;
        while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            table_discard(s, item, kl_obj_hash(item));
        }
    }
    // More than a quarter of the table dummies: rebuild it without them.
    if ((size_t)(s->fill - s->used) > (size_t)s->mask / 4) {
        table_resize(s, grown_size(s));
    }
}

// [s] - [other] as a new set of the type of [s]: the members of [s] not in [other], added in
// the slot order of [s]; when [s] is more than four times bigger (or [other] is neither a set
// nor a dict), a copy of [s] with those of [other] removed.
static kl_obj_set_t *set_difference(kl_obj_set_t *s, kl_obj_t other) {
    kl_obj_set_t *o = NULL;
    const kl_map_t *d = NULL;
    size_t other_size;
    if (kl_obj_is_anyset(other)) {
        o = native_set(other);
        other_size = o->used;
    } else if (kl_obj_is_type(other, &kl_type_dict)) {
        d = kl_obj_dict_get_map(other);
        other_size = d->used;
    } else {
        other_size = SIZE_MAX;
    }
    if (other_size == SIZE_MAX || (s->used >> 2) > other_size) {
        kl_obj_set_t *r = set_copy_as(s->base.type, s);
        set_difference_update(r, other);
        return r;
    }
    kl_obj_set_t *r = new_set(s->base.type);
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(s, &pos)) != NULL) {
        kl_obj_t key = e->key;
        kl_uint_t hash = e->hash;
        bool in_other = o != NULL ? table_find(o, key, hash) != NULL
                                  : kl_map_lookup((kl_map_t *)d, key, KL_MAP_LOOKUP) != NULL;
        if (!in_other) {
            table_add(r, key, hash);
        }
    }
    return r;
}

#if KL_CFG_SET_METHODS_FULL
// Flip the membership of each member of [other] (any iterable; a set of its items first, so
// that an item it yields twice flips once; a plain dict's keys are distinct already).
static void set_symmetric_difference_update(kl_obj_set_t *s, kl_obj_t other) {
    if (kl_obj_is_anyset(other) && native_set(other) == s) {
        table_clear(s);
        return;
    }
    if (kl_obj_is_type(other, &kl_type_dict)) {
        const kl_map_t *src = kl_obj_dict_get_map(other);
        size_t pos = 0;
        kl_map_elem_t *m;
        while ((m = kl_map_next(src, &pos)) != NULL) {
            kl_uint_t hash = kl_obj_hash(m->key);
            if (!table_discard(s, m->key, hash)) {
                table_add(s, m->key, hash);
            }
        }
        return;
    }
    kl_obj_set_t *o = kl_obj_is_anyset(other) ? native_set(other) : set_from(s->base.type, other);
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(o, &pos)) != NULL) {
        kl_obj_t key = e->key;
        kl_uint_t hash = e->hash;
        if (!table_discard(s, key, hash)) {
            table_add(s, key, hash);
        }
    }
}

// [s] ^ [other] as a new set of the type of [s]: a set of [other] updated by [s].
static kl_obj_set_t *set_symmetric_difference(kl_obj_set_t *s, kl_obj_t other) {
    kl_obj_set_t *r = set_from(s->base.type, other);
    set_symmetric_difference_update(r, KL_OBJ_FROM_PTR(s));
    return r;
}
#endif // KL_CFG_SET_METHODS_FULL

// The same for every ordering of the same members: CPython's frozenset hash, a xor of the
// shuffled member hashes, then mixed with the size.
static kl_uint_t shuffle_bits(kl_uint_t h) {
    return ((h ^ (kl_uint_t)89869747u) ^ (h << 16)) * (kl_uint_t)3644798167u;
}

kl_uint_t kl_obj_set_hash(kl_obj_t o) {
    kl_obj_set_t *s = native_set(o);
    kl_uint_t h = 0;
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(s, &pos)) != NULL) {
        h ^= shuffle_bits(e->hash);
    }
    h ^= ((kl_uint_t)s->used + 1) * (kl_uint_t)1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * (kl_uint_t)69069u + (kl_uint_t)907133923u;
    if (h == (kl_uint_t)-1) {
        h = (kl_uint_t)590923713u;
    }
    return h;
}

// ==== Type protocol ====

// The arguments of set(), frozenset() and set.__init__ (named [name]): one iterable at most, by
// position.
static void check_args(kl_qstr_t name, size_t n_args, size_t n_kw) {
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         name);
    }
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q expected at most 1 argument, got %z"), name, n_args);
    }
}

static kl_obj_t set_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    check_args(type->name, n_args, n_kw);
    // frozenset(a_frozenset) is that frozenset: it cannot change.
    if (type == &kl_type_frozenset && n_args == 1 && kl_obj_is_type(args[0], &kl_type_frozenset)) {
        return args[0];
    }
    kl_obj_set_t *s = new_set(type);
    if (n_args == 1) {
        set_update(s, args[0]);
    }
    return KL_OBJ_FROM_PTR(s);
}

static void set_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_set_t *s = native_set(o);
    // {1, 2}, frozenset({1, 2}), set() and frozenset().
    bool empty = s->used == 0;
    bool call = empty || s->base.type == &kl_type_frozenset;
    if (call) {
        kl_printf(print, "%q(", s->base.type->name);
    }
    const char *sep = "{";
    size_t pos = 0;
    kl_set_entry_t *e;
    while ((e = table_next(s, &pos)) != NULL) {
        kl_print_str(print, sep);
        sep = ", ";
        kl_obj_print(print, e->key, KL_PRINT_REPR);
    }
    if (!empty) {
        kl_print_strn(print, "}", 1);
    }
    if (call) {
        kl_print_strn(print, ")", 1);
    }
}

static void set_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    // A member whose repr prints the set again shows the set as "set(...)", like CPython.
    bool frozen = native_set(o)->base.type == &kl_type_frozenset;
    kl_obj_list_print_guarded(print, o, kind, set_print_body,
                              frozen ? "frozenset(...)" : "set(...)");
}

static kl_obj_t set_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_set_t *s = native_set(o);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(s->used != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(s->used);
        case KL_UNARY_OP_HASH:
            if (s->base.type == &kl_type_frozenset) {
                // A full word: an int object when it is too big for a small int.
                return kl_obj_new_int((kl_int_t)KL_HASH_FIT(kl_obj_set_hash(o)));
            }
            // A set is unhashable: the runtime says so.
            return KL_OBJ_NULL;
        default:
            return KL_OBJ_NULL;
    }
}

// obj.h names only the first in-place operator; the rest follow in the same order.
#define INPLACE(op) ((kl_binary_op_t)((op) + KL_BINARY_OP_INPLACE_OFFSET))

static kl_obj_t set_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op == KL_BINARY_OP_CONTAINS) {
        if (!kl_obj_is_anyset(lhs)) {
            return KL_OBJ_NULL;
        }
        return KL_OBJ_FROM_BOOL(set_has(native_set(lhs), rhs));
    }
    // Every other operator wants two sets (NotImplemented otherwise, so that the other
    // operand, a dict view say, gets its turn).
    if (!kl_obj_is_anyset(lhs) || !kl_obj_is_anyset(rhs)) {
        return KL_OBJ_NULL;
    }
    kl_obj_set_t *a = native_set(lhs);
    kl_obj_set_t *b = native_set(rhs);
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        // In place on a mutable set only: a frozenset falls back to the plain operator.
        if (a->base.type != &kl_type_set) {
            return KL_OBJ_NULL;
        }
        if (op == INPLACE(KL_BINARY_OP_OR)) {
            set_update(a, rhs);
        } else if (op == INPLACE(KL_BINARY_OP_AND)) {
            set_take_table(a, set_intersection(a, rhs));
        } else if (op == INPLACE(KL_BINARY_OP_SUB)) {
            set_difference_update(a, rhs);
#if KL_CFG_SET_METHODS_FULL
        } else if (op == INPLACE(KL_BINARY_OP_XOR)) {
            set_symmetric_difference_update(a, rhs);
#endif
        } else {
            return KL_OBJ_NULL;
        }
        return lhs;
    }
    switch (op) {
        case KL_BINARY_OP_OR:
        case KL_BINARY_OP_AND:
        case KL_BINARY_OP_SUB:
#if KL_CFG_SET_METHODS_FULL
        case KL_BINARY_OP_XOR:
#endif
        {
            kl_obj_set_t *r;
            if (op == KL_BINARY_OP_AND) {
                r = set_intersection(a, rhs);
            } else if (op == KL_BINARY_OP_SUB) {
                r = set_difference(a, rhs);
#if KL_CFG_SET_METHODS_FULL
            } else if (op == KL_BINARY_OP_XOR) {
                r = set_symmetric_difference(a, rhs);
#endif
            } else {
                r = set_copy_as(a->base.type, a);
                if (b != a) {
                    set_update(r, rhs);
                }
            }
            return KL_OBJ_FROM_PTR(r);
        }
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE: {
            // Each is a subset test, after a size test: a > b is b < a, a >= b is b <= a.
            if (op == KL_BINARY_OP_GT || op == KL_BINARY_OP_GE) {
                kl_obj_set_t *t = a;
                a = b;
                b = t;
            }
            bool sizes = op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE   ? a->used == b->used
                         : op == KL_BINARY_OP_LT || op == KL_BINARY_OP_GT ? a->used < b->used
                                                                          : true;
            return KL_OBJ_FROM_BOOL((sizes && set_is_subset(a, b)) != (op == KL_BINARY_OP_NE));
        }
        default:
            return KL_OBJ_NULL;
    }
}

// ==== Iteration ====

// As for dicts: [set] is NULL once exhausted, and [used] catches a change of size.
typedef struct _set_iter_t {
    kl_obj_base_t base;
    kl_obj_set_t *set;
    size_t pos;
    size_t used;
} set_iter_t;

_Static_assert(sizeof(set_iter_t) <= sizeof(kl_obj_iter_buf_t), "set_iter_t fits an iter_buf");

static kl_obj_t set_iter_next(kl_obj_t self) {
    set_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->set == NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (it->set->used != it->used) {
        it->used = SIZE_MAX;
        kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("Set changed size during iteration"));
    }
    kl_set_entry_t *e = table_next(it->set, &it->pos);
    if (e == NULL) {
        it->set = NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    return e->key;
}

static const kl_obj_iter_type_t set_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_set_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = set_iter_next,
};
#define set_iterator_type (set_iterator_type_head.type)

static kl_obj_t set_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    set_iter_t *it = iter_buf != NULL ? (set_iter_t *)iter_buf : kl_gc_alloc(sizeof(set_iter_t), 0);
    it->base.type = &set_iterator_type;
    it->set = native_set(self);
    it->pos = 0;
    it->used = it->set->used;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====
// [self] is a set or frozenset, or an instance of a subclass (native_set serves both). Results
// of the non-mutating methods have the builtin type of self.

static kl_obj_t set_add_method(kl_obj_t self, kl_obj_t item) {
    set_add(native_set(self), item);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_add_obj, add, set_add_method);

static kl_obj_t set_clear(kl_obj_t self) {
    table_clear(native_set(self));
    return kl_const_none;
}
static KL_DEFINE_FUN_1(set_clear_obj, clear, set_clear);

static kl_obj_t set_copy(kl_obj_t self) {
    kl_obj_set_t *s = native_set(self);
    if (kl_obj_is_type(self, &kl_type_frozenset)) {
        return self;
    }
    return KL_OBJ_FROM_PTR(set_copy_as(s->base.type, s));
}
static KL_DEFINE_FUN_1(set_copy_obj, copy, set_copy);

// The shape of the *_update methods: self updated in place by each argument.
static kl_obj_t set_multi_update(size_t n_args, const kl_obj_t *args,
                                 void (*update)(kl_obj_set_t *, kl_obj_t)) {
    kl_obj_set_t *s = native_set(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        update(s, args[i]);
    }
    return kl_const_none;
}

// A copy of self, updated by each argument other than self itself.
static kl_obj_t set_union(size_t n_args, const kl_obj_t *args) {
    kl_obj_set_t *s = native_set(args[0]);
    kl_obj_set_t *r = set_copy_as(s->base.type, s);
    for (size_t i = 1; i < n_args; i++) {
        if (args[i] != args[0]) {
            set_update(r, args[i]);
        }
    }
    return KL_OBJ_FROM_PTR(r);
}
static KL_DEFINE_FUN_VAR(set_union_obj, union, 1, 0xffff, set_union);

static kl_obj_t set_update_method(size_t n_args, const kl_obj_t *args) {
    return set_multi_update(n_args, args, set_update);
}
static KL_DEFINE_FUN_VAR(set_update_obj, update, 1, 0xffff, set_update_method);

// self & each argument in turn, as a new set (a copy of self without arguments).
static kl_obj_set_t *set_intersection_multi(size_t n_args, const kl_obj_t *args) {
    kl_obj_set_t *r = native_set(args[0]);
    if (n_args == 1) {
        return set_copy_as(r->base.type, r);
    }
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection(r, args[i]);
    }
    return r;
}

static kl_obj_t set_intersection_method(size_t n_args, const kl_obj_t *args) {
    return KL_OBJ_FROM_PTR(set_intersection_multi(n_args, args));
}
static KL_DEFINE_FUN_VAR(set_intersection_obj, intersection, 1, 0xffff, set_intersection_method);

#if KL_CFG_SET_METHODS_FULL
// The whole intersection first, then self takes it over (an argument may be self itself).
static kl_obj_t set_intersection_update_method(size_t n_args, const kl_obj_t *args) {
    set_take_table(native_set(args[0]), set_intersection_multi(n_args, args));
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(set_intersection_update_obj, intersection_update, 1, 0xffff,
                         set_intersection_update_method);
#endif

static kl_obj_t set_difference_method(size_t n_args, const kl_obj_t *args) {
    kl_obj_set_t *s = native_set(args[0]);
    if (n_args == 1) {
        return KL_OBJ_FROM_PTR(set_copy_as(s->base.type, s));
    }
    kl_obj_set_t *r = set_difference(s, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update(r, args[i]);
    }
    return KL_OBJ_FROM_PTR(r);
}
static KL_DEFINE_FUN_VAR(set_difference_obj, difference, 1, 0xffff, set_difference_method);

#if KL_CFG_SET_METHODS_FULL
static kl_obj_t set_difference_update_method(size_t n_args, const kl_obj_t *args) {
    return set_multi_update(n_args, args, set_difference_update);
}
static KL_DEFINE_FUN_VAR(set_difference_update_obj, difference_update, 1, 0xffff,
                         set_difference_update_method);

static kl_obj_t set_symmetric_difference_method(kl_obj_t self, kl_obj_t other) {
    return KL_OBJ_FROM_PTR(set_symmetric_difference(native_set(self), other));
}
static KL_DEFINE_FUN_2(set_symmetric_difference_obj, symmetric_difference,
                       set_symmetric_difference_method);

static kl_obj_t set_symmetric_difference_update_method(kl_obj_t self, kl_obj_t other) {
    set_symmetric_difference_update(native_set(self), other);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_symmetric_difference_update_obj, symmetric_difference_update,
                       set_symmetric_difference_update_method);
#endif // KL_CFG_SET_METHODS_FULL

static kl_obj_t set_discard_method(kl_obj_t self, kl_obj_t item) {
    set_discard(native_set(self), item);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_discard_obj, discard, set_discard_method);

static kl_obj_t set_remove(kl_obj_t self, kl_obj_t item) {
    if (!set_discard(native_set(self), item)) {
        kl_raise_KeyError(item);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_remove_obj, remove, set_remove);

// The first member in slot order from the finger on (wrapping around); the finger moves past
// it, so that popping everything is linear rather than quadratic.
static kl_obj_t set_pop(kl_obj_t self) {
    kl_obj_set_t *s = native_set(self);
    if (s->used == 0) {
        kl_raise_KeyError(kl_obj_new_str_from_cstr(KL_ERROR_TEXT("pop from an empty set")));
    }
    size_t i = s->finger & s->mask;
    while (!is_member(&s->table[i])) {
        i = (i + 1) & s->mask;
    }
    kl_set_entry_t *e = &s->table[i];
    kl_obj_t key = e->key;
    e->key = KL_SET_DUMMY;
    e->hash = DUMMY_HASH;
    s->used--;
    s->finger = (uint32_t)(i + 1);
    return key;
}
static KL_DEFINE_FUN_1(set_pop_obj, pop, set_pop);

#if KL_CFG_SET_METHODS_FULL
// True when [in_s] says for each item [other] yields whether it is in [s]; the walk stops at the
// first that it does not.
static kl_obj_t all_items(kl_obj_set_t *s, kl_obj_t other, bool in_s) {
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (set_has(s, item) != in_s) {
            return kl_const_false;
        }
    }
    return kl_const_true;
}

static kl_obj_t set_isdisjoint(kl_obj_t self, kl_obj_t other) {
    return all_items(native_set(self), other, false);
}
static KL_DEFINE_FUN_2(set_isdisjoint_obj, isdisjoint, set_isdisjoint);

static kl_obj_t set_issubset(kl_obj_t self, kl_obj_t other) {
    return KL_OBJ_FROM_BOOL(set_is_subset(native_set(self), as_set(other)));
}
static KL_DEFINE_FUN_2(set_issubset_obj, issubset, set_issubset);

static kl_obj_t set_issuperset(kl_obj_t self, kl_obj_t other) {
    kl_obj_set_t *s = native_set(self);
    if (kl_obj_is_anyset(other)) {
        return KL_OBJ_FROM_BOOL(set_is_subset(native_set(other), s));
    }
    return all_items(s, other, true);
}
static KL_DEFINE_FUN_2(set_issuperset_obj, issuperset, set_issuperset);
#endif // KL_CFG_SET_METHODS_FULL

static kl_obj_t set___contains__(kl_obj_t self, kl_obj_t item) {
    return KL_OBJ_FROM_BOOL(set_has(native_set(self), item));
}
static KL_DEFINE_FUN_2(set___contains___obj, __contains__, set___contains__);

// set.__init__(iterable): what a subclass's __init__ reaches through super().__init__.
static kl_obj_t set___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    check_args(kl_obj_get_type(args[0])->name, n_args - 1, n_kw); // a subclass's name, as CPython
    kl_obj_set_t *s = native_set(args[0]);
    if (s->fill != 0) {
        table_clear(s);
    }
    if (n_args == 2) {
        set_update(s, args[1]);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(set___init___obj, __init__, 1, set___init__);

#if KL_CFG_SET_METHODS_FULL
// set.__ior__, __iand__, __isub__ and __ixor__, for calls by name (super().__ior__(x) in a
// subclass): the in-place operators, NotImplemented unless [other] is a set or frozenset.
static kl_obj_t set_inplace(kl_binary_op_t op, kl_obj_t self, kl_obj_t other) {
    kl_obj_t r = set_binary_op(INPLACE(op), self, other);
    return r == KL_OBJ_NULL ? kl_const_notimplemented : r;
}

static kl_obj_t set___ior__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_OR, self, other);
}
static KL_DEFINE_FUN_2(set___ior___obj, __ior__, set___ior__);

static kl_obj_t set___iand__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_AND, self, other);
}
static KL_DEFINE_FUN_2(set___iand___obj, __iand__, set___iand__);

static kl_obj_t set___isub__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_SUB, self, other);
}
static KL_DEFINE_FUN_2(set___isub___obj, __isub__, set___isub__);

static kl_obj_t set___ixor__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_XOR, self, other);
}
static KL_DEFINE_FUN_2(set___ixor___obj, __ixor__, set___ixor__);
#endif // KL_CFG_SET_METHODS_FULL

// Sorted by name (ASCII): the tables are binary-searched.

static const kl_rom_map_elem_t set_locals_table[] = {
    {KL_ROM_QSTR(__contains__), KL_ROM_PTR(&set___contains___obj)},
    // Unhashable, also for subclasses (which would otherwise inherit object.__hash__).
    {KL_ROM_QSTR(__hash__), kl_const_none},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(__iand__), KL_ROM_PTR(&set___iand___obj)},
#endif
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&set___init___obj)},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(__ior__), KL_ROM_PTR(&set___ior___obj)},
    {KL_ROM_QSTR(__isub__), KL_ROM_PTR(&set___isub___obj)},
    {KL_ROM_QSTR(__ixor__), KL_ROM_PTR(&set___ixor___obj)},
#endif
    {KL_ROM_QSTR(add), KL_ROM_PTR(&set_add_obj)},
    {KL_ROM_QSTR(clear), KL_ROM_PTR(&set_clear_obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&set_copy_obj)},
    {KL_ROM_QSTR(difference), KL_ROM_PTR(&set_difference_obj)},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(difference_update), KL_ROM_PTR(&set_difference_update_obj)},
#endif
    {KL_ROM_QSTR(discard), KL_ROM_PTR(&set_discard_obj)},
    {KL_ROM_QSTR(intersection), KL_ROM_PTR(&set_intersection_obj)},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(intersection_update), KL_ROM_PTR(&set_intersection_update_obj)},
    {KL_ROM_QSTR(isdisjoint), KL_ROM_PTR(&set_isdisjoint_obj)},
    {KL_ROM_QSTR(issubset), KL_ROM_PTR(&set_issubset_obj)},
    {KL_ROM_QSTR(issuperset), KL_ROM_PTR(&set_issuperset_obj)},
#endif
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&set_pop_obj)},
    {KL_ROM_QSTR(remove), KL_ROM_PTR(&set_remove_obj)},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(symmetric_difference), KL_ROM_PTR(&set_symmetric_difference_obj)},
    {KL_ROM_QSTR(symmetric_difference_update), KL_ROM_PTR(&set_symmetric_difference_update_obj)},
#endif
    {KL_ROM_QSTR(union), KL_ROM_PTR(&set_union_obj)},
    {KL_ROM_QSTR(update), KL_ROM_PTR(&set_update_obj)},
};
static KL_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static const kl_rom_map_elem_t frozenset_locals_table[] = {
    {KL_ROM_QSTR(__contains__), KL_ROM_PTR(&set___contains___obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&set_copy_obj)},
    {KL_ROM_QSTR(difference), KL_ROM_PTR(&set_difference_obj)},
    {KL_ROM_QSTR(intersection), KL_ROM_PTR(&set_intersection_obj)},
#if KL_CFG_SET_METHODS_FULL
    {KL_ROM_QSTR(isdisjoint), KL_ROM_PTR(&set_isdisjoint_obj)},
    {KL_ROM_QSTR(issubset), KL_ROM_PTR(&set_issubset_obj)},
    {KL_ROM_QSTR(issuperset), KL_ROM_PTR(&set_issuperset_obj)},
    {KL_ROM_QSTR(symmetric_difference), KL_ROM_PTR(&set_symmetric_difference_obj)},
#endif
    {KL_ROM_QSTR(union), KL_ROM_PTR(&set_union_obj)},
};
static KL_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_table);

const kl_obj_ops_type_t kl_type_set_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_set,
            .make_new = set_make_new,
            .print = set_print,
            .binary_op = set_binary_op,
            .locals_dict = &set_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = set_unary_op,
    .getiter = set_getiter,
};

const kl_obj_ops_type_t kl_type_frozenset_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_frozenset,
            .make_new = set_make_new,
            .print = set_print,
            .binary_op = set_binary_op,
            .locals_dict = &frozenset_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = set_unary_op,
    .getiter = set_getiter,
};

#endif // KL_CFG_SET
