// unix/main.c: the kinglet command, with CPython's command line.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// `kinglet [option] ... [-c cmd | file | -] [arg] ...` behaves like `python3` for everything the
// test suites and tools rely on: the same option syntax, sys.argv, exit statuses (0, 1 for an
// uncaught exception, 2 for a usage error, the SystemExit code) and error lines.
//
// The interpreter runs on a thread of its own with a large stack (only the pages it touches are
// committed) and is told how much of it it may use, so that runaway recursion ends in a
// RecursionError rather than a segmentation fault, even under AddressSanitizer where frames are
// several times larger. The main thread only parses the command line, reads the program,
// allocates the heap (the core never calls malloc) and waits.

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unix/term.h"
#include "vm/config.h"
#include "vm/frozen.h"
#include "vm/gc.h"
#include "vm/kinglet.h"
#include "vm/readline.h"
#include "vm/repl.h"

#define DEFAULT_HEAP_BYTES ((size_t)128 * 1024 * 1024)
#define THREAD_STACK_BYTES ((size_t)256 * 1024 * 1024)

#if defined(__APPLE__)
#define PLATFORM "darwin"
#else
#define PLATFORM "linux"
#endif

// Exit status of a command-line error, as CPython's.
#define EXIT_USAGE (2)

typedef struct _options_t {
    size_t heap_size;
    unsigned recursion_limit; // 0: the core's default
    bool inspect;             // -i: the REPL after the program
    bool quiet;               // -q: no banner
    const char *command;      // -c CODE, or NULL
    const char *module;       // -m MODULE, or NULL
    const char *file;         // FILE or "-", or NULL
    int sys_argc;             // sys.argv
    char **sys_argv;
    int orig_argc; // sys.orig_argv: the whole command line
    char **orig_argv;
} options_t;

// Everything the interpreter thread needs, and what it returns.
typedef struct _run_t {
    const options_t *opt;
    char *heap;
    size_t stack_limit;
    const char *src; // the program, or NULL for the REPL alone
    size_t src_len;
    const char *filename;
    const char *path0; // sys.path[0]: the program's folder, or "" for the current one
    // Run before the program in __main__ (for -m: the parent package's import); NULL: none.
    const char *prologue;
    const char *opt_argv0; // -m: the module's file name, sys.argv[0]
    bool repl;
    kl_init_t init; // kept for the raw REPL's soft reset
    int exit_code;
} run_t;

static run_t *current_run;

// ==== Command line ====

static void print_usage_hint(void) {
    fprintf(stderr, "usage: kinglet [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try 'kinglet -h' for more information.\n");
}

static void print_help(void) {
    printf("usage: kinglet [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
           "Options:\n"
           "-c cmd  : program passed in as a string (ends the option list)\n"
           "-h      : print this help message and exit (also -? or --help)\n"
           "-i      : run the REPL after the program, even when stdin is not a terminal\n"
           "-m mod  : run a module as a script, found as import finds it (ends the option\n"
           "          list)\n"
           "-q      : no banner when the REPL starts\n"
           "-V      : print the version and exit (also --version)\n"
           "-X opt  : set an implementation option:\n"
           "          -X heapsize=SIZE: bytes of heap, with an optional suffix k, m or g\n"
           "                            (default 128m)\n"
           "          -X recursionlimit=N: maximum depth of nested Python calls\n"
           "-B -E -I -O -s -S -u: accepted and ignored, for scripts written for CPython\n"
           "file    : program read from a file\n"
           "-       : program read from stdin (the default when stdin is not a terminal)\n"
           "arg ... : arguments passed to the program in sys.argv[1:]\n");
}

static void print_version(void) {
    printf("kinglet " KL_VERSION_STRING " (Python " KL_PYTHON_VERSION_STRING ")\n");
}

// SIZE: decimal digits and an optional k, m or g suffix (either case), at least 1 byte.
static bool parse_size(const char *str, size_t *out) {
    size_t value = 0;
    const char *p = str;
    if (*p < '0' || *p > '9') {
        return false;
    }
    for (; *p >= '0' && *p <= '9'; p++) {
        unsigned digit = (unsigned)(*p - '0');
        if (value > (SIZE_MAX - digit) / 10) {
            return false;
        }
        value = value * 10 + digit;
    }
    size_t scale = 1;
    switch (*p) {
        case 'k':
        case 'K':
            scale = (size_t)1 << 10;
            p++;
            break;
        case 'm':
        case 'M':
            scale = (size_t)1 << 20;
            p++;
            break;
        case 'g':
        case 'G':
            scale = (size_t)1 << 30;
            p++;
            break;
        default:
            break;
    }
    if (*p != '\0' || value == 0 || value > SIZE_MAX / scale) {
        return false;
    }
    *out = value * scale;
    return true;
}

