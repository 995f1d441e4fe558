// vm/bc.h: bytecode, code objects, functions and frames.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The compiler turns each scope (module, function, class body, lambda, comprehension) into a
// code object: compact bytecode (opcodes.def), its constants, a line table (with
// KL_CFG_SOURCE_LINES) and an exception table. try blocks cost nothing until something raises: the
// exception table maps bytecode ranges to handlers and the stack depth to unwind to, so entering a
// try executes no instruction at all.
//
// A running call is a frame. Its locals and operand stack are one contiguous slice of the VM's
// value stack, a single region allocated at start-up, so a Python call allocates nothing on the
// heap; only generators, whose frames outlive the call that created them, put their slice on
// the heap.

#ifndef KL_INCLUDED_VM_BC_H
#define KL_INCLUDED_VM_BC_H

#include "vm/obj.h"

typedef enum {
#define OP(name, effect, arg) KL_BC_##name,
#include "vm/opcodes.def"
#undef OP
    KL_BC_NUM_OPCODES,
} kl_bc_opcode_t;

enum { KL_BC_ARG_NONE, KL_BC_ARG_UINT, KL_BC_ARG_SINT, KL_BC_ARG_JUMP, KL_BC_ARG_UINT2 };

extern const char *const kl_bc_names[KL_BC_NUM_OPCODES];
extern const uint8_t kl_bc_arg_kind[KL_BC_NUM_OPCODES];

// Code flags.
#define KL_CODE_FLAG_VARARGS (0x0001)
#define KL_CODE_FLAG_VARKW (0x0002)
#define KL_CODE_FLAG_GENERATOR (0x0004)
#define KL_CODE_FLAG_COROUTINE (0x0008)
#define KL_CODE_FLAG_WIDE (0x0010)      // jump arguments are 4 bytes
#define KL_CODE_FLAG_NAMESPACE (0x0020) // module or class body: names live in a dict
#define KL_CODE_FLAG_ASYNC_GENERATOR (0x0040)
#define KL_CODE_FLAG_HAS_DOC (0x0080) // consts[0] is the docstring

// MAKE_FUNCTION flags.
#define KL_MAKE_FUNCTION_DEFAULTS (1)
#define KL_MAKE_FUNCTION_KWDEFAULTS (2)
#define KL_MAKE_FUNCTION_CLOSURE (4)
#define KL_MAKE_FUNCTION_ANNOTATIONS (8)

// FORMAT_VALUE flags: conversion in the low two bits, then "has a spec".
#define KL_FORMAT_CONV_MASK (3)
#define KL_FORMAT_CONV_STR (1)
#define KL_FORMAT_CONV_REPR (2)
#define KL_FORMAT_CONV_ASCII (3)
#define KL_FORMAT_HAS_SPEC (4)

typedef struct _kl_exc_entry_t {
    uint32_t start;   // first bytecode offset covered
    uint32_t end;     // one past the last
    uint32_t handler; // where to jump
    uint32_t depth;   // operand stack depth to unwind to before pushing the exception
} kl_exc_entry_t;

typedef struct _kl_obj_code_t {
    kl_obj_base_t base;
    const uint8_t *bytecode;
    const kl_obj_t *consts;
    // Pairs of (UINT offset delta, SINT line delta); none without KL_CFG_SOURCE_LINES (the
    // field stays: on a 32-bit board the object takes four 16-byte blocks either way).
    const uint8_t *lines;
    const kl_exc_entry_t *exc_table;
    const uint16_t *local_names; // qstrs of the locals: arguments first
    const uint16_t *cell_locals; // locals that hold cells, made at entry
    uint32_t bc_len;
    uint32_t lines_len;
    uint16_t n_consts;
    uint16_t n_exc;
    uint16_t name;     // qstr
    uint16_t qualname; // qstr
    uint16_t filename; // qstr
    uint16_t flags;
    uint32_t first_line;
    uint16_t n_locals; // arguments, then other locals, then free variables
    uint16_t n_stack;
    uint16_t n_pos; // positional parameters, including positional-only ones
#if KL_CFG_POSONLY_PARAMS
    uint16_t n_posonly;
#endif
    uint16_t n_kwonly;
    uint16_t n_cells;
    uint16_t n_free; // free variables: the last n_free locals, taken from the closure
} kl_obj_code_t;

typedef struct _kl_obj_fun_t {
    kl_obj_base_t base;
    const kl_obj_code_t *code;
    kl_obj_t globals;    // dict
    kl_obj_t defaults;   // tuple or NULL
    kl_obj_t kwdefaults; // dict or NULL
    kl_obj_t closure;    // tuple of cells or NULL
    kl_obj_t dict;       // function attributes, dict or NULL
    kl_obj_t name;       // str (settable __name__)
    kl_obj_t qualname;
    kl_obj_t doc;
    kl_obj_t annotations;
    kl_obj_t module;
} kl_obj_fun_t;

