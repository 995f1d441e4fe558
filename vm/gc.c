// vm/gc.c: mark-sweep collector over one block-allocated heap.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The port hands in one region of memory and nothing else is ever allocated. The region is cut
// into blocks of KL_CFG_GC_BLOCK_BYTES; an allocation is a run of blocks, the first marked HEAD
// and the rest TAIL in a table of four bits per block kept at the start of the region:
//
//     bits 0-1   FREE, HEAD, TAIL, or MARK (a head reached in the current collection)
//     bit  2     ATOMIC: the run holds no pointers and is never scanned
//
// With 32-byte blocks on a 64-bit host the table costs 1.6% of the heap; with 16-byte blocks on a
// 32-bit MCU, 3%. There is no per-object header, so a 16-byte float or a two-word tuple costs
// exactly one block.
//
// Marking is conservative: the roots (the state's root section, the C stack and the registers
// spilled into it by setjmp) and every non-atomic block are scanned word by word, and any word
// that points into an allocated run, at its start or inside it, keeps the run alive. This costs
// some precision (an integer that looks like a pointer retains a block) but it means C code never
// registers temporaries: a pointer held in a local is a root, which removes the commonest class of
// collector bugs in interpreters (a forgotten root is a use-after-free that shows up months
// later). The mark stack is a fixed array; when it overflows, the marked blocks are rescanned
// until no new block is found, so marking needs no memory beyond the heap it manages.

#include <setjmp.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"

#if KL_CFG_VALGRIND
#include <valgrind/memcheck.h>
#endif

#define BLOCK_BYTES ((size_t)KL_CFG_GC_BLOCK_BYTES)
#define WORDS_PER_BLOCK (BLOCK_BYTES / sizeof(uintptr_t))

enum { KIND_FREE = 0, KIND_HEAD = 1, KIND_TAIL = 2, KIND_MARK = 3 };
#define BIT_ATOMIC (4)

#define MARK_STACK_SIZE (64)

typedef struct _gc_heap_t {
    uint8_t *table;      // four bits per block
    uint8_t *pool_start; // the first block
    uint8_t *pool_end;
    size_t n_blocks;
    size_t first_free; // no free block below this one
    size_t next_fit;   // where the next search starts: just after the last allocation
    size_t top;        // every block from here on has always been free
#if KL_CFG_GC_PACING || KL_CFG_MODULE_GC
    size_t live;  // blocks in use after the last collection (KL_CFG_GC_PACING)
    size_t taken; // blocks taken since the last collection
#endif
    size_t collections;
    unsigned lock_depth;
    unsigned heap_lock_depth; // kl_gc_heap_lock: allocation fails while non-zero
    bool mark_overflow;
    size_t mark_sp;
    size_t mark_stack[MARK_STACK_SIZE];
} gc_heap_t;

static gc_heap_t heap;

#if KL_CFG_GC_STRESS
// Allocations between two stress collections (kl_gc_set_stress), and how many are left. Kept
// outside [heap], which kl_gc_init clears, so that a soft reset keeps the port's choice.
static size_t stress_period = 1;
static size_t stress_left = 1;
#endif

// ==== The block table ====

static inline unsigned block_bits(size_t b) {
    return (heap.table[b >> 1] >> ((b & 1) * 4)) & 0xf;
}

static inline unsigned block_kind(size_t b) {
    return block_bits(b) & 3;
}

static inline void set_block_bits(size_t b, unsigned bits) {
    unsigned shift = (b & 1) * 4;
    heap.table[b >> 1] = (uint8_t)((heap.table[b >> 1] & ~(0xf << shift)) | (bits << shift));
}

static inline void set_block_kind(size_t b, unsigned kind) {
    set_block_bits(b, (block_bits(b) & ~3u) | kind);
}

static inline size_t block_of(const void *p) {
    return (size_t)((const uint8_t *)p - heap.pool_start) / BLOCK_BYTES;
}

static inline void *block_ptr(size_t b) {
    return heap.pool_start + b * BLOCK_BYTES;
}

static size_t run_length(size_t head) {
    size_t b = head + 1;
    while (b < heap.n_blocks && block_kind(b) == KIND_TAIL) {
        b++;
    }
    return b - head;
}

// ==== Set-up ====