static bool parse_unsigned(const char *str, unsigned *out) {
    unsigned long value = 0;
    if (*str == '\0') {
        return false;
    }
    for (const char *p = str; *p != '\0'; p++) {
        if (*p < '0' || *p > '9') {
            return false;
        }
        value = value * 10 + (unsigned long)(*p - '0');
        if (value > UINT_MAX) {
            return false;
        }
    }
    if (value == 0) {
        return false;
    }
    *out = (unsigned)value;
    return true;
}

// -X key=value. Returns false after printing the error.
static bool parse_x_option(const char *opt, options_t *o) {
    const char *eq = strchr(opt, '=');
    size_t key_len = eq != NULL ? (size_t)(eq - opt) : strlen(opt);
    const char *value = eq != NULL ? eq + 1 : "";
    if (key_len == 8 && strncmp(opt, "heapsize", 8) == 0) {
        if (!parse_size(value, &o->heap_size)) {
            fprintf(stderr, "kinglet: -X heapsize: invalid size '%s'\n", value);
            return false;
        }
        return true;
    }
    if (key_len == 14 && strncmp(opt, "recursionlimit", 14) == 0) {
        if (!parse_unsigned(value, &o->recursion_limit)) {
            fprintf(stderr, "kinglet: -X recursionlimit: invalid value '%s'\n", value);
            return false;
        }
        return true;
    }
    fprintf(stderr, "kinglet: -X %s: unknown option (known: heapsize, recursionlimit)\n", opt);
    return false;
}

// Fill [o] from the command line. Returns -1 to go on, or the status to exit with.
static int parse_args(int argc, char **argv, options_t *o) {
    static char dash_c[] = "-c";
    static char dash_m[] = "-m";
    static char empty[] = "";
    static char *no_args[] = {empty};
    int i = 1;
    while (i < argc) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == '\0') {
            break; // the program file, or "-"
        }
        i++;
        if (strcmp(arg, "--") == 0) {
            break;
        }
        if (arg[1] == '-') {
            if (strcmp(arg, "--help") == 0) {
                print_help();
                return 0;
            }
            if (strcmp(arg, "--version") == 0) {
                print_version();
                return 0;
            }
            fprintf(stderr, "unknown option %s\n", arg);
            print_usage_hint();
            return EXIT_USAGE;
        }
        // A cluster of one-letter options, as in `-iq` or `-cprint(1)`.
        for (const char *p = arg + 1; *p != '\0'; p++) {
            switch (*p) {
                case 'c':
                case 'm':
                case 'X': {
                    // The value is the rest of this word or, if there is none, the next word.
                    const char *value = p[1] != '\0' ? p + 1 : i < argc ? argv[i++] : NULL;
                    if (value == NULL) {
                        fprintf(stderr, "kinglet: argument expected for the -%c option\n", *p);
                        print_usage_hint();
                        return EXIT_USAGE;
                    }
                    if (*p == 'X') {
                        if (!parse_x_option(value, o)) {
                            return EXIT_USAGE;
                        }
                        p += strlen(p) - 1;
                        break;
                    }
                    // -c and -m end the options; what follows is sys.argv[1:], after '-c' or
                    // (for -m, until the module is found) '-m'.
                    if (*p == 'm') {
                        o->module = value;
                    } else {
                        o->command = value;
                    }
                    o->sys_argc = argc - i + 1;
                    o->sys_argv = malloc(sizeof(char *) * (size_t)o->sys_argc);
                    if (o->sys_argv == NULL) {
                        fprintf(stderr, "kinglet: out of memory\n");
                        return 1;
                    }
                    o->sys_argv[0] = *p == 'm' ? dash_m : dash_c;
                    memcpy(&o->sys_argv[1], &argv[i], sizeof(char *) * (size_t)(argc - i));
                    return -1;
                }
                case 'h':
                case '?':
                    print_help();
                    return 0;
                case 'V':
                    print_version();
                    return 0;
                case 'i':
                    o->inspect = true;
                    break;
                case 'q':
                    o->quiet = true;
                    break;
                case 'B':
                case 'E':
                case 'I':
                case 'O':
                case 's':
                case 'S':
                case 'u':
                    // Meaningless here (no bytecode files, environment or site packages, and
                    // output is unbuffered), but harmless in a script's #! line.
                    break;
                default:
                    fprintf(stderr, "unknown option -%c\n", *p);
                    print_usage_hint();
                    return EXIT_USAGE;
            }
        }
    }
    if (i < argc) {
        o->file = argv[i];
        o->sys_argc = argc - i;
        o->sys_argv = &argv[i];
    } else {
        // sys.argv == [''] for the REPL and for a program piped into stdin, as in CPython.
        o->sys_argc = 1;
        o->sys_argv = no_args;
    }
    return -1;
}