typedef struct _kl_obj_cell_t {
    kl_obj_base_t base;
    kl_obj_t value; // KL_OBJ_NULL when empty
} kl_obj_cell_t;

typedef struct _kl_obj_bound_meth_t {
    kl_obj_base_t base;
    kl_obj_t self;
    kl_obj_t fun;
} kl_obj_bound_meth_t;

typedef struct _kl_frame_t {
    const kl_obj_code_t *code;
    kl_obj_fun_t *fun;
    kl_obj_t globals;     // dict
    kl_obj_t locals_dict; // dict for namespace code, else NULL
    const uint8_t *pc;    // the instruction being executed
    kl_obj_t *sp;         // top of the operand stack (last pushed)
    kl_obj_t *locals;     // n_locals slots, then the operand stack
    struct _kl_frame_t *prev;
    kl_obj_t gen;            // the generator running this frame, or NULL
    kl_obj_t *stack_restore; // the value stack top to return to when the frame ends, or NULL
} kl_frame_t;

// The bytecode line of [pc] in [code]. Without KL_CFG_SOURCE_LINES there is no line table, and
// every line is 0, which a traceback leaves out.
#if KL_CFG_SOURCE_LINES
size_t kl_bc_line(const kl_obj_code_t *code, const uint8_t *pc);
#else
static inline size_t kl_bc_line(const kl_obj_code_t *code, const uint8_t *pc) {
    (void)code;
    (void)pc;
    return 0;
}
#endif

// vm/vm.c
typedef enum {
    KL_VM_RETURN,
    KL_VM_YIELD,
} kl_vm_result_t;

// Run [frame] until it returns (the value in *result) or yields. An exception propagates by
// nlr after the frame's traceback entry is added. [throw] is raised at the current point
// first when not NULL (generator.throw).
kl_vm_result_t kl_vm_execute(kl_frame_t *frame, kl_obj_t throw_value, kl_obj_t *result);

// Call a Python function: bind arguments into a new frame on the value stack and run it.
kl_obj_t kl_vm_call_function(kl_obj_fun_t *fun, size_t n_args, size_t n_kw, const kl_obj_t *args);

// Turn the cell locals of a new frame into cells and copy in the closure.
void kl_vm_setup_cells(const kl_obj_code_t *code, kl_obj_t *locals, struct _kl_obj_fun_t *fun);

// Run module or class-body code with [locals_dict] as its namespace.
kl_obj_t kl_vm_exec_code(const kl_obj_code_t *code, kl_obj_t globals, kl_obj_t locals_dict,
                         kl_obj_t closure);

// vm/obj_fun.c
kl_obj_t kl_obj_new_function(const kl_obj_code_t *code, kl_obj_t globals, kl_obj_t defaults,
                             kl_obj_t kwdefaults, kl_obj_t closure);
kl_obj_t kl_obj_new_bound_meth(kl_obj_t fun, kl_obj_t self);
// A builtin method read from its class (list.append), which checks its first argument.
extern const kl_obj_callable_type_t kl_type_method_descriptor_head;
#define kl_type_method_descriptor (kl_type_method_descriptor_head.type)
// The generator family (vm/obj_gen.c).
extern const kl_obj_iter_type_t kl_type_generator_head;
#define kl_type_generator (kl_type_generator_head.type)
extern const kl_obj_type_t kl_type_coroutine;
extern const kl_obj_type_t kl_type_async_generator;
kl_obj_t kl_obj_new_method_descriptor(const kl_obj_type_t *owner, kl_obj_t fun);
// The same for a slot wrapper (list.__len__): printed and refused in CPython's words for one.
kl_obj_t kl_obj_new_slot_descriptor(const kl_obj_type_t *owner, kl_obj_t fun);
kl_obj_t kl_obj_method_descriptor_fun(kl_obj_t descriptor); // the builtin it wraps
const kl_obj_type_t *kl_obj_method_descriptor_owner(kl_obj_t descriptor);
kl_obj_t kl_obj_new_cell(kl_obj_t value);
// Bind the call's arguments to [locals] of a frame for [fun] (raises TypeError).
void kl_obj_fun_bind_args(kl_obj_fun_t *fun, kl_obj_t *locals, size_t n_args, size_t n_kw,
                          const kl_obj_t *args);

// vm/compile.c: compile [src] to the code object of a module, an interactive entry, or an
// expression (eval mode), raising SyntaxError.
kl_obj_t kl_compile(const char *src, size_t len, kl_qstr_t filename, int parse_mode);

#endif // KL_INCLUDED_VM_BC_H