void kl_gc_init(void *start, size_t size) {
    uintptr_t lo = ((uintptr_t)start + BLOCK_BYTES - 1) & ~(uintptr_t)(BLOCK_BYTES - 1);
    uintptr_t hi = ((uintptr_t)start + size) & ~(uintptr_t)(BLOCK_BYTES - 1);
    memset(&heap, 0, sizeof(heap));
    if (hi <= lo + 2 * BLOCK_BYTES) {
        kl_hal_fatal("heap too small");
    }
    // Each block costs BLOCK_BYTES plus half a byte of table.
    size_t total = hi - lo;
    size_t n_blocks = (total * 2) / (BLOCK_BYTES * 2 + 1);
    size_t table_bytes = (n_blocks + 1) / 2;
    size_t table_blocks = (table_bytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
    n_blocks = total / BLOCK_BYTES - table_blocks;
    // Rounding can leave one block more than the table's whole blocks have entries for; its
    // entry would be the first byte of the pool.
    if (n_blocks > table_blocks * BLOCK_BYTES * 2) {
        n_blocks = table_blocks * BLOCK_BYTES * 2;
    }
    heap.table = (uint8_t *)lo;
    heap.pool_start = (uint8_t *)lo + table_blocks * BLOCK_BYTES;
    heap.n_blocks = n_blocks;
    heap.pool_end = heap.pool_start + n_blocks * BLOCK_BYTES;
    memset(heap.table, 0, table_blocks * BLOCK_BYTES);
}

bool kl_gc_is_heap_ptr(const void *ptr) {
    return (const uint8_t *)ptr >= heap.pool_start && (const uint8_t *)ptr < heap.pool_end;
}

void kl_gc_lock(void) {
    heap.lock_depth++;
}

void kl_gc_unlock(void) {
    heap.lock_depth--;
}

void kl_gc_heap_lock(void) {
    heap.heap_lock_depth++;
}

unsigned kl_gc_heap_unlock(void) {
    if (heap.heap_lock_depth > 0) {
        heap.heap_lock_depth--;
    }
    return heap.heap_lock_depth;
}

// ==== Marking ====

// Mark the run that [word] points into, if any, and queue it for scanning.
static void mark_word(uintptr_t word) {
    const uint8_t *p = (const uint8_t *)word;
    if (p < heap.pool_start || p >= heap.pool_end) {
        return;
    }
    size_t b = block_of(p);
    unsigned kind = block_kind(b);
    if (kind == KIND_FREE || kind == KIND_MARK) {
        return;
    }
    while (kind == KIND_TAIL) {
        kind = block_kind(--b);
    }
    if (kind != KIND_HEAD) {
        return; // the head is already marked
    }
    set_block_kind(b, KIND_MARK);
    if (block_bits(b) & BIT_ATOMIC) {
        return;
    }
    if (heap.mark_sp < MARK_STACK_SIZE) {
        heap.mark_stack[heap.mark_sp++] = b;
    } else {
        heap.mark_overflow = true;
    }
}

static void scan_run(size_t head) {
    size_t n = run_length(head) * WORDS_PER_BLOCK;
    const uintptr_t *w = (const uintptr_t *)block_ptr(head);
    for (size_t i = 0; i < n; i++) {
        mark_word(w[i]);
    }
}

static void drain_mark_stack(void) {
    for (;;) {
        while (heap.mark_sp > 0) {
            scan_run(heap.mark_stack[--heap.mark_sp]);
        }
        if (!heap.mark_overflow) {
            return;
        }
        // Some marked runs were never scanned: scan every marked run again. Scanning is
        // idempotent, and each round marks at least one new run or ends.
        heap.mark_overflow = false;
        for (size_t b = 0; b < heap.top; b++) {
            if (block_kind(b) == KIND_MARK && !(block_bits(b) & BIT_ATOMIC)) {
                scan_run(b);
                while (heap.mark_sp > 0) {
                    scan_run(heap.mark_stack[--heap.mark_sp]);
                }
            }
        }
    }
}

// [v], a copy of a word of the C stack or of the saved registers. Many were never written
// (padding, locals not yet set, parts of jmp_buf): under valgrind (KL_CFG_VALGRIND) each would
// make memcheck report the comparisons in mark_word, and the undefinedness would spread into the
// block table. The copy is declared defined instead of the stack, whose own shadow stays as it
// was, so the functions that own those words are still checked. The word is read by the caller,
// whose attribute keeps ASan from checking the read; these are the only places where the
// checkers are told to look away (docs/testing.md).
static inline uintptr_t defined_word(uintptr_t v) {
#if KL_CFG_VALGRIND
    VALGRIND_MAKE_MEM_DEFINED(&v, sizeof(v));
#endif
    return v;
}

// Every word in [start, end): the roots, the live part of the value stack, and the C stack with
// the registers spilled into it (mark_c_stack), which holds uninitialised words and red zones by
// design: it is read as plain memory.
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize_address))
#endif
static void
mark_range(const void *start, const void *end) {
    const uintptr_t *w = (const uintptr_t *)((uintptr_t)start & ~(uintptr_t)(sizeof(void *) - 1));
    for (; (const void *)w < end; w++) {
        mark_word(defined_word(*w));
        if (heap.mark_sp >= MARK_STACK_SIZE / 2) {
            drain_mark_stack();
        }
    }
    drain_mark_stack();
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline))
#endif
static void
mark_c_stack(void) {
    // setjmp spills the callee-saved registers into [regs], on this frame's stack, so pointers
    // held only in registers are scanned too.
    jmp_buf regs;
    setjmp(regs);
    volatile char here = 0;
    const char *lo = (const char *)&here;
    const char *hi = kl_state.c_stack_top;
    if (lo > hi) {
        const char *t = lo;
        lo = hi;
        hi = t;
    }
    mark_range(lo, hi);
    mark_range(&regs, (const char *)&regs + sizeof(regs));
}