// ==== Reading the program ====

// All bytes from [fd] into a malloc'd, NUL-terminated buffer; NULL with errno set on failure.
static char *read_all(int fd, size_t *len) {
    size_t alloc = 64 * 1024;
    size_t n = 0;
    char *buf = malloc(alloc);
    if (buf == NULL) {
        return NULL;
    }
    for (;;) {
        if (n + 1 >= alloc) {
            char *bigger = realloc(buf, alloc * 2);
            if (bigger == NULL) {
                free(buf);
                errno = ENOMEM;
                return NULL;
            }
            buf = bigger;
            alloc *= 2;
        }
        ssize_t got = read(fd, buf + n, alloc - n - 1);
        if (got > 0) {
            n += (size_t)got;
        } else if (got == 0) {
            break;
        } else if (errno != EINTR) {
            int saved = errno;
            free(buf);
            errno = saved;
            return NULL;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static char *read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    char *buf = read_all(fd, len);
    int saved = errno;
    close(fd);
    errno = saved;
    return buf;
}

// ==== REPL history ====
// The editor keeps history in a ring in RAM (vm/readline.c), which is all a board has. Here it
// outlives the process: the file holds one entry a line, oldest first, and is read into the ring
// when the REPL starts and rewritten from it when the REPL ends, so it never grows past the ring.

// $KINGLET_HISTORY (empty: no history file), else ~/.kinglet_history; NULL for none.
static const char *history_path(void) {
    static char path[PATH_MAX];
    const char *env = getenv("KINGLET_HISTORY");
    if (env != NULL) {
        return env[0] != '\0' ? env : NULL;
    }
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0' ||
        (size_t)snprintf(path, sizeof(path), "%s/.kinglet_history", home) >= sizeof(path)) {
        return NULL;
    }
    return path;
}

static void history_load(void) {
    const char *path = history_path();
    size_t len = 0;
    char *text = path != NULL ? read_file(path, &len) : NULL;
    if (text == NULL) {
        return;
    }
    for (char *line = text; line < text + len;) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        size_t n = nl != NULL ? (size_t)(nl - line) : (size_t)(text + len - line);
        kl_readline_history_add(line, n);
        line += n + 1;
    }
    free(text);
}

static void history_save(void) {
    const char *path = history_path();
    size_t count = kl_readline_history_count();
    if (path == NULL || count == 0) {
        return;
    }
    // Only its owner may read what was typed: it can hold secrets.
    FILE *f = NULL;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        f = fdopen(fd, "w");
        if (f == NULL) {
            close(fd);
        }
    }
    if (f == NULL) {
        return;
    }
    for (size_t i = count; i-- > 0;) {
        fprintf(f, "%s\n", kl_readline_history_get(i));
    }
    fclose(f);
}

// ==== Running ====

// sys.executable: this program's absolute path, from /proc where there is one.
static const char *executable_path(const char *argv0) {
    static char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (n > 0) {
        path[n] = '\0';
        return path;
    }
    return argv0[0] == '/' ? argv0 : "";
}

