// fuzz/fuzz_parse.c: the lexer, the parser and the compiler, nothing run.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is Python source. It is compiled as a module (vm/lexer.c, parse.c, compile.c,
// emit_bc.c); a SyntaxError or MemoryError is an answer, not a finding. The REPL's question
// "does this need more lines?" (kl_repl_needs_more_input) parses the same text a second way.
// A module that compiles is also written as a .kbc file and loaded back, which checks that
// every code object the compiler makes survives vm/bcfile.c. Seeds: tests/**/*.py.

#include "fuzz/support.h"
#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/nlr.h"
#include "vm/obj.h"
#include "vm/obj_str.h"
#include "vm/parse.h"
#include "vm/qstr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    fuzz_start(&stack_top);
    kl_repl_needs_more_input((const char *)data, size);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code =
            kl_compile((const char *)data, size, kl_qstr_from_str("<fuzz>"), KL_PARSE_FILE);
#if KL_CFG_BYTECODE_FILES
        size_t len = 0;
        const char *kbc = kl_obj_str_get_data(kl_bcfile_save(code), &len);
        kl_bcfile_load((const uint8_t *)kbc, len);
#else
        (void)code;
#endif
        kl_nlr_pop();
    }
    fuzz_stop();
    return 0;
}
