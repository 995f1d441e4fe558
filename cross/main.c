// cross/main.c: kinglet-cross, the host compiler from .py source to .kbc bytecode files.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Usage: kinglet-cross [-o OUT] [-s NAME] [--int-bits BITS] FILE.py. It runs the same parser and
// compiler as the target (the core is linked in whole), then writes the code object tree with
// vm/bcfile.c, so a board never parses or compiles that module. A syntax error is printed like the
// interpreter prints it and the exit status is 1, as a C compiler does; nothing is written then.
// The output defaults to FILE.kbc beside the source. The filename recorded in the code (tracebacks)
// is the path as given on the command line, or NAME (the build freezes lib/typing.py as
// `<frozen typing>`). --int-bits 31 makes a file that a target with 31-bit small ints (any
// 32-bit board) accepts however wide this host's are: wider ints become constants stored as
// text (docs/bytecode-format.md, "small-int width").

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/kinglet.h"

#define HEAP_BYTES ((size_t)16 * 1024 * 1024)

static void usage(void) {
    fprintf(stderr, "usage: kinglet-cross [-o OUT] [-s NAME] [--int-bits BITS] FILE.py\n");
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t alloc = 4096, n = 0;
    char *buf = malloc(alloc);
    while (buf != NULL) {
        n += fread(buf + n, 1, alloc - n, f);
        if (n < alloc) {
            break;
        }
        alloc *= 2;
        char *grown = realloc(buf, alloc);
        if (grown == NULL) {
            free(buf);
            buf = NULL;
        }
        buf = grown;
    }
    int err = ferror(f);
    fclose(f);
    if (err && buf != NULL) {
        free(buf);
        buf = NULL;
        errno = EIO;
    }
    *len = n;
    return buf;
}

// FILE.py -> FILE.kbc (any other name gets .kbc appended).
static char *default_output(const char *in) {
    size_t len = strlen(in);
    if (len > 3 && strcmp(in + len - 3, ".py") == 0) {
        len -= 3;
    }
    char *out = malloc(len + 5);
    if (out != NULL) {
        memcpy(out, in, len);
        memcpy(out + len, ".kbc", 5);
    }
    return out;
}

int main(int argc, char **argv) {
    const char *in = NULL, *out = NULL, *name = NULL;
    unsigned int_bits = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
            name = argv[++i];
        } else if (strcmp(argv[i], "--int-bits") == 0 && i + 1 < argc) {
            char *end;
            unsigned long bits = strtoul(argv[++i], &end, 10);
            if (*end != '\0' || bits < 8 || bits > 64) {
                fprintf(stderr, "kinglet-cross: --int-bits takes a number from 8 to 64\n");
                return 2;
            }
            int_bits = (unsigned)bits;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage();
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "kinglet-cross: unknown option '%s'\n", argv[i]);
            usage();
            return 2;
        } else if (in == NULL) {
            in = argv[i];
        } else {
            usage();
            return 2;
        }
    }
    if (in == NULL) {
        usage();
        return 2;
    }
    size_t src_len;
    char *src = read_file(in, &src_len);
    if (src == NULL) {
        fprintf(stderr, "kinglet-cross: can't open file '%s': %s\n", in, strerror(errno));
        return 2;
    }
    char *default_out = out == NULL ? default_output(in) : NULL;
    if (out == NULL) {
        out = default_out;
    }
    void *heap = malloc(HEAP_BYTES);
    if (heap == NULL || out == NULL) {
        fprintf(stderr, "kinglet-cross: out of memory\n");
        return 2;
    }
    char stack_top;
    kl_init_t init = {
        .heap = heap, .heap_size = HEAP_BYTES, .stack_top = &stack_top, .stack_limit = 512 * 1024};
    kl_init(&init);
    kl_set_compile_int_bits(int_bits);
    const void *data;
    size_t data_len;
    int status = 0;
    if (kl_compile_to_bcfile(src, src_len, name != NULL ? name : in, &data, &data_len) !=
        KL_EXEC_OK) {
        status = 1;
    } else {
        FILE *f = fopen(out, "wb");
        if (f == NULL || fwrite(data, 1, data_len, f) != data_len || fclose(f) != 0) {
            fprintf(stderr, "kinglet-cross: can't write '%s': %s\n", out, strerror(errno));
            remove(out);
            status = 1;
        }
    }
    kl_deinit();
    free(heap);
    free(src);
    free(default_out);
    return status;
}