// ==== Sweeping ====

// The table entries of 16 blocks [b, b + 16), b a multiple of 16, as one word: nibble i is
// block b + i. Whole words let sweeping and searching skip full or empty stretches of the heap
// (KL_CFG_GC_GROUP_SCAN).
#define NIBBLE_ONES (0x1111111111111111ULL)

// Byte i of the group is bits 8i to 8i + 7 of the word: the memory order on a little-endian
// target, where the word is a plain (aligned: b is a multiple of 16) load or store.
static uint64_t load_group(size_t b) {
    const uint8_t *t = heap.table + (b >> 1);
    uint64_t w = 0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&w, t, sizeof(w));
#else
    for (int i = 7; i >= 0; i--) {
        w = (w << 8) | t[i];
    }
#endif
    return w;
}

static void store_group(size_t b, uint64_t w) {
    uint8_t *t = heap.table + (b >> 1);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(t, &w, sizeof(w));
#else
    for (int i = 0; i < 8; i++) {
        t[i] = (uint8_t)(w >> (8 * i));
    }
#endif
}

// Only the blocks below [top] are swept: a large heap that a program uses little of costs a
// collection what a small one does.
static void sweep(void) {
    bool in_free_run = false;
    const size_t end = heap.top;
    heap.first_free = end;
    size_t live = 0;
    size_t b = 0;
    while (b < end) {
        if (KL_CFG_GC_GROUP_SCAN && (b & 15) == 0 && b + 16 <= end) {
            uint64_t w = load_group(b);
            uint64_t kind_bit0 = w & NIBBLE_ONES, kind_bit1 = (w >> 1) & NIBBLE_ONES;
            if ((kind_bit0 | kind_bit1) == 0) {
                // All free.
                if (b < heap.first_free) {
                    heap.first_free = b;
                }
                in_free_run = false;
                b += 16;
                continue;
            }
            if (kind_bit1 == NIBBLE_ONES && !in_free_run) {
                // All marked heads or tails of live runs: unmark the heads.
                store_group(b, w & ~(kind_bit0 << 1));
                live += 16;
                b += 16;
                continue;
            }
            if ((kind_bit0 ^ kind_bit1) == NIBBLE_ONES && (in_free_run || (w & 1) != 0)) {
                // Unmarked heads and their tails only, the first a head or in a dead run: all
                // garbage (a large string or list that died is many such groups).
                store_group(b, 0);
                if (b < heap.first_free) {
                    heap.first_free = b;
                }
                in_free_run = true;
                b += 16;
                continue;
            }
        }
        switch (block_kind(b)) {
            case KIND_HEAD:
                set_block_bits(b, KIND_FREE);
                in_free_run = true;
                break;
            case KIND_TAIL:
                if (in_free_run) {
                    set_block_bits(b, KIND_FREE);
                } else {
                    live++;
                }
                break;
            case KIND_MARK:
                set_block_kind(b, KIND_HEAD);
                in_free_run = false;
                live++;
                break;
            default:
                in_free_run = false;
                break;
        }
        if (b < heap.first_free && block_kind(b) == KIND_FREE) {
            heap.first_free = b;
        }
        b++;
    }
#if KL_CFG_GC_PACING || KL_CFG_MODULE_GC
    heap.live = live;
    heap.taken = 0;
#else
    (void)live;
#endif
}