static void setup_interpreter(run_t *run) {
    kl_init(&run->init);
    kl_set_argv(run->opt->sys_argc, run->opt->sys_argv);
    kl_sys_path_append(run->path0);
    // KINGLETPATH, as PYTHONPATH: colon-separated folders searched after the script's.
    const char *extra = getenv("KINGLETPATH");
    while (extra != NULL && *extra != '\0') {
        const char *colon = strchr(extra, ':');
        size_t len = colon != NULL ? (size_t)(colon - extra) : strlen(extra);
        char dir[PATH_MAX];
        if (len > 0 && len < sizeof(dir)) {
            memcpy(dir, extra, len);
            dir[len] = '\0';
            kl_sys_path_append(dir);
        }
        extra = colon != NULL ? colon + 1 : NULL;
    }
}

// The raw REPL's soft reset: a fresh interpreter on the same heap and arguments.
static void soft_reset(void) {
    kl_deinit();
    setup_interpreter(current_run);
}

static int interpret(run_t *run, void *stack_top) {
    const options_t *opt = run->opt;
    run->init.heap = run->heap;
    run->init.heap_size = opt->heap_size;
    run->init.stack_top = stack_top;
    run->init.stack_limit = run->stack_limit;
    run->init.recursion_limit = opt->recursion_limit;
    run->init.executable = executable_path(opt->orig_argv[0]);
    run->init.orig_argc = opt->orig_argc;
    run->init.orig_argv = opt->orig_argv;
    run->init.console_tty = 0;
    for (int fd = 0; fd < 3; fd++) {
        run->init.console_tty |= isatty(fd) ? 1u << fd : 0;
    }
    current_run = run;
    setup_interpreter(run);

    int exit_code = 0;
    if (run->prologue != NULL) {
        int code = 0;
        kl_exec_status_t status = kl_exec_source(run->prologue, strlen(run->prologue), "<string>",
                                                 KL_EXEC_MODE_FILE, &code);
        if (status != KL_EXEC_OK) {
            run->src = NULL; // the parent package failed to import: its error is printed
            exit_code = status == KL_EXEC_EXIT ? code : 1;
        }
    }
    if (run->src != NULL) {
        int code = 0;
        kl_exec_status_t status =
            kl_exec_source(run->src, run->src_len, run->filename, KL_EXEC_MODE_FILE, &code);
        exit_code = status == KL_EXEC_OK ? 0 : status == KL_EXEC_EXIT ? code : 1;
    }
    if (run->repl) {
        kl_repl_port_t port = {
            .platform = PLATFORM,
            .exit_hint = "Type Ctrl-D to exit.",
            .interactive = isatty(STDIN_FILENO) != 0,
            .quiet = opt->quiet,
            .input_begin = kl_term_raw,
            .input_end = kl_term_cooked,
            .soft_reset = soft_reset,
        };
        if (port.interactive) {
            history_load();
        }
        exit_code = kl_repl_run(&port);
        if (port.interactive) {
            history_save();
        }
    }
    kl_run_atexit();
    kl_deinit();
    return exit_code;
}

static void *interpreter_thread(void *arg) {
    // The base of this thread's stack, as far as the core is concerned.
    char stack_top;
    run_t *run = arg;
    run->exit_code = interpret(run, &stack_top);
    return NULL;
}

// Bytes of stack kept back from the core's limit: the frames between two of its checks, and
// the thread's own bookkeeping at the top of the stack.
static size_t stack_margin(size_t size) {
    size_t margin = size / 16;
    size_t lo = (size_t)256 * 1024;
    size_t hi = (size_t)4 * 1024 * 1024;
    return margin < lo ? lo : margin > hi ? hi : margin;
}

static int run_on_big_stack(run_t *run) {
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, THREAD_STACK_BYTES) == 0) {
            run->stack_limit = THREAD_STACK_BYTES - stack_margin(THREAD_STACK_BYTES);
            started = pthread_create(&thread, &attr, interpreter_thread, run) == 0;
        }
        pthread_attr_destroy(&attr);
    }
    if (started) {
        // SIGINT goes to the interpreter's thread, where it interrupts a blocking read.
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        pthread_sigmask(SIG_BLOCK, &set, NULL);
        pthread_join(thread, NULL);
        return run->exit_code;
    }
    // No thread (a tight address-space limit): the main thread's stack, within its rlimit.
    struct rlimit rl;
    size_t size = (size_t)8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size = (size_t)rl.rlim_cur;
    }
    size_t margin = stack_margin(size);
    run->stack_limit = size > 2 * margin ? size - margin : size / 2;
    interpreter_thread(run);
    return run->exit_code;
}

