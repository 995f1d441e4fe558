// vm/mod_gc.c: the gc module: run the collector and read the heap's state.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// kinglet's collector is a tracing mark-sweep over one heap (vm/gc.c) that runs when an
// allocation finds no room, so there is no cycle collector to switch off: disable() and
// enable() only change what isenabled() reports, and a full heap is still collected rather than
// raising MemoryError early. The module keeps both vocabularies: CPython's (collect,
// isenabled, get_threshold...) and MicroPython's (mem_free, mem_alloc, threshold).

#include "vm/gc.h"
#include "vm/obj_module.h"
#include "vm/obj_tuple.h"
#include "vm/runtime.h"
#include "vm/state.h"

#if KL_CFG_MODULE_GC

// gc.disable() and set_threshold() change nothing in the collector; their values are kept in
// kl_state (reset by kl_init) to be read back. MicroPython's threshold(n), n > 0, makes the
// collector run before an allocation once n bytes were allocated since it last ran (vm/gc.c).

static kl_obj_t gc_collect(size_t n_args, const kl_obj_t *args) {
    if (n_args == 1) {
        kl_int_t generation = kl_obj_get_int(args[0]);
        if (generation < 0 || generation > 2) {
            kl_raise_ValueError(KL_ERROR_TEXT("invalid generation"));
        }
    }
    kl_gc_collect();
    // CPython returns how many unreachable objects it found; a tracing collector does not count
    // them, and a program cannot rely on the number anyway.
    return KL_OBJ_NEW_SMALL_INT(0);
}
static KL_DEFINE_FUN_VAR(gc_collect_obj, collect, 0, 1, gc_collect);

static kl_obj_t gc_enable(void) {
    kl_state.gc_disabled = 0;
    return kl_const_none;
}
static KL_DEFINE_FUN_0(gc_enable_obj, enable, gc_enable);

static kl_obj_t gc_disable(void) {
    kl_state.gc_disabled = 1;
    return kl_const_none;
}
static KL_DEFINE_FUN_0(gc_disable_obj, disable, gc_disable);

static kl_obj_t gc_isenabled(void) {
    return KL_OBJ_FROM_BOOL(!kl_state.gc_disabled);
}
static KL_DEFINE_FUN_0(gc_isenabled_obj, isenabled, gc_isenabled);

static kl_obj_t gc_mem_free(void) {
    kl_gc_info_t info;
    kl_gc_info(&info);
    return kl_obj_new_int((kl_int_t)info.free);
}
static KL_DEFINE_FUN_0(gc_mem_free_obj, mem_free, gc_mem_free);

static kl_obj_t gc_mem_alloc(void) {
    kl_gc_info_t info;
    kl_gc_info(&info);
    return kl_obj_new_int((kl_int_t)info.used);
}
static KL_DEFINE_FUN_0(gc_mem_alloc_obj, mem_alloc, gc_mem_alloc);

static kl_obj_t gc_threshold_fun(size_t n_args, const kl_obj_t *args) {
    if (n_args == 0) {
        return kl_obj_new_int(kl_state.gc_threshold);
    }
    kl_state.gc_threshold = kl_obj_get_int(args[0]);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(gc_threshold_obj, threshold, 0, 1, gc_threshold_fun);

static kl_obj_t gc_get_threshold(void) {
    kl_obj_t t[3] = {kl_obj_new_int(kl_state.gc_thresholds[0]),
                     kl_obj_new_int(kl_state.gc_thresholds[1]),
                     kl_obj_new_int(kl_state.gc_thresholds[2])};
    return kl_obj_new_tuple(3, t);
}
static KL_DEFINE_FUN_0(gc_get_threshold_obj, get_threshold, gc_get_threshold);

static kl_obj_t gc_set_threshold(size_t n_args, const kl_obj_t *args) {
    for (size_t i = 0; i < n_args; i++) {
        kl_state.gc_thresholds[i] = kl_obj_get_int(args[i]);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(gc_set_threshold_obj, set_threshold, 1, 3, gc_set_threshold);

static kl_obj_t gc_get_count(void) {
    kl_obj_t t[3] = {KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_NEW_SMALL_INT(0)};
    return kl_obj_new_tuple(3, t);
}
static KL_DEFINE_FUN_0(gc_get_count_obj, get_count, gc_get_count);

static const kl_rom_map_elem_t gc_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_gc)},
    {KL_ROM_QSTR(collect), KL_ROM_PTR(&gc_collect_obj)},
    {KL_ROM_QSTR(disable), KL_ROM_PTR(&gc_disable_obj)},
    {KL_ROM_QSTR(enable), KL_ROM_PTR(&gc_enable_obj)},
    {KL_ROM_QSTR(get_count), KL_ROM_PTR(&gc_get_count_obj)},
    {KL_ROM_QSTR(get_threshold), KL_ROM_PTR(&gc_get_threshold_obj)},
    {KL_ROM_QSTR(isenabled), KL_ROM_PTR(&gc_isenabled_obj)},
    {KL_ROM_QSTR(mem_alloc), KL_ROM_PTR(&gc_mem_alloc_obj)},
    {KL_ROM_QSTR(mem_free), KL_ROM_PTR(&gc_mem_free_obj)},
    {KL_ROM_QSTR(set_threshold), KL_ROM_PTR(&gc_set_threshold_obj)},
    {KL_ROM_QSTR(threshold), KL_ROM_PTR(&gc_threshold_obj)},
};
static KL_DEFINE_CONST_DICT(gc_globals, gc_globals_table);

const kl_obj_module_t kl_module_gc = {{&kl_type_module}, &gc_globals};

#endif // KL_CFG_MODULE_GC