static void collect(void) {
    if (heap.lock_depth > 0) {
        return;
    }
    heap.lock_depth++;
    heap.mark_sp = 0;
    heap.mark_overflow = false;
    mark_range(&kl_state.roots, (const char *)&kl_state.roots + sizeof(kl_state.roots));
    // The value stack's block is atomic: only the slices of running frames hold live values,
    // and what returned frames left above stack_ptr must not keep their garbage alive.
    if (kl_state.stack_base != NULL) {
        mark_range(kl_state.stack_base, kl_state.stack_ptr);
    }
    mark_c_stack();
    sweep();
    // The MRO lookup cache is keyed by class address, and a class freed just now may be
    // followed by a new one at the same address.
    kl_type_cache_invalidate();
    heap.next_fit = heap.first_free;
    heap.collections++;
    heap.lock_depth--;
}

// A budget (kl_budget_charge) is charged a unit per KiB of heap for a collection, which marks
// what lives and sweeps the whole block table: a loop that keeps a nearly full heap collecting
// at every allocation stays bounded. (GC stress collections are not charged.)
// Zeros for one frame of the C stack, then the frames below it, [bytes] in all.
static KL_NOINLINE void clear_stack_frames(size_t bytes) {
    volatile uintptr_t words[32];
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        words[i] = 0;
    }
    if (bytes > sizeof(words)) {
        clear_stack_frames(bytes - sizeof(words));
    }
    words[0] = 0; // not a tail call: this frame stays while the next one goes below it
}

void kl_gc_clear_stack(void) {
    volatile char here = 0;
    char *low = kl_state.c_stack_low;
    if (low != NULL && low < (char *)&here) {
        size_t bytes = (size_t)((char *)&here - low);
        clear_stack_frames(bytes < 65536 ? bytes : 65536);
    }
    kl_state.c_stack_low = (char *)&here;
}

void kl_gc_collect(void) {
    kl_budget_charge(heap.n_blocks * BLOCK_BYTES >> 10);
    collect();
}

// ==== Allocation ====

// Look for [n_blocks] free blocks in [from, to).
static size_t find_run(size_t from, size_t to, size_t n_blocks) {
    size_t run = 0;
    size_t b = from;
    while (b < to) {
        if (KL_CFG_GC_GROUP_SCAN && (b & 15) == 0 && b + 16 <= to) {
            uint64_t w = load_group(b);
            uint64_t used = (w | (w >> 1)) & NIBBLE_ONES;
            if (used == NIBBLE_ONES) {
                run = 0;
                b += 16;
                continue;
            }
            if (used == 0) {
                if (run + 16 >= n_blocks) {
                    return b - run;
                }
                run += 16;
                b += 16;
                continue;
            }
        }
        if (block_kind(b) != KIND_FREE) {
            run = 0;
        } else if (++run == n_blocks) {
            return b + 1 - n_blocks;
        }
        b++;
    }
    return SIZE_MAX;
}

// The highest run of [n_blocks] free blocks, searched from the top down.
static size_t find_run_down(size_t n_blocks) {
    size_t run = 0;
    for (size_t b = heap.n_blocks; b-- > heap.first_free;) {
        if (block_kind(b) != KIND_FREE) {
            run = 0;
        } else if (++run == n_blocks) {
            return b;
        }
    }
    return SIZE_MAX;
}

// Make the free blocks [from, to) tails, zeroed: a new run (whose head is then set) or the
// growth of the run before them. Freed blocks are not cleared; they are here, when taken.
static void take_blocks(size_t from, size_t to) {
    for (size_t b = from; b < to; b++) {
        set_block_bits(b, KIND_TAIL);
    }
#if KL_CFG_GC_PACING || KL_CFG_MODULE_GC
    heap.taken += to - from;
#endif
    if (to > heap.top) {
        heap.top = to;
    }
    memset(block_ptr(from), 0, (to - from) * BLOCK_BYTES);
}