static void on_sigint(int sig) {
    (void)sig;
    kl_interrupt();
}

static void install_sigint(void) {
    struct sigaction old;
    // A shell that started us in the background with SIGINT ignored keeps it ignored.
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) {
        return;
    }
    struct sigaction sa;
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: a blocking call returns early, so the interrupt is noticed sooner.
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}

// ==== -m: a module run as the program ====

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// Find module [name] as the importer would, in the current folder, the KINGLETPATH folders and
// then the frozen modules (a package runs its __main__), and set up [run] to run it as the
// program; sys.argv[0] becomes its file name. Returns -1 to go on, or the status to exit with.
// A dotted name's parent package is imported first (run->prologue), and __package__ set, so
// relative imports work.
static int find_module(const char *name, run_t *run, char **program) {
    static char path[PATH_MAX];
    static char frozen_name[PATH_MAX];
    static char prologue[2 * PATH_MAX];
    static char cwd[PATH_MAX];
    size_t len = strlen(name);
    bool valid = len > 0 && len < PATH_MAX / 2 && name[0] != '.' && name[len - 1] != '.';
    for (size_t i = 0; valid && i < len; i++) {
        char c = name[i];
        valid = c == '.' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
        valid = valid && !(c == '.' && name[i + 1] == '.');
    }
    if (!valid) {
        fprintf(stderr, "kinglet: No module named %s\n", name);
        return 1;
    }
    if (getcwd(cwd, sizeof(cwd)) == NULL) {
        cwd[0] = '\0';
    }
    run->path0 = cwd;
    // The folders: the current one, then KINGLETPATH's.
    const char *dirs[64];
    size_t ndirs = 0;
    static char extra[PATH_MAX * 4];
    dirs[ndirs++] = cwd;
    const char *env = getenv("KINGLETPATH");
    if (env != NULL && strlen(env) < sizeof(extra)) {
        strcpy(extra, env);
        for (char *d = strtok(extra, ":"); d != NULL && ndirs < 64; d = strtok(NULL, ":")) {
            dirs[ndirs++] = d;
        }
    }
    char rel[PATH_MAX];
    strcpy(rel, name);
    for (char *c = rel; *c != '\0'; c++) {
        *c = *c == '.' ? '/' : *c;
    }
    const char *run_name = name; // the module whose code runs (a package's __main__)
    const char *file = NULL;
    for (size_t i = 0; i < ndirs && file == NULL; i++) {
        if ((size_t)snprintf(path, sizeof(path), "%s/%s.py", dirs[i], rel) < sizeof(path) &&
            is_file(path)) {
            file = path;
        } else if ((size_t)snprintf(path, sizeof(path), "%s/%s", dirs[i], rel) < sizeof(path) &&
                   is_dir(path)) {
            size_t n = strlen(path);
            if ((size_t)snprintf(path + n, sizeof(path) - n, "/__main__.py") < sizeof(path) - n &&
                is_file(path)) {
                file = path;
                snprintf(frozen_name, sizeof(frozen_name), "%.*s.__main__", PATH_MAX / 2, name);
                run_name = frozen_name;
            } else if ((strcpy(path + n, "/__init__.py"), is_file(path))) {
                fprintf(stderr,
                        "kinglet: No module named %s.__main__; '%s' is a package and cannot "
                        "be directly executed\n",
                        name, name);
                return 1;
            }
        }
    }
    if (file != NULL) {
        *program = read_file(file, &run->src_len);
        if (*program == NULL) {
            fprintf(stderr, "kinglet: can't open file '%s': [Errno %d] %s\n", file, errno,
                    strerror(errno));
            return 1;
        }
        run->src = *program;
        run->filename = file;
    } else {
        const kl_frozen_module_t *f = kl_frozen_find(name, len);
        if (f != NULL && f->is_pkg) {
            snprintf(frozen_name, sizeof(frozen_name), "%.*s.__main__", PATH_MAX / 2, name);
            run_name = frozen_name;
            f = kl_frozen_find(frozen_name, strlen(frozen_name));
            if (f == NULL) {
                fprintf(stderr,
                        "kinglet: No module named %s.__main__; '%s' is a package and cannot "
                        "be directly executed\n",
                        name, name);
                return 1;
            }
        }
        if (f == NULL || f->kind == KL_FROZEN_CODE) {
            fprintf(stderr, "kinglet: No module named %s\n", name);
            return 1;
        }
        // (The name was checked to be under PATH_MAX / 2 bytes: the bound only tells the
        // compiler so.)
        snprintf(path, sizeof(path), "<frozen %.*s>", PATH_MAX / 2 + 9, run_name);
        run->src = f->data;
        run->src_len = f->len;
        run->filename = path;
    }
    // sys.argv[0] is the module's file.
    run->opt_argv0 = run->filename;
    const char *dot = strrchr(run_name, '.');
    if (dot != NULL) {
        int n = (int)(dot - run_name);
        snprintf(prologue, sizeof(prologue), "__package__ = '%.*s'\n__import__('%.*s')\n", n,
                 run_name, n, run_name);
        run->prologue = prologue;
    }
    return -1;
}

