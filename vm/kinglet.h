// vm/kinglet.h: the embedding API, what a port's main() calls.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every function here returns a status and never longjmps into its caller (Lua's lua_pcall
// rule): an uncaught Python exception is printed to the error stream and reported as
// KL_EXEC_EXCEPTION, and SystemExit as KL_EXEC_EXIT with its code.

#ifndef KL_INCLUDED_VM_KINGLET_H
#define KL_INCLUDED_VM_KINGLET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The release, as numbers (kinglet.version, sys.implementation.version) and as text.
#define KL_VERSION_MAJOR 0
#define KL_VERSION_MINOR 1
#define KL_VERSION_MICRO 0
#define KL_VERSION_STR_(x) #x
#define KL_VERSION_STR(x) KL_VERSION_STR_(x)
#define KL_VERSION_STRING                                                                          \
    KL_VERSION_STR(KL_VERSION_MAJOR)                                                               \
    "." KL_VERSION_STR(KL_VERSION_MINOR) "." KL_VERSION_STR(KL_VERSION_MICRO)
#define KL_PYTHON_VERSION_STRING "3.11"

typedef struct _kl_init_t {
    void *heap;               // the one heap region, any alignment
    size_t heap_size;         // in bytes
    void *stack_top;          // address near the base of the C stack (a local of main)
    size_t stack_limit;       // bytes of C stack the core may use; 0: no check
    unsigned recursion_limit; // nested Python calls; 0: KL_CFG_RECURSION_LIMIT
    // The port's view of its surroundings, for sys (each may be left zero):
    const char *executable; // sys.executable, kept by the port; NULL: ""
    int orig_argc;          // sys.orig_argv: the whole command line, kept by the port
    char *const *orig_argv; //
    unsigned console_tty;   // bit n set: file descriptor n (0-2) is a terminal (isatty())
} kl_init_t;

typedef enum {
    KL_EXEC_OK = 0,
    KL_EXEC_EXCEPTION = 1, // printed to the error stream
    KL_EXEC_EXIT = 2,      // SystemExit; the code is in *exit_code
} kl_exec_status_t;

typedef enum {
    KL_EXEC_MODE_FILE,   // a module
    KL_EXEC_MODE_SINGLE, // one REPL entry: expression statements echo their value
} kl_exec_mode_t;

void kl_init(const kl_init_t *init);
void kl_deinit(void);

// Set sys.argv from C strings (nothing to set where sys is left out, KL_CFG_MODULE_SYS).
void kl_set_argv(int argc, char **argv);
// Append a directory to sys.path (ignored where neither sys nor import from files is built).
void kl_sys_path_append(const char *dir);

// Compile and run [len] bytes of source named [filename] in __main__.
kl_exec_status_t kl_exec_source(const char *src, size_t len, const char *filename,
                                kl_exec_mode_t mode, int *exit_code);

// Call the functions the program registered with the atexit module (lib/atexit.py), last
// first, if it imported that module: a port calls this when the program and the REPL are done
// and before kl_deinit, as CPython runs them at interpreter exit after a normal end, sys.exit()
// or an uncaught exception. An error that escapes them is printed.
void kl_run_atexit(void);

// Compile [len] bytes of source named [filename] into the bytes of a .kbc file (vm/bcfile.h):
// *[out] points into the heap and stays valid until kl_deinit. A SyntaxError is printed.
kl_exec_status_t kl_compile_to_bcfile(const char *src, size_t len, const char *filename,
                                      const void **out, size_t *out_len);
// For a target whose small ints are narrower than this build's (31 bits on a 32-bit board): the
// compiler then loads an int wider than [bits] (sign included) as a constant, which a .kbc file
// stores as text, rather than with LOAD_INT, so the file loads on that target. 0 (the default
// after kl_init) uses this build's width.
void kl_set_compile_int_bits(unsigned bits);

// For the REPL: whether [src] needs more lines before it can run (see kl_parse_needs_more_input).
bool kl_repl_needs_more_input(const char *src, size_t len);

// For the REPL's Tab (KL_CFG_REPL_COMPLETION): call [add] with each name, sorted and without
// repeats, that starts with the part of [word] after its last '.'. Without a '.', the names are
// __main__'s globals, the builtins and the keywords; with one, the part before it must be a chain
// of names (`a.b.c`) and the names are those of dir() of its value. No Python code runs: the
// chain is looked up in module, class and instance dicts, not through getattr. Names that start
// with '_' are offered only when the part after the '.' starts with '_' too.
void kl_repl_complete(const char *word, size_t len,
                      void (*add)(void *ctx, const char *name, size_t n), void *ctx);

// Request a KeyboardInterrupt at the next backward jump or call; safe from a signal handler.
void kl_interrupt(void);
// The console character that should raise KeyboardInterrupt (micropython.kbd_intr; 3, Ctrl-C,
// at start), or -1 when the program turned it off, for ports that watch their input for it.
// kl_interrupt() does nothing while it is -1.
int kl_kbd_intr_char(void);

// Instruction budget: after [n] more check points (backward jumps, calls, steps a builtin takes
// over an iterator; 0: unlimited) the VM raises RuntimeError ("instruction budget exhausted"),
// for fuzzing and watchdogs. Long work inside C is charged to it as well (kl_budget_charge:
// collections, big allocations, big-number arithmetic, sleeping), so it bounds time. The budget
// then switches itself off, so a program that catches the error runs on without one.
void kl_set_instruction_budget(uint64_t n);
// Instruction limit: the same, except that once used up it stays used up, raising RuntimeError
// at every later check point until the next kl_init or kl_set_instruction_*: a program that
// catches the error cannot run another loop or call. For fuzzing harnesses and hard watchdogs.
// A program's kinglet.set_instruction_budget() replaces it, so a port that must not let it be
// lifted leaves the kinglet module out (as fuzz/port_config.h does).
void kl_set_instruction_limit(uint64_t n);

#endif // KL_INCLUDED_VM_KINGLET_H