// Free the [n] blocks from [b].
static void free_blocks(size_t b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        set_block_bits(b + i, KIND_FREE);
    }
    if (b < heap.first_free) {
        heap.first_free = b;
    }
}

// Next fit: search on from the last allocation, then wrap around once. Starting at the
// lowest free block every time would rescan the same full prefix of the heap on each call.
// A small heap (a board's few KiB, up to FIRST_FIT_BLOCKS) is searched first fit instead: its
// scan is short, and next fit would scatter what lives long (functions, classes, a REPL
// entry's code) across it, leaving free runs too short for the next parse or class. There,
// what is flagged KL_GC_LONG_LIVED is placed from the top down (last fit): the interned names
// and code objects that a REPL entry leaves behind gather at the top instead of standing as
// islands in the middle of the space its parse used and gave back.
#define FIRST_FIT_BLOCKS (1024)
// Only a run this short moves the next search's start: a large one, which may have been found
// far above the holes the small ones are filling, would leave those holes behind.
#define NEXT_FIT_RUN (32)
static void *try_alloc(size_t n_blocks, unsigned flags) {
    bool small = heap.n_blocks <= FIRST_FIT_BLOCKS;
    size_t head;
    if (small && (flags & KL_GC_LONG_LIVED)) {
        head = find_run_down(n_blocks);
    } else {
        size_t start = heap.next_fit < heap.first_free || small ? heap.first_free : heap.next_fit;
        // From [start] to the end, then (one call for both passes) from the lowest free block
        // to where a run that [start] cut off would end.
        size_t from = start, to = heap.n_blocks;
        for (;;) {
            head = find_run(from, to, n_blocks);
            if (head != SIZE_MAX || from == heap.first_free) {
                break;
            }
            to = start + n_blocks - 1 < heap.n_blocks ? start + n_blocks - 1 : heap.n_blocks;
            from = heap.first_free;
        }
        if (head != SIZE_MAX && n_blocks <= NEXT_FIT_RUN) {
            heap.next_fit = head + n_blocks;
        }
    }
    if (head == SIZE_MAX) {
        return NULL;
    }
    take_blocks(head, head + n_blocks);
    set_block_bits(head, KIND_HEAD | ((flags & KL_GC_ATOMIC) ? BIT_ATOMIC : 0));
    if (head == heap.first_free) {
        heap.first_free = head + n_blocks;
    }
    return block_ptr(head);
}

// Whether to collect before an allocation that may well find room: where gc.threshold() asks
// for it (MicroPython's: after that many bytes), and in a large heap paced by what it holds
// (KL_CFG_GC_PACING, vm/config.h), so that what survives stays together at the bottom and the
// top stays free for large runs: the search starts again at the lowest free block after each
// collection. The used part then settles at four times what lives (or half the heap, where
// pacing starts), and a collection sweeps it once for every three quarters of it allocated.
#define PACED_BLOCKS ((size_t)1 << 16)
static bool collect_early(void) {
#if KL_CFG_MODULE_GC
    if (kl_state.gc_threshold > 0 && heap.taken * BLOCK_BYTES >= (size_t)kl_state.gc_threshold) {
        return true;
    }
#endif
#if KL_CFG_GC_PACING
    if (heap.n_blocks > PACED_BLOCKS && heap.top > heap.n_blocks / 2 &&
        heap.taken >= 2 * heap.live && heap.taken >= heap.top / 4 * 3) {
        return true;
    }
#endif
    return false;
}

