// vm/state.h: the interpreter state; its GC-root section first.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// One interpreter runs per process (per board), so its state is one global struct. The
// collector scans [roots] precisely as an array of words, which is why every field there is a
// kl_obj_t or a pointer into the heap; anything the core must keep alive between calls belongs
// there (or in a registered root). Scalars follow.

#ifndef KL_INCLUDED_VM_STATE_H
#define KL_INCLUDED_VM_STATE_H

#include <stdint.h>

#include "vm/nlr.h"
#include "vm/obj.h"

typedef struct _kl_state_roots_t {
    kl_obj_t qstr_pool;            // the array of run-time interned names (vm/qstr.c)
    kl_obj_t modules;              // dict: sys.modules
    kl_obj_t main_module;          // __main__
    kl_obj_t builtins_dict;        // writable overrides of the builtins (a dict)
    kl_obj_t sys_argv;             // list
    kl_obj_t sys_path;             // list
    kl_obj_t cur_exc;              // exception being handled (sys.exc_info)
    kl_obj_t pending_exc;          // raised at the next check point (KeyboardInterrupt)
    kl_obj_t vm_stack;             // the value stack region
    kl_obj_t mem_error;            // preallocated MemoryError instance
    kl_obj_t rec_error;            // preallocated RecursionError for the C stack check
    kl_obj_t repl_last;            // _ in the REPL
    kl_obj_t stop_iteration_value; // the value of the StopIteration that ended an iteration
    kl_obj_t extra[8];             // registered roots (KL_REGISTER_ROOT)
} kl_state_roots_t;

// The slots of roots.extra, one per module that keeps a heap object of its own between calls.
enum {
    KL_ROOT_TIME_STRUCT_TIME, // vm/mod_time.c: the struct_time class
    KL_ROOT_IO_UNSUPPORTED,   // vm/mod_io.c: the io.UnsupportedOperation class
    KL_ROOT_KINGLET_SCHEDULE, // vm/mod_kinglet.c: the schedule() queue, (func, arg) pairs
    KL_ROOT_SYS_TRACE,        // vm/mod_sys.c: the function given to sys.settrace
    KL_ROOT_SYS_PROFILE,      // vm/mod_sys.c: the function given to sys.setprofile
    KL_ROOT_TYPE_DESCRIPTORS, // vm/obj_type.c: the method descriptors read from builtin types
    KL_ROOT_COUNT
};
_Static_assert(KL_ROOT_COUNT <= sizeof(((kl_state_roots_t *)0)->extra) / sizeof(kl_obj_t),
               "more registered roots than roots.extra holds");
#define KL_REGISTER_ROOT(slot) (kl_state.roots.extra[(slot)])

typedef struct _kl_state_t {
    kl_state_roots_t roots;
    // The value stack: frames' locals and operands, growing up.
    kl_obj_t *stack_base;
    kl_obj_t *stack_ptr;
    kl_obj_t *stack_end;
    // C stack bounds for the conservative scan and the overflow check.
    char *c_stack_top;
    size_t c_stack_limit;
    // The deepest the C stack has been seen at a kl_stack_check since kl_gc_clear_stack.
    char *c_stack_low;
    unsigned recursion_depth;
    unsigned recursion_limit;
    // Most decimal digits int <-> str conversions handle (sys.set_int_max_str_digits); 0: any.
    size_t int_max_str_digits;
    // Set asynchronously (signal handler, UART interrupt); checked on backward jumps and calls.
    volatile uint8_t interrupt;
    uint8_t gc_locked;
    uint8_t reraise;   // the exception in flight is re-raised: add no traceback entry
    uint64_t budget;   // instructions left when budget_on
    uint8_t budget_on; // 0: off, 1: a budget (kl_set_instruction_budget), 2: a limit
    // Callbacks queued by micropython.schedule(), run at the next check point (vm/mod_kinglet.c).
    volatile uint8_t sched_len;
    uint8_t sched_running;
    // The character that raises KeyboardInterrupt at the console (micropython.kbd_intr); -1: none.
    int16_t kbd_intr_char;
    // From kl_init_t, for sys: pointers the port keeps alive (outside the heap).
    const char *executable;
    int orig_argc;
    char *const *orig_argv;
    unsigned console_tty;
    // Widest LOAD_INT operand the compiler emits, in bits with the sign; wider small ints become
    // constants. kinglet-cross lowers it for a target with narrower small ints; 0: this build's.
    uint8_t compile_int_bits;
    // The newest frame, for tracebacks and sys._getframe-like introspection.
    struct _kl_frame_t *frame;
    // The generator made last and the frame that was running when it was made; the VM's call
    // instructions clear it first, so after one it names a generator that call made (see
    // GET_ITER_FRESH in vm/vm.c). Only compared, never dereferenced: not a root.
    kl_obj_t fresh_gen;
    struct _kl_frame_t *fresh_gen_frame;
    // Settings a program changes through a module. They live here rather than in statics of
    // their module so that kl_init (a soft reset, a fuzzing harness's next input) puts them back.
    kl_int_t gc_threshold;      // gc.threshold() (vm/mod_gc.c): -1 while not set
    kl_int_t gc_thresholds[3];  // gc.set_threshold()
    kl_int_t opt_level;         // kinglet.opt_level() (vm/mod_kinglet.c)
    kl_float_t switch_interval; // sys.setswitchinterval() (vm/mod_sys.c)
    uint8_t gc_disabled;        // gc.disable()
} kl_state_t;

extern kl_state_t kl_state;

// Charge [units] of work done inside C (a garbage collection, a big allocation, big-number
// arithmetic) to the instruction budget, one unit standing for about a check point's worth of
// time, so that a budget bounds time and not only check points. Nothing is raised here: the
// next check point does it.
static inline void kl_budget_charge(size_t units) {
    if (KL_CFG_INSTRUCTION_BUDGET && kl_state.budget_on && units != 0) {
        kl_state.budget = kl_state.budget > units ? kl_state.budget - units : 0;
    }
}

#endif // KL_INCLUDED_VM_STATE_H
