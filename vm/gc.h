// vm/gc.h: the mark-sweep collector over the one heap region the port hands in.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_GC_H
#define KL_INCLUDED_VM_GC_H

#include <stdbool.h>
#include <stddef.h>

// Allocation flags.
#define KL_GC_ATOMIC (1) // holds no pointers (string bytes, digits): never scanned
// Likely to live long (interned names, code objects): a small heap places it from its top down,
// away from the short-lived blocks of a parse, so that their space is freed in one run.
#define KL_GC_LONG_LIVED (2)

// Take [size] bytes at [heap] (any alignment) as the heap. Nothing else is ever allocated.
void kl_gc_init(void *heap, size_t size);
// Zeroed memory; collects when needed, raises MemoryError when full after a collection.
void *kl_gc_alloc(size_t nbytes, unsigned flags);
// Like kl_gc_alloc, but returns NULL instead of raising (for callers with a fallback).
void *kl_gc_alloc_maybe(size_t nbytes, unsigned flags);
// Grow or shrink [ptr] (NULL allocates); the contents are kept, new bytes are zero.
void *kl_gc_realloc(void *ptr, size_t nbytes, unsigned flags);
// Give [ptr] back early (optional: the collector would find it).
void kl_gc_free(void *ptr);
size_t kl_gc_nbytes(const void *ptr);
bool kl_gc_is_heap_ptr(const void *ptr);

void kl_gc_collect(void);
// Zero the C stack below the caller, as deep as kl_stack_check has seen it go since the last
// call. The conservative scan reads every word of the live frames, and a frame that reuses
// the stack a parse used holds its stale pointers in the words it has not written yet: a
// single one keeps a whole tree alive, which a small heap cannot spare. The REPL and
// kl_exec_source call it between compiling and running.
void kl_gc_clear_stack(void);
void kl_gc_lock(void);
void kl_gc_unlock(void);
// Make every allocation fail (kl_gc_alloc raises MemoryError) until the matching unlock, for
// code that must not allocate (micropython.heap_lock). Nests; unlock returns the depth left.
void kl_gc_heap_lock(void);
unsigned kl_gc_heap_unlock(void);

// In a KL_CFG_GC_STRESS build, collect before every [period]-th allocation instead of every one
// (0 counts as 1); otherwise it does nothing.
void kl_gc_set_stress(size_t period);

typedef struct _kl_gc_info_t {
    void *start;     // the first block
    size_t total;    // bytes in the heap
    size_t used;     // bytes in live blocks
    size_t free;     // bytes in free blocks
    size_t max_free; // the largest allocation that would succeed now, in bytes
    size_t collections;
} kl_gc_info_t;
void kl_gc_info(kl_gc_info_t *info);
// The heap's size in bytes (kl_gc_info's [total]) without the walk over every block that
// kl_gc_info makes: start-up sizes the value stack with it, and a 128 MiB heap has 8 million.
size_t kl_gc_total(void);

// What block [b] of the heap holds (blocks are numbered from 0 to total / KL_CFG_GC_BLOCK_BYTES,
// in address order), for a map of the heap: free, the first block of an allocated run (then
// [*start] is set to the run), or one of its other blocks.
typedef enum {
    KL_GC_BLOCK_FREE,
    KL_GC_BLOCK_HEAD,
    KL_GC_BLOCK_ATOMIC_HEAD,
    KL_GC_BLOCK_TAIL,
} kl_gc_block_t;
kl_gc_block_t kl_gc_block(size_t b, void **start);

#endif // KL_INCLUDED_VM_GC_H