void *kl_gc_alloc_maybe(size_t nbytes, unsigned flags) {
    // The allocator is the deepest frame of most walks that hold heap pointers (a compile's
    // emitters, a parse's nodes): kl_gc_clear_stack clears down to here.
    volatile char here;
    if ((char *)&here < kl_state.c_stack_low) {
        kl_state.c_stack_low = (char *)&here;
    }
    if (nbytes == 0) {
        nbytes = 1;
    }
    if (nbytes > (size_t)(heap.pool_end - heap.pool_start) || heap.heap_lock_depth > 0) {
        return NULL;
    }
    size_t n_blocks = (nbytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
#if KL_CFG_GC_STRESS
    if (--stress_left == 0) {
        stress_left = stress_period;
        collect();
    }
#endif
    // A budget is charged a unit per KiB allocated: what the caller will write there.
    kl_budget_charge((n_blocks * BLOCK_BYTES) >> 10);
    if (heap.lock_depth == 0 && collect_early()) {
        collect();
    }
    void *p = try_alloc(n_blocks, flags);
    if (p == NULL && heap.lock_depth == 0) {
        kl_gc_collect();
        p = try_alloc(n_blocks, flags);
    }
    return p;
}

void *kl_gc_alloc(size_t nbytes, unsigned flags) {
    void *p = kl_gc_alloc_maybe(nbytes, flags);
    if (p == NULL) {
        kl_raise_MemoryError();
    }
    return p;
}

size_t kl_gc_nbytes(const void *ptr) {
    if (!kl_gc_is_heap_ptr(ptr)) {
        return 0;
    }
    size_t b = block_of(ptr);
    if (block_kind(b) != KIND_HEAD && block_kind(b) != KIND_MARK) {
        return 0;
    }
    return run_length(b) * BLOCK_BYTES;
}

void kl_gc_free(void *ptr) {
    if (ptr == NULL || !kl_gc_is_heap_ptr(ptr) || heap.lock_depth > 0) {
        return;
    }
    size_t b = block_of(ptr);
    if (block_kind(b) != KIND_HEAD) {
        return;
    }
    free_blocks(b, run_length(b));
}

void *kl_gc_realloc(void *ptr, size_t nbytes, unsigned flags) {
    if (ptr == NULL) {
        return kl_gc_alloc(nbytes, flags);
    }
    size_t head = block_of(ptr);
    size_t have = run_length(head);
    size_t want = (nbytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
    if (want == 0) {
        want = 1;
    }
    if (want <= have) {
        // Shrink in place: the tail blocks become free (none when [want] is [have], and
        // first_free may then drop to a used block, which it allows).
        free_blocks(head + want, have - want);
        return ptr;
    }
    // Grow in place when the blocks after the run are free.
    size_t b = head + have;
    while (b < heap.n_blocks && b < head + want && block_kind(b) == KIND_FREE) {
        b++;
    }
    if (b == head + want && heap.heap_lock_depth == 0) {
        take_blocks(head + have, b);
        return ptr;
    }
    void *p = kl_gc_alloc(nbytes, flags);
    memcpy(p, ptr, have * BLOCK_BYTES);
    kl_gc_free(ptr);
    return p;
}

void kl_gc_set_stress(size_t period) {
#if KL_CFG_GC_STRESS
    stress_period = period > 0 ? period : 1;
    stress_left = stress_period;
#else
    (void)period;
#endif
}

size_t kl_gc_total(void) {
    return heap.n_blocks * BLOCK_BYTES;
}

void kl_gc_info(kl_gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->start = heap.pool_start;
    info->total = heap.n_blocks * BLOCK_BYTES;
    info->collections = heap.collections;
    // Every block from [top] on has always been free: they are counted as one step, so that the
    // figures of a large heap that a program uses little of cost what a small heap's do.
    size_t run = 0;
    for (size_t b = 0; b <= heap.top; b++) {
        size_t n = b < heap.top ? 1 : heap.n_blocks - heap.top;
        if (b == heap.top || block_kind(b) == KIND_FREE) {
            run += n;
            info->free += n * BLOCK_BYTES;
            if (run * BLOCK_BYTES > info->max_free) {
                info->max_free = run * BLOCK_BYTES;
            }
        } else {
            run = 0;
            info->used += BLOCK_BYTES;
        }
    }
}

kl_gc_block_t kl_gc_block(size_t b, void **start) {
    if (b >= heap.n_blocks) {
        return KL_GC_BLOCK_FREE;
    }
    unsigned bits = block_bits(b);
    switch (bits & 3) {
        case KIND_FREE:
            return KL_GC_BLOCK_FREE;
        case KIND_TAIL:
            return KL_GC_BLOCK_TAIL;
        default:
            *start = block_ptr(b);
            return bits & BIT_ATOMIC ? KL_GC_BLOCK_ATOMIC_HEAD : KL_GC_BLOCK_HEAD;
    }
}
