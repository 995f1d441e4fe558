// unix/machine_stub.c: stub pins and memory for the machine module, and _machine_stub to
// drive them.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The board functions of vm/hal.h on a host, so that code written for machine.Pin and
// machine.mem32 runs, and is tested, without a board. There are 64 pins (numbers 0-63, names
// "P0".."P63", and "LED" for pin 25, as on a Pico). Every configuration and write is recorded
// in a log; a read returns the next of the values a test queued for the pin with
// _machine_stub.reads() (the last one repeats), or else the last value written to it (an
// output reads back its level), or else 0. Memory is a small table: a write stores the value
// at its address, a read returns what is there (or a value set with _machine_stub.mem()) and 0
// elsewhere. The state is static C data, so it survives a soft reset, as a board's pins do;
// _machine_stub.reset() clears it.
//
// _machine_stub functions (kinglet-only; tests/machine/ uses them):
//   log() -> list       the recorded events since the last call, oldest first, then clears
//                       them: ('config', pin, mode, pull), ('write', pin, value),
//                       ('mem', address, bytes, value) for memory writes
//   reads(pin, values)  queue the values (0 or 1) that the next reads of [pin] return
//   mem(address, value) the value memory reads at [address] return (any width)
//   reset()             forget everything: log, queued reads, written levels, memory

#include <stdlib.h>

#include "unix/term.h"
#include "vm/hal.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/runtime.h"

#define PINS (64)
#define QUEUE (32)
#define LOG (256)
#define MEM_CELLS (64)
#define ENODEV_NUM (19)
#define ENOSPC_NUM (28)

typedef struct {
    int8_t level; // the last value written, or -1
    uint8_t queued;
    uint8_t next;
    uint8_t queue[QUEUE];
} stub_pin_t;

typedef enum { EV_CONFIG, EV_WRITE, EV_MEM } event_kind_t;

typedef struct {
    uint8_t kind;
    uint8_t a8;   // mode (config) or bytes (mem)
    uint8_t b8;   // pull (config)
    uint32_t id;  // pin or address
    uint32_t val; // value
} event_t;

static stub_pin_t pins[PINS];
static event_t events[LOG];
static size_t n_events;
static struct {
    uint32_t addr;
    uint32_t value;
} mem[MEM_CELLS];
static size_t n_mem;
static bool started;

static void start(void) {
    if (!started) {
        started = true;
        for (size_t i = 0; i < PINS; i++) {
            pins[i].level = -1;
        }
    }
}

static void record(event_kind_t kind, uint32_t id, uint8_t a, uint8_t b, uint32_t val) {
    // A program that writes more than LOG times between two log() calls loses the rest.
    if (n_events < LOG) {
        events[n_events++] = (event_t){(uint8_t)kind, a, b, id, val};
    }
}

// ==== The board functions of vm/hal.h ====

int kl_hal_pin_id(const char *name, size_t len) {
    if (len == 3 && name[0] == 'L' && name[1] == 'E' && name[2] == 'D') {
        return 25;
    }
    if (len < 2 || len > 3 || name[0] != 'P') {
        return -ENODEV_NUM;
    }
    int n = 0;
    for (size_t i = 1; i < len; i++) {
        if (name[i] < '0' || name[i] > '9') {
            return -ENODEV_NUM;
        }
        n = n * 10 + (name[i] - '0');
    }
    return n < PINS ? n : -ENODEV_NUM;
}

int kl_hal_pin_config(int pin, int mode, int pull) {
    start();
    if (pin < 0 || pin >= PINS) {
        return -ENODEV_NUM;
    }
    record(EV_CONFIG, (uint32_t)pin, (uint8_t)mode, (uint8_t)pull, 0);
    return 0;
}

int kl_hal_pin_write(int pin, int value) {
    start();
    if (pin < 0 || pin >= PINS) {
        return -ENODEV_NUM;
    }
    pins[pin].level = (int8_t)(value != 0);
    record(EV_WRITE, (uint32_t)pin, 0, 0, (uint32_t)(value != 0));
    return 0;
}

int kl_hal_pin_read(int pin) {
    start();
    if (pin < 0 || pin >= PINS) {
        return -ENODEV_NUM;
    }
    stub_pin_t *p = &pins[pin];
    if (p->queued > 0) {
        int v = p->queue[p->next];
        if (p->next + 1 < p->queued) {
            p->next++;
        }
        return v;
    }
    return p->level > 0 ? 1 : 0;
}