int main(int argc, char **argv) {
    options_t opt = {.heap_size = DEFAULT_HEAP_BYTES, .orig_argc = argc, .orig_argv = argv};
    int status = parse_args(argc, argv, &opt);
    if (status >= 0) {
        return status;
    }

    run_t run = {.opt = &opt, .path0 = ""};
    static char path0[PATH_MAX];
    char *program = NULL;
    if (opt.command != NULL) {
        run.src = opt.command;
        run.src_len = strlen(opt.command);
        run.filename = "<string>";
    } else if (opt.module != NULL) {
        status = find_module(opt.module, &run, &program);
        if (status >= 0) {
            free(opt.sys_argv);
            return status;
        }
        opt.sys_argv[0] = (char *)run.opt_argv0;
    } else if (opt.file != NULL && strcmp(opt.file, "-") != 0) {
        // As CPython 3.9+, the script is named by its absolute path (tracebacks, __file__).
        static char abs_file[PATH_MAX];
        const char *file = opt.file;
        char cwd[PATH_MAX];
        if (file[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL &&
            (size_t)snprintf(abs_file, sizeof(abs_file), "%s/%s", cwd, file) < sizeof(abs_file)) {
            file = abs_file;
        }
        program = read_file(opt.file, &run.src_len);
        if (program == NULL) {
            int err = errno;
            fprintf(stderr, "kinglet: can't open file '%s': [Errno %d] %s\n", file, err,
                    strerror(err));
            return EXIT_USAGE;
        }
        run.src = program;
        run.filename = file;
        // Imports look next to the program first, as in CPython.
        const char *slash = strrchr(opt.file, '/');
        if (slash != NULL && (size_t)(slash - opt.file) < sizeof(path0)) {
            size_t n = slash == opt.file ? 1 : (size_t)(slash - opt.file);
            memcpy(path0, opt.file, n);
            path0[n] = '\0';
            run.path0 = path0;
        }
    } else if (opt.file != NULL || (!isatty(STDIN_FILENO) && !opt.inspect)) {
        program = read_all(STDIN_FILENO, &run.src_len);
        if (program == NULL) {
            fprintf(stderr, "kinglet: can't read stdin: %s\n", strerror(errno));
            return EXIT_USAGE;
        }
        run.src = program;
        run.filename = "<stdin>";
    }
    // The REPL: asked for with -i, or nothing else to run.
    run.repl = opt.inspect || run.src == NULL;

#if KL_CFG_GC_STRESS
    // The stress build collects at every allocation unless KINGLET_GC_STRESS=N asks for every
    // Nth: a faster run that still moves collections around (docs/testing.md).
    const char *stress = getenv("KINGLET_GC_STRESS");
    unsigned period;
    if (stress != NULL && parse_unsigned(stress, &period)) {
        kl_gc_set_stress(period);
    }
#endif

    run.heap = malloc(opt.heap_size);
    if (run.heap == NULL) {
        fprintf(stderr, "kinglet: cannot allocate a heap of %zu bytes\n", opt.heap_size);
        free(program);
        return 1;
    }
    if (run.repl) {
        kl_term_init();
    }
    install_sigint();

    status = run_on_big_stack(&run);
    free(run.heap);
    free(program);
    if (opt.command != NULL || opt.module != NULL) {
        free(opt.sys_argv);
    }
    return status;
}