size_t kl_hal_unique_id(uint8_t *buf, size_t len) {
    static const uint8_t id[8] = {'k', 'i', 'n', 'g', 'l', 'e', 't', 1};
    size_t n = len < sizeof(id) ? len : sizeof(id);
    for (size_t i = 0; i < n; i++) {
        buf[i] = id[i];
    }
    return n;
}

int kl_hal_mem_read(uintptr_t addr, unsigned bytes, uint32_t *value) {
    (void)bytes;
    *value = 0;
    for (size_t i = 0; i < n_mem; i++) {
        if (mem[i].addr == addr) {
            *value = mem[i].value;
        }
    }
    return 0;
}

static int mem_store(uintptr_t addr, uint32_t value) {
    for (size_t i = 0; i < n_mem; i++) {
        if (mem[i].addr == addr) {
            mem[i].value = value;
            return 0;
        }
    }
    if (n_mem == MEM_CELLS) {
        return -ENOSPC_NUM;
    }
    mem[n_mem].addr = (uint32_t)addr;
    mem[n_mem].value = value;
    n_mem++;
    return 0;
}

int kl_hal_mem_write(uintptr_t addr, unsigned bytes, uint32_t value) {
    record(EV_MEM, (uint32_t)addr, (uint8_t)bytes, 0, value);
    return mem_store(addr, value);
}

void kl_hal_reset(void) {
    // A host has no board to reset: the process ends, as after sys.exit().
    kl_term_restore();
    exit(0);
}

// ==== _machine_stub ====

static kl_obj_t stub_log(void) {
    kl_obj_t list = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < n_events; i++) {
        const event_t *e = &events[i];
        kl_obj_t items[4];
        size_t n = 0;
        switch (e->kind) {
            case EV_CONFIG:
                items[n++] = KL_OBJ_NEW_QSTR(KL_QSTR_config);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->id);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->a8);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->b8);
                break;
            case EV_WRITE:
                items[n++] = KL_OBJ_NEW_QSTR(KL_QSTR_write);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->id);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->val);
                break;
            default:
                items[n++] = KL_OBJ_NEW_QSTR(KL_QSTR_mem);
                items[n++] = kl_obj_new_int_from_u64(e->id);
                items[n++] = KL_OBJ_NEW_SMALL_INT(e->a8);
                items[n++] = kl_obj_new_int_from_u64(e->val);
                break;
        }
        kl_obj_list_append(list, kl_obj_new_tuple(n, items));
    }
    n_events = 0;
    return list;
}
static KL_DEFINE_FUN_0(stub_log_obj, log, stub_log);

static kl_obj_t stub_reads(kl_obj_t pin, kl_obj_t values) {
    start();
    kl_int_t n = kl_obj_get_int(pin);
    if (n < 0 || n >= PINS) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid pin"));
    }
    stub_pin_t *p = &pins[n];
    p->queued = 0;
    p->next = 0;
    kl_obj_t it = kl_getiter(values, NULL);
    kl_obj_t v;
    while ((v = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (p->queued == QUEUE) {
            kl_raise_ValueError(KL_ERROR_TEXT("at most 32 queued reads"));
        }
        p->queue[p->queued++] = kl_obj_is_true(v) ? 1 : 0;
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(stub_reads_obj, reads, stub_reads);

static kl_obj_t stub_mem(kl_obj_t addr, kl_obj_t value) {
    uint64_t a;
    uint64_t v;
    bool neg_a;
    bool neg_v;
    if (!kl_obj_int_get_mag64(addr, &a, &neg_a) || neg_a || a > 0xffffffffu ||
        !kl_obj_int_get_mag64(value, &v, &neg_v) || neg_v || v > 0xffffffffu) {
        kl_raise_ValueError(KL_ERROR_TEXT("address and value must be in range(2**32)"));
    }
    if (mem_store((uintptr_t)a, (uint32_t)v) < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("at most 64 memory cells"));
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(stub_mem_obj, mem, stub_mem);

static kl_obj_t stub_reset(void) {
    started = false;
    start();
    for (size_t i = 0; i < PINS; i++) {
        pins[i].queued = 0;
        pins[i].next = 0;
    }
    n_events = 0;
    n_mem = 0;
    return kl_const_none;
}
static KL_DEFINE_FUN_0(stub_reset_obj, reset, stub_reset);

kl_obj_t kl_mod_machine_stub_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR__machine_stub);
    kl_obj_t g = kl_obj_module_globals(m);
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_log), KL_ROM_PTR(&stub_log_obj));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_reads), KL_ROM_PTR(&stub_reads_obj));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_mem), KL_ROM_PTR(&stub_mem_obj));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_reset), KL_ROM_PTR(&stub_reset_obj));
    return m;
}
