// fuzz/gen_python.c: emits random, valid, terminating Python 3.11 programs for differential runs.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
//     gen_python SEED [UNITS]      one program of UNITS units (default 40) on stdout
//     gen_python SEED --unit K     the prelude and unit K alone, as in the full program
//
// A program is a fixed prelude (two helpers that print a value or the class name of the
// exception that computing it raised) followed by independent units. Each unit is a function,
// or now and then a block of module-level code, that prints a marker line `@@unit K@@` and then
// one line per statement; an exception that escapes a unit is caught and named, so one failing
// expression never hides the rest. Unit K of seed S depends only on (S, K): the PRNG is reseeded
// for each unit, so a divergent unit can be cut out and run alone (fuzz/difftest does that).
//
// The generator keeps a typed scope of the variables it has assigned, so most expressions are
// well typed and reach the interesting code rather than a TypeError. Three rules keep programs
// deterministic and terminating, and are the reason for most of the odd-looking choices below:
//   - nothing is printed whose text CPython does not fix: no ids, no default object reprs, no
//     hashes of str or bytes, and no sets of str (their order follows the str hash, which
//     kinglet deliberately computes differently; see docs/differences.md). Sets hold ints only,
//     and anything iterating over str keys of a set goes through sorted();
//   - every loop is bounded by a literal: `for` over a range with literal bounds or over a
//     finite container, `while` with a counter that is incremented first in the body;
//   - sizes stay small: repetition counts, widths, exponents and shifts are small literals, so
//     no value outgrows CPython's 4300-digit int-to-str limit or the machine.

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ==== random numbers ====

static uint64_t rng;

// splitmix64: small, fast and good enough; fully determined by the seed.
static uint64_t rnd64(void) {
    uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A number in [0, n).
static int R(int n) {
    return (int)(rnd64() % (uint64_t)n);
}

// True with probability pct percent.
static int P(int pct) {
    return R(100) < pct;
}

#define PICK(arr) (arr[R((int)(sizeof(arr) / sizeof(arr[0])))])

// ==== text ====

// Expressions are built as strings in an arena that is emptied after each unit.
#define ARENA_SIZE (16 << 20)
static char arena[ARENA_SIZE];
static size_t arena_used;

static char *S(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t room = ARENA_SIZE - arena_used;
    int n = vsnprintf(arena + arena_used, room, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n + 1 >= room) {
        fprintf(stderr, "gen_python: arena full\n");
        exit(2);
    }
    char *p = arena + arena_used;
    arena_used += (size_t)n + 1;
    return p;
}

static int indent;

// One line of the program at the current indentation.
static void L(const char *fmt, ...) {
    for (int i = 0; i < indent; i++) {
        fputs("    ", stdout);
    }
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

// ==== types and scope ====

typedef enum {
    T_INT,
    T_FLOAT,
    T_BOOL,
    T_STR,
    T_BYTES,
    T_LIST,  // list of int
    T_LSTR,  // list of str
    T_TUPLE, // tuple of int
    T_DICT,  // dict of str to int
    T_SET,   // set of int
    T_OBJ,   // an instance of a generated class (has a repr)
    T_COUNT
} type_t;

typedef struct {
    char name[16];
    type_t type;
} var_t;

#define MAX_VARS 256
static var_t vars[MAX_VARS];
static int n_vars;     // visible variables (enclosing scopes first)
static int scope_base; // variables from here on belong to the current function
static int name_counter;
static int depth_limit;
static int in_loop;      // loop nesting: values that grow per iteration must stay small
static int literal_only; // find_var finds nothing: operands are literals

// Generated classes: name, and whether it supports < and +.
#define MAX_CLASSES 16
static char classes[MAX_CLASSES][16];
static int n_classes;

static const char *new_name(const char *prefix) {
    return S("%s%d", prefix, ++name_counter);
}

static void add_var(const char *name, type_t t) {
    if (n_vars < MAX_VARS) {
        snprintf(vars[n_vars].name, sizeof(vars[n_vars].name), "%s", name);
        vars[n_vars].type = t;
        n_vars++;
    }
}

// A visible variable of type [t], or NULL. [own] restricts to the current function's.
static const char *find_var(type_t t, int own) {
    int idx[MAX_VARS];
    int n = 0;
    if (literal_only) {
        return NULL;
    }
    for (int i = own ? scope_base : 0; i < n_vars; i++) {
        if (vars[i].type == t) {
            idx[n++] = i;
        }
    }
    return n ? vars[idx[R(n)]].name : NULL;
}

static char *gen(type_t t, int d);

// ==== literals ====

static const char *int_lit(void) {
    static const char *const lits[] = {
        "0",
        "1",
        "2",
        "3",
        "7",
        "-1",
        "-5",
        "10",
        "100",
        "255",
        "256",
        "-128",
        "1000000",
        "(2**31)",
        "(2**63)",
        "(-2**63)",
        "(2**64 - 1)",
        "12345678901234567890",
        "-98765432109876543210",
        "0x7fffffff",
        "0xdeadbeef",
        "0b1011",
        "0o777",
        "1_000_000",
        "(10**20)",
        "(3**40)",
        "(2**100 + 1)",
        "-(2**70)",
        "True",
        "False",
    };
    if (P(40)) {
        return S("%d", R(41) - 10);
    }
    return PICK(lits);
}

static const char *float_lit(void) {
    static const char *const lits[] = {
        "0.0",
        "-0.0",
        "0.5",
        "1.5",
        "-2.25",
        "3.14159",
        "1e10",
        "1e-7",
        "2.5e20",
        "1e300",
        "1e-300",
        ".1",
        "0.1",
        "0.3",
        "1e16",
        "123456789.125",
        "float('inf')",
        "-float('inf')",
        "float('nan')",
        "7.0",
        "-3.5",
        "2.675",
        "1.0000000000000002",
        "5e-324",
        "1.7976931348623157e308",
    };
    if (P(30)) {
        return S("%d.%d", R(200) - 100, R(100));
    }
    return PICK(lits);
}

static const char *str_lit(void) {
    static const char *const lits[] = {
        "''",
        "'a'",
        "'abc'",
        "'Hello World'",
        "'hello world'",
        "'  pad  '",
        "'a,b,,c'",
        "'x y  z'",
        "'123'",
        "'-42'",
        "'3.5'",
        "'0x1f'",
        "'\\u00e9t\\u00e9'",
        "'\\u65e5\\u672c\\u8a9e'",
        "'stra\\u00dfe'",
        "'\\u01c5ungla'",
        "'tab\\there'",
        "'line\\nnext'",
        "\"it's\"",
        "'\\x00\\x7f'",
        "'AbCdE'",
        "'mississippi'",
        "('ab' * 3)",
        "'\\U0001f600!'",
        "'Title Case Words'",
        "'snake_case_name'",
        "'%'",
        "'{}'",
        "r'\\d+'",
        "'A1b2C3'",
    };
    if (P(20)) {
        char buf[16];
        int n = 1 + R(6);
        for (int i = 0; i < n; i++) {
            buf[i] = (char)('a' + R(6));
        }
        buf[n] = 0;
        return S("'%s'", buf);
    }
    return PICK(lits);
}

static const char *bytes_lit(void) {
    static const char *const lits[] = {
        "b''",
        "b'a'",
        "b'abc'",
        "b'\\x00\\xff'",
        "b'Hello'",
        "b'a b c'",
        "b'\\x80abc\\n'",
        "b'12'",
        "bytes(3)",
        "bytes([65, 66, 67])",
        "(b'xyz' * 2)",
        "bytearray(b'ba')",
    };
    return PICK(lits);
}

static const char *small(void) {
    return S("%d", R(5));
}

// ==== expressions ====

static char *var_or(type_t t, int d) {
    const char *v = find_var(t, 0);
    if (v && P(60)) {
        return S("%s", v);
    }
    return gen(t, d);
}

static char *gen_int(int d) {
    if (d <= 0) {
        const char *v = find_var(T_INT, 0);
        return S("%s", v && P(50) ? v : int_lit());
    }
    switch (R(34)) {
        case 0:
        case 1:
            return S("%s", int_lit());
        case 2:
        case 3: {
            static const char *const ops[] = {"+", "-", "*", "//", "%", "&", "|", "^"};
            return S("(%s %s %s)", var_or(T_INT, d - 1), PICK(ops), gen(T_INT, d - 1));
        }
        case 4:
            return S("(%s ** %d)", var_or(T_INT, d - 1), R(9) - (P(10) ? 2 : 0));
        case 5:
            return S("(%s << %d)", var_or(T_INT, d - 1), R(70));
        case 6:
            return S("(%s >> %d)", var_or(T_INT, d - 1), R(70));
        case 7:
            return S("%s%s", P(50) ? "-" : "~", var_or(T_INT, d - 1));
        case 8: {
            static const type_t lt[] = {T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_BYTES, T_LSTR};
            return S("len(%s)", var_or(PICK(lt), d - 1));
        }
        case 9:
            return S("abs(%s)", var_or(T_INT, d - 1));
        case 10:
            return S("int(%s)", var_or(T_FLOAT, d - 1));
        case 11: {
            static const char *const s[] = {"'42'",    "' -7 '",  "'0x1f', 16", "'ff', 16",
                                            "'1_000'", "'z', 36", "'0b101', 0", "'12.5'",
                                            "'١٢٣'",   "''",      "'777', 8",   "'-0'"};
            return S("int(%s)", PICK(s));
        }
        case 12:
            return S("sum(%s)", var_or(T_LIST, d - 1));
        case 13:
            return S("%s(%s)", P(50) ? "max" : "min", var_or(P(50) ? T_LIST : T_TUPLE, d - 1));
        case 14:
            return S("round(%s)", var_or(T_FLOAT, d - 1));
        case 15:
            return S("%s[%s]", var_or(P(50) ? T_LIST : T_TUPLE, d - 1), gen(T_INT, 0));
        case 16:
            return S("%s[%s]", var_or(T_DICT, d - 1), gen(T_STR, 0));
        case 17:
            return S("%s.get(%s, %s)", var_or(T_DICT, d - 1), gen(T_STR, 0), int_lit());
        case 18:
            return S("%s.%s(%s)", var_or(T_STR, d - 1), P(50) ? "find" : "count", gen(T_STR, 0));
        case 19:
            return S("ord(%s[0])", var_or(T_STR, d - 1));
        case 20:
            return S("(%s if %s else %s)", gen(T_INT, d - 1), gen(T_BOOL, d - 1),
                     gen(T_INT, d - 1));
        case 21:
            return S("divmod(%s, %s)[%d]", var_or(T_INT, d - 1), gen(T_INT, d - 1), R(2));
        case 22:
            return S("pow(%s, %s, %s)", var_or(T_INT, d - 1), gen(T_INT, 0), gen(T_INT, 0));
        case 23:
            return S("(%s).bit_length()", var_or(T_INT, d - 1));
        case 24:
            return S("sum(x * x for x in %s if x %% 2)", var_or(T_LIST, d - 1));
        case 25:
            return S("len([c for c in %s if c in 'aeiou'])", var_or(T_STR, d - 1));
        case 26:
            return S("int.from_bytes(%s, '%s')", var_or(T_BYTES, d - 1), P(50) ? "big" : "little");
        case 27:
            return S("%s.index(%s)", var_or(T_LIST, d - 1), gen(T_INT, 0));
        case 28:
            return S("(%s)", gen(T_BOOL, d - 1));
        case 29:
            return S("%s[%s]", var_or(T_BYTES, d - 1), gen(T_INT, 0));
        case 30:
            return S("round(%s, %d)", var_or(T_INT, d - 1), -R(4));
        case 31:
            return S("(%s).__index__()", var_or(T_INT, d - 1));
        case 32:
            return S("len(%s.split(%s))", var_or(T_STR, d - 1), P(50) ? "" : str_lit());
        default:
            return S("hash(%s)", P(50) ? var_or(T_INT, d - 1) : var_or(T_TUPLE, d - 1));
    }
}

static char *gen_float(int d) {
    if (d <= 0) {
        const char *v = find_var(T_FLOAT, 0);
        return S("%s", v && P(50) ? v : float_lit());
    }
    switch (R(16)) {
        case 0:
        case 1:
            return S("%s", float_lit());
        case 2:
        case 3: {
            static const char *const ops[] = {"+", "-", "*", "/", "//", "%"};
            type_t other = P(60) ? T_FLOAT : T_INT;
            return S("(%s %s %s)", var_or(T_FLOAT, d - 1), PICK(ops), gen(other, d - 1));
        }
        case 4:
            return S("(%s / %s)", var_or(T_INT, d - 1), gen(T_INT, d - 1));
        case 5:
            return S("float(%s)", var_or(T_INT, d - 1));
        case 6: {
            static const char *const s[] = {"'1.5'",  "' -2e3 '", "'inf'", "'-nan'",     "'1_0.5'",
                                            "'0x10'", "'1e400'",  "'.5'",  "'Infinity'", "'3'"};
            return S("float(%s)", PICK(s));
        }
        case 7:
            return S("(%s ** %s)", var_or(T_FLOAT, d - 1), P(50) ? small() : float_lit());
        case 8:
            return S("abs(%s)", var_or(T_FLOAT, d - 1));
        case 9:
            return S("round(%s, %d)", var_or(T_FLOAT, d - 1), R(6) - 1);
        case 10:
            return S("-%s", var_or(T_FLOAT, d - 1));
        case 11:
            return S("sum(%s, 0.5)", var_or(T_LIST, d - 1));
        case 12:
            return S("%s.real", var_or(T_FLOAT, d - 1));
        case 13:
            return S("float.fromhex(%s)", P(50) ? "'0x1.8p3'" : "'-0x1p-2'");
        case 14:
            return S("(%s if %s else %s)", gen(T_FLOAT, d - 1), gen(T_BOOL, d - 1),
                     gen(T_FLOAT, d - 1));
        default:
            return S("max(%s, %s)", var_or(T_FLOAT, d - 1), gen(T_FLOAT, d - 1));
    }
}

static char *gen_bool(int d) {
    if (d <= 0) {
        return S("%s", P(50) ? "True" : "False");
    }
    static const char *const cmp[] = {"<", "<=", ">", ">=", "==", "!="};
    switch (R(14)) {
        case 0:
            return S("%s", P(50) ? "True" : "False");
        case 1:
            return S("(%s %s %s)", var_or(T_INT, d - 1), PICK(cmp),
                     gen(P(70) ? T_INT : T_FLOAT, d - 1));
        case 2:
            return S("(%s %s %s %s %s)", var_or(T_INT, d - 1), PICK(cmp), gen(T_INT, d - 1),
                     PICK(cmp), gen(T_INT, d - 1));
        case 3:
            return S("(%s %s %s)", var_or(T_STR, d - 1), PICK(cmp), gen(T_STR, d - 1));
        case 4:
            return S("(%s %sin %s)", gen(T_INT, d - 1), P(30) ? "not " : "",
                     var_or(P(50) ? T_LIST : T_SET, d - 1));
        case 5:
            return S("(%s in %s)", gen(T_STR, 0), var_or(P(50) ? T_STR : T_DICT, d - 1));
        case 6:
            return S("(not %s)", gen(T_BOOL, d - 1));
        case 7:
            return S("(%s %s %s)", gen(T_BOOL, d - 1), P(50) ? "and" : "or", gen(T_BOOL, d - 1));
        case 8: {
            static const char *const m[] = {"isdigit", "isalpha",      "isupper",   "islower",
                                            "isspace", "isidentifier", "istitle",   "isalnum",
                                            "isascii", "isdecimal",    "isnumeric", "isprintable"};
            return S("%s.%s()", var_or(T_STR, d - 1), PICK(m));
        }
        case 9:
            return S("%s(%s)", P(50) ? "all" : "any", var_or(T_LIST, d - 1));
        case 10: {
            static const char *const ty[] = {"int",   "float",        "str",    "bool", "list",
                                             "tuple", "(int, float)", "object", "bytes"};
            static const type_t ts[] = {T_INT, T_FLOAT, T_STR, T_LIST, T_BOOL, T_TUPLE, T_BYTES};
            return S("isinstance(%s, %s)", gen(PICK(ts), d - 1), PICK(ty));
        }
        case 11:
            return S("%s.%s(%s)", var_or(T_STR, d - 1), P(50) ? "startswith" : "endswith",
                     gen(T_STR, 0));
        case 12:
            return S("(%s %s %s)", var_or(T_SET, d - 1), P(50) ? "<=" : "<", gen(T_SET, d - 1));
        default:
            return S("bool(%s)", gen(R(T_OBJ), d - 1));
    }
}

static char *fstring(int d) {
    static const char *const specs[] = {"",    ":>8", ":<6",  ":^9", ":08.3f", ":x",     ":,",
                                        ":+d", ":e",  ":.2%", ":_",  ":#o",    ":10.4g", "!r"};
    char buf[1024];
    size_t n = 0;
    int parts = 1 + R(3);
    buf[0] = 0;
    for (int i = 0; i < parts; i++) {
        const char *spec = PICK(specs);
        type_t t = R(3) == 0 ? T_FLOAT : (R(2) ? T_INT : T_STR);
        const char *e = var_or(t, d - 1);
        if (strlen(e) > 300 || strchr(e, '\'') || strchr(e, '\\')) {
            e = t == T_STR ? "'s'" : "7";
            e = find_var(t, 0) ? find_var(t, 0) : e;
            if (strchr(e, '\'')) {
                e = "7";
            }
        }
        // A space keeps an expression that starts with a brace from reading as `{{`.
        n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s{%s%s%s}", R(2) ? "-" : "",
                              e[0] == '{' ? " " : "", e, spec);
    }
    return S("f'%s'", buf);
}

static char *gen_str(int d) {
    if (d <= 0) {
        const char *v = find_var(T_STR, 0);
        return S("%s", v && P(50) ? v : str_lit());
    }
    switch (R(30)) {
        case 0:
        case 1:
            return S("%s", str_lit());
        case 2:
            return S("(%s + %s)", var_or(T_STR, d - 1), gen(T_STR, d - 1));
        case 3:
            return S("(%s * %s)", var_or(T_STR, d - 1), small());
        case 4:
            return S("%s[%s]", var_or(T_STR, d - 1), gen(T_INT, 0));
        case 5: {
            static const char *const sl[] = {"1:",  ":2",  "::-1", "1:-1",     "::2",
                                             "-3:", "5:1", "::-2", "-100:100", "2:4:0"};
            return S("%s[%s]", var_or(T_STR, d - 1), PICK(sl));
        }
        case 6: {
            static const char *const m[] = {"upper",    "lower",    "strip",  "title", "capitalize",
                                            "swapcase", "casefold", "lstrip", "rstrip"};
            return S("%s.%s()", var_or(T_STR, d - 1), PICK(m));
        }
        case 7:
            return S("%s.replace(%s, %s)", var_or(T_STR, d - 1), gen(T_STR, 0), gen(T_STR, 0));
        case 8: {
            static const char *const m[] = {"center", "ljust", "rjust"};
            return S("%s.%s(%d%s)", var_or(T_STR, d - 1), PICK(m), R(12), P(50) ? ", '*'" : "");
        }
        case 9:
            return S("%s.join(%s)", P(50) ? "', '" : gen(T_STR, 0), var_or(T_LSTR, d - 1));
        case 10:
            return S("str(%s)", gen(R(T_OBJ), d - 1));
        case 11:
            return S("repr(%s)", gen(R(T_OBJ), d - 1));
        case 12:
        case 13:
            return fstring(d);
        case 14: {
            static const char *const f[] = {"'%d|%s'", "'%5.2f'", "'%x %o'", "'%r'",    "'%-6s|'",
                                            "'%+d%%'", "'%e'",    "'%c'",    "'%(a)s'", "'%3d %s'"};
            const char *fmt = PICK(f);
            const char *arg;
            if (strstr(fmt, "(a)")) {
                arg = S("{'a': %s}", gen(T_INT, d - 1));
            } else if (strstr(fmt, "%d|") || strstr(fmt, "%x") || strstr(fmt, "%3d")) {
                arg = S("(%s, %s)", gen(T_INT, d - 1), gen(R(2) ? T_STR : T_INT, d - 1));
            } else {
                arg = gen(R(3) == 0 ? T_STR : (R(2) ? T_INT : T_FLOAT), d - 1);
            }
            return S("(%s %% %s)", fmt, arg);
        }
        case 15: {
            static const char *const f[] = {"'{} {}'",   "'{0}{1}{0}'", "'{:>5}|{:<3}'",
                                            "'{!r}-{}'", "'{:^7.2}{}'", "'{a}', a=1, b="};
            const char *fmt = PICK(f);
            if (strstr(fmt, "a=1")) {
                return S("'{a}{b}'.format(a=%s, b=%s)", gen(T_INT, d - 1), gen(T_STR, d - 1));
            }
            return S("%s.format(%s, %s)", fmt, gen(T_STR, d - 1),
                     gen(R(2) ? T_INT : T_FLOAT, d - 1));
        }
        case 16:
            return S("chr(%s)", P(50) ? S("%d", R(300)) : var_or(T_INT, d - 1));
        case 17: {
            static const char *const f[] = {"hex", "oct", "bin", "str", "ascii"};
            return S("%s(%s)", PICK(f), var_or(T_INT, d - 1));
        }
        case 18: {
            static const char *const sp[] = {"'>10'",     "'x'", "'08b'", "','",   "'.3e'", "'#x'",
                                             "'^12,.2f'", "'g'", "''",    "'.0f'", "'+.1%'"};
            return S("format(%s, %s)", gen(R(2) ? T_INT : T_FLOAT, d - 1), PICK(sp));
        }
        case 19:
            return S("%s.decode(%s)", var_or(T_BYTES, d - 1),
                     P(50) ? "" : (P(50) ? "'latin-1'" : "'utf-8', 'replace'"));
        case 20:
            return S("' '.join(sorted(%s))", var_or(T_LSTR, d - 1));
        case 21:
            return S("str(%s)", var_or(T_FLOAT, d - 1));
        case 22:
            return S("%s.zfill(%d)", var_or(T_STR, d - 1), R(10));
        case 23:
            return S("%s.partition(%s)[%d]", var_or(T_STR, d - 1), gen(T_STR, 0), R(3));
        case 24:
            return S("(%s if %s else %s)", gen(T_STR, d - 1), gen(T_BOOL, d - 1),
                     gen(T_STR, d - 1));
        case 25:
            return S("''.join(reversed(%s))", var_or(T_STR, d - 1));
        case 26:
            return S("%s.expandtabs(%d)", var_or(T_STR, d - 1), R(9));
        case 27:
            return S("%s.removeprefix(%s)", var_or(T_STR, d - 1), gen(T_STR, 0));
        case 28:
            return S("str(%s)", gen(P(50) ? T_BYTES : T_BOOL, d - 1));
        default:
            return S("%s.hex()", var_or(T_BYTES, d - 1));
    }
}

static char *gen_bytes(int d) {
    if (d <= 0) {
        const char *v = find_var(T_BYTES, 0);
        return S("%s", v && P(50) ? v : bytes_lit());
    }
    switch (R(10)) {
        case 0:
        case 1:
            return S("%s", bytes_lit());
        case 2:
            return S("(%s + %s)", var_or(T_BYTES, d - 1), gen(T_BYTES, d - 1));
        case 3:
            return S("(%s * %s)", var_or(T_BYTES, d - 1), small());
        case 4:
            return S("%s.encode(%s)", var_or(T_STR, d - 1),
                     P(60) ? "" : (P(50) ? "'latin-1'" : "'ascii', 'replace'"));
        case 5:
            return S("bytes(%s)", var_or(T_LIST, d - 1));
        case 6:
            return S("%s[%s]", var_or(T_BYTES, d - 1), P(50) ? "1:" : "::-1");
        case 7:
            return S("%s.%s()", var_or(T_BYTES, d - 1), P(50) ? "upper" : "strip");
        case 8:
            return S("bytes.fromhex(%s)", P(50) ? "'de ad'" : "'0g'");
        default:
            return S("%s.replace(b'a', b'%s')", var_or(T_BYTES, d - 1), P(50) ? "zz" : "");
    }
}

static char *gen_list(int d) {
    if (d <= 0) {
        const char *v = find_var(T_LIST, 0);
        if (v && P(50)) {
            return S("%s", v);
        }
        return S("[%s, %s, %s]", int_lit(), int_lit(), int_lit());
    }
    switch (R(16)) {
        case 0:
            return S("[]");
        case 1:
            return S("[%s, %s]", gen(T_INT, d - 1), gen(T_INT, d - 1));
        case 2:
            return S("[%s, %s, %s, %s]", gen(T_INT, 0), gen(T_INT, d - 1), int_lit(), int_lit());
        case 3:
            return S("list(range(%d, %d, %d))", R(10) - 3, R(20) - 3, P(70) ? 1 + R(3) : -1 - R(2));
        case 4:
            return S("[x %s %s for x in %s%s]", P(50) ? "*" : "+", gen(T_INT, 0),
                     var_or(P(50) ? T_LIST : T_TUPLE, d - 1),
                     P(40) ? S(" if x %% %d", 1 + R(3)) : "");
        case 5:
            return S("sorted(%s%s)", var_or(P(70) ? T_LIST : T_SET, d - 1),
                     P(40) ? ", reverse=True" : (P(40) ? ", key=lambda v: (v % 3, -v)" : ""));
        case 6:
            return S("(%s + %s)", var_or(T_LIST, d - 1), gen(T_LIST, d - 1));
        case 7:
            return S("(%s * %s)", var_or(T_LIST, d - 1), small());
        case 8: {
            static const char *const sl[] = {"1:", ":2", "::-1", "1:-1", "::2", "-2:", "3:1"};
            return S("%s[%s]", var_or(T_LIST, d - 1), PICK(sl));
        }
        case 9:
            return S("list(%s)", var_or(P(50) ? T_TUPLE : T_SET, d - 1));
        case 10:
            return S("list(%s.values())", var_or(T_DICT, d - 1));
        case 11:
            return S("[len(w) for w in %s]", var_or(T_LSTR, d - 1));
        case 12:
            return S("list(map(abs, %s))", var_or(T_LIST, d - 1));
        case 13:
            return S("[a * b for a, b in zip(%s, %s)]", var_or(T_LIST, d - 1),
                     var_or(T_TUPLE, d - 1));
        case 14:
            return S("list(%s)", var_or(T_BYTES, d - 1));
        default:
            return S("[*%s, *%s]", var_or(T_TUPLE, d - 1), var_or(T_LIST, d - 1));
    }
}

static char *gen_lstr(int d) {
    if (d <= 0) {
        const char *v = find_var(T_LSTR, 0);
        if (v && P(50)) {
            return S("%s", v);
        }
        return S("[%s, %s]", str_lit(), str_lit());
    }
    switch (R(8)) {
        case 0:
            return S("[%s, %s, %s]", gen(T_STR, 0), gen(T_STR, d - 1), str_lit());
        case 1:
            return S("%s.split(%s)", var_or(T_STR, d - 1), P(50) ? "" : S("%s", gen(T_STR, 0)));
        case 2:
            return S("list(%s)", var_or(T_STR, d - 1));
        case 3:
            return S("sorted(%s%s)", var_or(P(50) ? T_DICT : T_LSTR, d - 1),
                     P(50) ? ", key=len" : "");
        case 4:
            return S("[str(x) for x in %s]", var_or(T_LIST, d - 1));
        case 5:
            return S("list(%s)", var_or(T_DICT, d - 1));
        case 6:
            return S("%s.splitlines()", var_or(T_STR, d - 1));
        default:
            return S("%s.rsplit(%s, %d)", var_or(T_STR, d - 1), gen(T_STR, 0), R(3));
    }
}

static char *gen_tuple(int d) {
    if (d <= 0) {
        const char *v = find_var(T_TUPLE, 0);
        if (v && P(50)) {
            return S("%s", v);
        }
        return R(3) ? S("(%s, %s)", int_lit(), int_lit()) : S("()");
    }
    switch (R(7)) {
        case 0:
            return S("(%s,)", gen(T_INT, d - 1));
        case 1:
            return S("(%s, %s, %s)", gen(T_INT, d - 1), gen(T_INT, 0), int_lit());
        case 2:
            return S("tuple(%s)", var_or(T_LIST, d - 1));
        case 3:
            return S("(%s + %s)", var_or(T_TUPLE, d - 1), gen(T_TUPLE, d - 1));
        case 4:
            return S("divmod(%s, %s)", var_or(T_INT, d - 1), gen(T_INT, d - 1));
        case 5:
            return S("%s[::-1]", var_or(T_TUPLE, d - 1));
        default:
            return S("tuple(sorted(%s))", var_or(T_SET, d - 1));
    }
}

static char *gen_dict(int d) {
    if (d <= 0) {
        const char *v = find_var(T_DICT, 0);
        if (v && P(50)) {
            return S("%s", v);
        }
        return P(30) ? S("{}") : S("{%s: %s}", str_lit(), int_lit());
    }
    switch (R(8)) {
        case 0:
            return S("{%s: %s, %s: %s}", gen(T_STR, 0), gen(T_INT, d - 1), str_lit(), int_lit());
        case 1:
            return S("dict(zip(%s, %s))", var_or(T_LSTR, d - 1), var_or(T_LIST, d - 1));
        case 2:
            return S("{w: len(w) for w in %s}", var_or(T_LSTR, d - 1));
        case 3:
            return S("(%s | %s)", var_or(T_DICT, d - 1), gen(T_DICT, d - 1));
        case 4:
            return S("dict(a=%s, b=%s)", gen(T_INT, d - 1), int_lit());
        case 5:
            return S("{**%s, 'k': %s}", var_or(T_DICT, d - 1), gen(T_INT, d - 1));
        case 6:
            return S("dict.fromkeys(%s, %s)", var_or(T_LSTR, d - 1), int_lit());
        default:
            return S("{str(i): i * i for i in range(%d)}", R(6));
    }
}

static char *gen_set(int d) {
    if (d <= 0) {
        const char *v = find_var(T_SET, 0);
        if (v && P(50)) {
            return S("%s", v);
        }
        return P(20) ? S("set()") : S("{%s, %s}", int_lit(), int_lit());
    }
    switch (R(7)) {
        case 0:
            return S("{%s, %s, %s}", gen(T_INT, d - 1), int_lit(), int_lit());
        case 1:
            return S("set(%s)", var_or(P(50) ? T_LIST : T_TUPLE, d - 1));
        case 2: {
            static const char *const ops[] = {"|", "&", "-", "^"};
            return S("(%s %s %s)", var_or(T_SET, d - 1), PICK(ops), gen(T_SET, d - 1));
        }
        case 3:
            return S("{x %% %d for x in %s}", 2 + R(6), var_or(T_LIST, d - 1));
        case 4:
            return S("set(range(%d))", R(40));
        case 5:
            return S("set(frozenset(%s))", var_or(T_LIST, d - 1));
        default:
            return S("{len(w) for w in %s}", var_or(T_LSTR, d - 1));
    }
}

static char *gen_obj(int d) {
    if (n_classes == 0) {
        return gen(T_INT, d);
    }
    const char *v = find_var(T_OBJ, 0);
    if (v && P(40)) {
        return S("%s", v);
    }
    const char *c = classes[R(n_classes)];
    switch (R(4)) {
        case 0:
            return S("%s(%s)", c, gen(T_INT, d - 1));
        case 1:
            return S("%s(%s, y=%s)", c, gen(T_INT, d - 1), int_lit());
        case 2:
            return S("%s.make(%s)", c, gen(T_INT, d - 1));
        default:
            return S("(%s(%s) + %s(%s))", c, gen(T_INT, 0), c, int_lit());
    }
}

static char *gen(type_t t, int d) {
    if (d > depth_limit) {
        d = depth_limit;
    }
    if (arena_used > ARENA_SIZE / 2) {
        d = 0;
    }
    switch (t) {
        case T_INT:
            return gen_int(d);
        case T_FLOAT:
            return gen_float(d);
        case T_BOOL:
            return gen_bool(d);
        case T_STR:
            return gen_str(d);
        case T_BYTES:
            return gen_bytes(d);
        case T_LIST:
            return gen_list(d);
        case T_LSTR:
            return gen_lstr(d);
        case T_TUPLE:
            return gen_tuple(d);
        case T_DICT:
            return gen_dict(d);
        case T_SET:
            return gen_set(d);
        default:
            return gen_obj(d);
    }
}

// A printable expression of a random type.
static char *any_expr(int d) {
    return gen((type_t)R(T_COUNT), d);
}

// ==== statements ====

static int block_depth;

static void block(int n);

// Print an expression, catching what it raises: through the prelude's helper or inline.
static void print_expr(const char *e) {
    if (P(60)) {
        L("_p(lambda: %s)", e);
    } else {
        L("try:");
        indent++;
        L("print(%s)", e);
        indent--;
        L("except Exception as e:");
        L("    print('E', type(e).__name__)");
    }
}

static void stmt_assign(void) {
    type_t t = (type_t)R(T_COUNT);
    const char *name = new_name("v");
    static const char *const defaults[T_COUNT] = {"0",  "0.0", "False", "''",    "b''", "[]",
                                                  "[]", "()",  "{}",    "set()", "None"};
    if (t == T_OBJ && n_classes == 0) {
        t = T_INT;
    }
    if (P(50)) {
        L("%s = _v(lambda: %s, %s)", name, gen(t, depth_limit), defaults[t]);
    } else {
        L("try:");
        L("    %s = %s", name, gen(t, depth_limit));
        L("except Exception as e:");
        L("    %s = %s", name, defaults[t]);
        L("    print('E', type(e).__name__)");
    }
    if (t == T_OBJ && P(30)) {
        L("%s = None if %s is None else %s", name, name, name);
        L("print(%s)", name);
        add_var(name, T_OBJ);
        return;
    }
    add_var(name, t);
    if (P(50)) {
        L("print(%s)", name);
    }
}

// An operation that changes a variable of the current scope in place.
static void stmt_mutate(void) {
    static const type_t ts[] = {T_INT, T_FLOAT, T_STR, T_LIST, T_DICT, T_SET, T_BYTES, T_LSTR};
    type_t t = PICK(ts);
    const char *v = find_var(t, 1);
    if (!v) {
        stmt_assign();
        return;
    }
    const char *op = NULL;
    // In a loop, an operand that reads a variable (or the target itself) could double the
    // target at each iteration: operands are then literals, and repetition is left out.
    int depth = in_loop ? 0 : 1;
    literal_only = in_loop > 0;
    switch (t) {
        case T_INT: {
            static const char *const ops[] = {"+=", "-=", "*=", "//=", "%=", "&=", "|=", "^="};
            op = S("%s %s %s", v, PICK(ops), gen(T_INT, depth));
            if (P(15)) {
                op = S("%s <<= %d", v, R(10));
            }
            break;
        }
        case T_FLOAT: {
            static const char *const ops[] = {"+=", "-=", "*=", "/=", "%="};
            op = S("%s %s %s", v, PICK(ops), gen(P(50) ? T_FLOAT : T_INT, depth));
            break;
        }
        case T_STR:
            op = P(70) || in_loop ? S("%s += %s", v, gen(T_STR, depth)) : S("%s *= %s", v, small());
            break;
        case T_BYTES:
            op = S("%s += %s", v, gen(T_BYTES, depth));
            break;
        case T_LIST:
            switch (R(12)) {
                case 0:
                    op = S("%s.append(%s)", v, gen(T_INT, depth));
                    break;
                case 1:
                    op = S("%s.extend(%s)", v, gen(P(50) ? T_LIST : T_SET, depth));
                    break;
                case 2:
                    op = S("%s.insert(%s, %s)", v, gen(T_INT, 0), gen(T_INT, depth));
                    break;
                case 3:
                    op = S("print(%s.pop(%s))", v, P(50) ? "" : gen(T_INT, 0));
                    break;
                case 4:
                    op = S("%s.sort(%s)", v, P(50) ? "reverse=True" : "key=lambda x: -x");
                    break;
                case 5:
                    op = S("%s[%s] = %s", v, gen(T_INT, 0), gen(T_INT, depth));
                    break;
                case 6:
                    op = S("del %s[%s]", v, P(50) ? gen(T_INT, 0) : "::2");
                    break;
                case 7:
                    op = S("%s[%d:%d] = %s", v, R(4), R(4), gen(T_LIST, depth));
                    break;
                case 8:
                    op = S("%s += %s", v, gen(T_LIST, depth));
                    break;
                case 9:
                    op = S("%s.remove(%s)", v, gen(T_INT, 0));
                    break;
                case 10:
                    op = S("%s.reverse()", v);
                    break;
                default:
                    op = S("%s[::2] = %s", v, gen(T_LIST, depth));
                    break;
            }
            break;
        case T_LSTR:
            op = P(50) ? S("%s.append(%s)", v, gen(T_STR, depth)) : S("%s.sort(key=str.lower)", v);
            break;
        case T_DICT:
            switch (R(6)) {
                case 0:
                    op = S("%s[%s] = %s", v, gen(T_STR, 0), gen(T_INT, depth));
                    break;
                case 1:
                    op = S("print(%s.pop(%s%s))", v, gen(T_STR, 0), P(50) ? ", -1" : "");
                    break;
                case 2:
                    op = S("del %s[%s]", v, gen(T_STR, 0));
                    break;
                case 3:
                    op = S("%s.update(%s)", v, gen(T_DICT, depth));
                    break;
                case 4:
                    op = S("print(%s.setdefault(%s, %s))", v, gen(T_STR, 0), int_lit());
                    break;
                default:
                    op = S("%s |= %s", v, gen(T_DICT, depth));
                    break;
            }
            break;
        default: { // T_SET
            static const char *const ops[] = {"add", "discard", "remove"};
            switch (R(3)) {
                case 0:
                    op = S("%s.%s(%s)", v, PICK(ops), gen(T_INT, depth));
                    break;
                case 1: {
                    static const char *const aug[] = {"|=", "&=", "-=", "^="};
                    op = S("%s %s %s", v, PICK(aug), gen(T_SET, depth));
                    break;
                }
                default:
                    op = S("print(len(%s), %s.pop() if %s else None)", v, v, v);
                    break;
            }
        }
    }
    literal_only = 0;
    L("try:");
    L("    %s", op);
    L("except Exception as e:");
    L("    print('E', type(e).__name__)");
    L("print(%s)", v);
}

static void stmt_if(void) {
    int save = n_vars;
    L("if %s:", gen(T_BOOL, 2));
    indent++;
    block(1 + R(3));
    indent--;
    n_vars = save;
    if (P(40)) {
        L("elif %s:", gen(T_BOOL, 2));
        indent++;
        block(1 + R(2));
        indent--;
        n_vars = save;
    }
    if (P(60)) {
        L("else:");
        indent++;
        block(1 + R(2));
        indent--;
        n_vars = save;
    }
}

static void stmt_for(void) {
    int save = n_vars;
    const char *x = new_name("i");
    // A loop over a copy of a list or dict its body may grow: inside another loop, at most 8
    // items of it, or the collection would double at each outer iteration.
    const char *cap = in_loop ? "[:8]" : "";
    switch (R(7)) {
        case 0:
            L("for %s in range(%d, %d%s):", x, R(5) - 2, R(8), P(30) ? ", 2" : "");
            add_var(x, T_INT);
            break;
        case 1:
            // A copy: the body may append to the list.
            L("for %s in list(%s)%s:", x, var_or(T_LIST, 1), cap);
            add_var(x, T_INT);
            break;
        case 2:
            L("for %s in %s:", x, var_or(T_STR, 1));
            add_var(x, T_STR);
            break;
        case 3: {
            const char *k = new_name("k");
            // A copy: deleting and adding keys under an iterator is a documented difference.
            L("for %s, %s in list(%s.items())%s:", k, x, var_or(T_DICT, 1), cap);
            add_var(k, T_STR);
            add_var(x, T_INT);
            break;
        }
        case 4: {
            const char *k = new_name("k");
            L("for %s, %s in enumerate(list(%s)%s%s):", k, x, var_or(T_LSTR, 1), cap,
              P(40) ? ", 1" : "");
            add_var(k, T_INT);
            add_var(x, T_STR);
            break;
        }
        case 5: {
            const char *k = new_name("k");
            L("for %s, %s in zip(list(%s)%s, list(%s)):", k, x, var_or(T_LIST, 1), cap,
              var_or(T_LSTR, 1));
            add_var(k, T_INT);
            add_var(x, T_STR);
            break;
        }
        default:
            L("for %s in sorted(%s):", x, var_or(T_SET, 1));
            add_var(x, T_INT);
            break;
    }
    indent++;
    in_loop++;
    if (P(30)) {
        L("if %s:", gen(T_BOOL, 1));
        L("    %s", P(50) ? "continue" : "break");
    }
    block(1 + R(3));
    in_loop--;
    indent--;
    n_vars = save;
    if (P(25)) {
        L("else:");
        L("    print('for-else')");
    }
}

static void stmt_while(void) {
    int save = n_vars;
    const char *c = new_name("w");
    L("%s = 0", c);
    L("while %s < %d:", c, R(6));
    indent++;
    in_loop++;
    // The counter is not in the scope: no statement may change it.
    L("%s += 1", c);
    if (P(30)) {
        L("if %s == %d:", c, R(4));
        L("    %s", P(50) ? "continue" : "break");
    }
    block(1 + R(2));
    in_loop--;
    indent--;
    n_vars = save;
    if (P(25)) {
        L("else:");
        L("    print('while-else', %s)", c);
    }
}

static void stmt_func(void) {
    const char *f = new_name("f");
    int form = R(4);
    switch (form) {
        case 0:
            L("def %s(a, b=%s, *args, c=%s, **kw):", f, int_lit(), int_lit());
            L("    return (a, b, args, c, sorted(kw.items()))");
            break;
        case 1:
            L("def %s(a, /, b, *, c=%s):", f, str_lit());
            L("    return [a, b, c]");
            break;
        case 2:
            L("def %s(*args, **kw):", f);
            L("    return len(args), args[-1:], list(kw)");
            break;
        default:
            L("def %s(a=[], b=%s):", f, int_lit());
            L("    a.append(b)");
            L("    return a");
            break;
    }
    for (int i = 0, n = 1 + R(4); i < n; i++) {
        static const char *const calls[] = {"%s(1)",
                                            "%s(1, 2)",
                                            "%s(1, 2, 3, c=4)",
                                            "%s(*[5, 6])",
                                            "%s(**{'a': 1, 'b': 2})",
                                            "%s()",
                                            "%s(1, b=2, c=3)",
                                            "%s(1, d=9)",
                                            "%s(a=1, b=2)",
                                            "%s(*(1,), *[2], c=0)",
                                            "%s(1, 2, 3, 4, 5)",
                                            "%s(b=2)"};
        print_expr(S(PICK(calls), f));
    }
}

static void stmt_closure(void) {
    const char *mk = new_name("mk");
    const char *c = new_name("c");
    L("def %s(start):", mk);
    L("    n = start");
    L("    def step(k=1):");
    L("        nonlocal n");
    L("        n %s k", P(50) ? "+=" : "*=");
    L("        return n");
    L("    return step");
    L("%s = %s(%s)", c, mk, int_lit());
    for (int i = 0, n = 1 + R(3); i < n; i++) {
        print_expr(S("%s(%s)", c, P(50) ? "" : int_lit()));
    }
    if (P(50)) {
        L("%s = [lambda x, i=i: x * i for i in range(%d)]", c, 1 + R(3));
        print_expr(S("[g(%s) for g in %s]", int_lit(), c));
    }
}

static void stmt_gen(void) {
    const char *g = new_name("g");
    L("def %s(n):", g);
    indent++;
    L("for i in range(n):");
    L("    if i %% %d == 0:", 1 + R(3));
    L("        got = yield i * %s", int_lit());
    L("        if got is not None:");
    L("            print('got', got)");
    if (P(50)) {
        L("yield from %s", P(50) ? "[-1, -2]" : "range(2)");
    }
    L("return 'done'");
    indent--;
    int n = R(6);
    print_expr(S("list(%s(%d))", g, n));
    if (P(50)) {
        const char *it = new_name("it");
        L("%s = %s(%d)", it, g, 2 + R(5));
        print_expr(S("next(%s)", it));
        print_expr(S("%s.send(%s)", it, int_lit()));
        print_expr(S("list(%s)", it));
        print_expr(S("next(%s)", it));
    }
    if (P(40)) {
        L("try:");
        L("    _it = %s(0)", g);
        L("    next(_it)");
        L("except StopIteration as e:");
        L("    print('stop', e.value)");
    }
    if (P(30)) {
        print_expr(S("sum(x for x in %s(%d) if x > 0)", g, R(8)));
    }
}

static void stmt_class(void) {
    if (n_classes >= MAX_CLASSES) {
        return;
    }
    const char *c = new_name("C");
    const char *base = n_classes && P(40) ? classes[R(n_classes)] : NULL;
    if (base) {
        L("class %s(%s):", c, base);
        indent++;
        L("tag = %s", str_lit());
        L("def __init__(self, x, y=%s):", int_lit());
        L("    super().__init__(x, y)");
        L("    self.extra = %s", int_lit());
        L("def __repr__(self):");
        L("    return '%s<' + super().__repr__() + '>'", c);
        if (P(50)) {
            L("def __add__(self, o):");
            L("    return %s(self.x - o.x, self.y)", c);
        }
        indent--;
    } else {
        L("class %s:", c);
        indent++;
        L("count = 0");
        L("def __init__(self, x, y=%s):", int_lit());
        L("    self.x = x");
        L("    self.y = y");
        L("    %s.count += 1", c);
        L("def __repr__(self):");
        L("    return f'%s({self.x!r}, {self.y!r})'", c);
        L("def __eq__(self, o):");
        L("    return isinstance(o, %s) and self.x == o.x", c);
        L("def __lt__(self, o):");
        L("    return self.x < o.x");
        L("def __add__(self, o):");
        L("    return %s(self.x + (o.x if isinstance(o, %s) else o), self.y)", c, c);
        if (P(50)) {
            L("__radd__ = __add__");
        }
        L("def __len__(self):");
        L("    return abs(self.x) %% %d", 2 + R(5));
        L("def __getitem__(self, i):");
        L("    if i > %d:", R(5));
        L("        raise IndexError(i)");
        L("    return self.x * i");
        if (P(50)) {
            L("def __iter__(self):");
            L("    yield self.x");
            L("    yield self.y");
        }
        if (P(50)) {
            L("def __bool__(self):");
            L("    return self.x > %s", int_lit());
        }
        L("def __hash__(self):");
        L("    return hash(self.x)");
        if (P(50)) {
            L("def __contains__(self, v):");
            L("    return v == self.y");
        }
        if (P(40)) {
            L("def __call__(self, *a):");
            L("    return (self.x, a)");
        }
        L("@property");
        L("def z(self):");
        L("    return self.x * 2");
        if (P(50)) {
            L("@z.setter");
            L("def z(self, v):");
            L("    self.x = v // 2");
        }
        L("@classmethod");
        L("def make(cls, v):");
        L("    return cls(v)");
        L("@staticmethod");
        L("def twice(v):");
        L("    return v * 2");
        indent--;
    }
    snprintf(classes[n_classes++], sizeof(classes[0]), "%s", c);
    const char *o = new_name("o");
    L("%s = _v(lambda: %s(%s), None)", o, c, gen(T_INT, 1));
    L("print(%s)", o);
    static const char *const uses[] = {"%s == %s(1)",
                                       "%s + %s(2)",
                                       "len(%s)",
                                       "%s[2]",
                                       "list(%s)",
                                       "sorted([%s, %s(-3), %s(9)])",
                                       "%s.z",
                                       "bool(%s)",
                                       "3 in %s",
                                       "%s.make(4).twice(5)",
                                       "%s.count",
                                       "hash(%s) == hash(%s.x)",
                                       "%s(1)",
                                       "isinstance(%s, %s)",
                                       "getattr(%s, 'nope', 'dflt')",
                                       "type(%s).__name__",
                                       "[k.__name__ for k in type(%s).__mro__]",
                                       "sorted(vars(%s))",
                                       "%s + 1",
                                       "1 + %s",
                                       "max(%s, %s(0))",
                                       "%s.extra",
                                       "%s.tag"};
    for (int i = 0, n = 2 + R(5); i < n; i++) {
        const char *u = PICK(uses);
        // Each %s takes the instance or the class, alternately from the template's sense.
        const char *e;
        if (strstr(u, "sorted([")) {
            e = S(u, o, c, c);
        } else if (strstr(u, "== %s(1)") || strstr(u, "+ %s(2)") || strstr(u, "max(")) {
            e = S(u, o, c);
        } else if (strstr(u, "isinstance")) {
            e = S(u, o, n_classes > 1 ? classes[R(n_classes)] : c);
        } else if (strstr(u, "hash(%s) == ")) {
            e = S(u, o, o);
        } else if (strstr(u, ".make(") || strstr(u, "%s.count")) {
            e = S(u, c);
        } else {
            e = S(u, o);
        }
        print_expr(e);
    }
    if (P(30)) {
        L("try:");
        L("    %s.z = %s", o, int_lit());
        L("    print(%s.z)", o);
        L("except Exception as e:");
        L("    print('E', type(e).__name__)");
    }
    add_var(o, T_OBJ);
}

static void stmt_try(void) {
    static const char *const raisers[] = {
        "raise ValueError('bad')",
        "raise KeyError('k')",
        "1 / 0",
        "[][1]",
        "{}['x']",
        "int('x')",
        "None.foo",
        "'a' + 1",
        "raise TypeError",
        "assert False, 'msg'",
        "raise StopIteration",
        "pass",
        "undefined_name_zz",
        "raise RuntimeError('r') from ValueError('v')",
        "float('inf') // 0",
        "[1, 2].index(3)",
        "().x",
        "iter(5)",
        "raise ArithmeticError",
        "int(float('nan'))",
        "sorted([1, 'a'])",
        "chr(-1)",
    };
    const char *exc = NULL;
    if (P(30)) {
        exc = new_name("Err");
        L("class %s(%s):", exc, P(50) ? "ValueError" : "Exception");
        L("    pass");
    }
    L("try:");
    indent++;
    if (P(50)) {
        block(1 + R(2));
    }
    if (exc && P(70)) {
        L("raise %s(%s)", exc, int_lit());
    } else {
        L("%s", PICK(raisers));
    }
    indent--;
    static const char *const clauses[] = {"ValueError",      "(KeyError, IndexError)",
                                          "LookupError",     "ZeroDivisionError",
                                          "ArithmeticError", "TypeError",
                                          "AttributeError",  "NameError",
                                          "Exception",       "RuntimeError",
                                          "StopIteration",   "AssertionError"};
    int n = 1 + R(3);
    for (int i = 0; i < n; i++) {
        const char *cl = i == n - 1 && P(40) ? "Exception" : PICK(clauses);
        L("except %s as e:", cl);
        indent++;
        L("print('caught', type(e).__name__, e.args[:1] if isinstance(e, (ValueError, "
          "KeyError, RuntimeError)) else '')");
        if (P(20)) {
            L("print(type(e.__cause__).__name__, type(e.__context__).__name__)");
        }
        if (P(15)) {
            L("try:");
            L("    raise KeyError('inner') from e");
            L("except KeyError as e2:");
            L("    print(type(e2.__cause__).__name__)");
        }
        indent--;
    }
    if (P(30)) {
        L("else:");
        L("    print('else')");
    }
    if (P(50)) {
        L("finally:");
        L("    print('finally')");
    }
}

static void stmt_with(void) {
    const char *cm = new_name("CM");
    L("class %s:", cm);
    L("    def __init__(self, tag):");
    L("        self.tag = tag");
    L("    def __enter__(self):");
    L("        print('enter', self.tag)");
    L("        return self.tag");
    L("    def __exit__(self, t, v, tb):");
    L("        print('exit', self.tag, t.__name__ if t else None)");
    L("        return %s", P(50) ? "True" : "False");
    L("try:");
    indent++;
    if (P(50)) {
        L("with %s(%s) as a, %s(%s) as b:", cm, int_lit(), cm, str_lit());
    } else {
        L("with %s(%s) as a:", cm, int_lit());
    }
    indent++;
    L("print('body')");
    if (P(60)) {
        L("%s", P(50) ? "1 / 0" : "raise KeyError(3)");
    }
    L("print('after')");
    indent -= 2;
    L("except Exception as e:");
    L("    print('E', type(e).__name__)");
}

static void stmt_match(void) {
    static const type_t ts[] = {T_INT, T_STR, T_LIST, T_TUPLE, T_DICT, T_FLOAT, T_OBJ};
    type_t t = PICK(ts);
    L("match %s:", t == T_OBJ ? gen_obj(1) : var_or(t, 1));
    indent++;
    static const char *const cases[] = {
        "case 0 | 1:",
        "case -1:",
        "case 'abc' | 'a':",
        "case '':",
        "case []:",
        "case [x]:",
        "case [x, *rest] if x > 0:",
        "case [_, _, *rest]:",
        "case (a, b):",
        "case {'a': v, **rest}:",
        "case {'k': int(v)}:",
        "case str() as s if len(s) > 3:",
        "case int(n) if n > 10:",
        "case float() | bool():",
        "case {}:",
        "case [int(), str()]:",
        "case 1.5:",
        "case None:",
        "case True:",
    };
    for (int i = 0, n = 1 + R(4); i < n; i++) {
        const char *cs = PICK(cases);
        L("%s", cs);
        L("    print('case %d', %s)", i,
          strstr(cs, "rest")
              ? "rest"
              : (strstr(cs, "v") && strstr(cs, "{") ? "v" : (strstr(cs, " x") ? "x" : "")));
    }
    if (n_classes && P(40)) {
        L("case %s(x=3) | %s(y=0):", classes[R(n_classes)], classes[R(n_classes)]);
        L("    print('class case')");
    }
    if (P(70)) {
        L("case _:");
        L("    print('default')");
    }
    indent--;
}

static void stmt_unpack(void) {
    const char *a = new_name("u");
    const char *b = new_name("u");
    const char *c = new_name("u");
    L("try:");
    indent++;
    switch (R(3)) {
        case 0:
            L("%s, *%s, %s = %s", a, b, c, var_or(T_LIST, 1));
            break;
        case 1:
            L("%s, %s, %s = %s", a, b, c, var_or(P(50) ? T_TUPLE : T_STR, 1));
            break;
        default:
            L("(%s, %s), %s = %s, %s", a, b, c, var_or(T_TUPLE, 1), gen(T_INT, 1));
            break;
    }
    L("print(%s, %s, %s)", a, b, c);
    indent--;
    L("except Exception as e:");
    L("    print('E', type(e).__name__)");
}

static void stmt_misc(void) {
    switch (R(8)) {
        case 0:
            print_expr(S("sorted(%s, key=lambda w: (len(w), w))", var_or(T_LSTR, 1)));
            break;
        case 1:
            print_expr(S("[(i, j) for i in range(%d) for j in range(i) if (i + j) %% 2]", R(5)));
            break;
        case 2:
            print_expr(S("(y := %s) + y", gen(T_INT, 1)));
            break;
        case 3:
            print_expr(S("list(zip(%s, %s, strict=%s))", var_or(T_LIST, 1), var_or(T_LSTR, 1),
                         P(30) ? "True" : "False"));
            break;
        case 4:
            print_expr(S("list(enumerate(%s, %s))", var_or(T_STR, 1), int_lit()));
            break;
        case 5:
            print_expr(S("sorted({%s: 1, %s: 2}.items())", gen(T_STR, 0), gen(T_STR, 0)));
            break;
        case 6:
            print_expr(S("list(filter(None, %s))", var_or(T_LIST, 1)));
            break;
        default:
            print_expr(S("[*map(lambda a, b=2: a * b, %s)]", var_or(T_TUPLE, 1)));
            break;
    }
}

// ==== snippets ====
//
// Short templates for the corners of the language that the typed generator does not reach:
// each `$X` is replaced by a generated expression (I int, F float, S str, B bytes, L list,
// W list of str, T tuple, D dict, E set, i a small int literal, s a str literal, n a name
// that is new to the unit). A template with newlines is a block of statements; one without is
// an expression to print.

static const char *const expr_snippets[] = {
    "complex($F, $F) * complex($i, -$i)",
    "($F + $ij) ** $i",
    "abs(complex($i, $i))",
    "(complex($F, 1) / complex($i, $i)).conjugate()",
    "(-$i - 0.5) ** 0.5",
    "repr(complex($F, $F))",
    "($I).to_bytes($i, 'big', signed=True)",
    "int.from_bytes($B, 'little', signed=True)",
    "($F).as_integer_ratio()",
    "($I).as_integer_ratio()",
    "($F).is_integer()",
    "($F).hex()",
    "float.fromhex(($F).hex()) == $F",
    "divmod($F, $F)",
    "divmod($I, -$i)",
    "($I) // -$i, ($I) % -$i",
    "round($F, $i), round(-$F), round($i.5)",
    "round($I, -$i)",
    "pow($I, -1, $i + 5)",
    "pow($i, -$i)",
    "0 ** -$i",
    "$I == float($I)",
    "($I) < $F, ($I) == $F, ($I) > $F",
    "(2**53 + $i) == float(2**53 + $i)",
    "10**$i < 1e$i, 10**30 == 1e30",
    "int($F * 1e$i)",
    "float($I) if abs($I) < 10**300 else 0",
    "str($F), repr($F)",
    "format($F, '.$ie'), format($F, '.$ig'), format($F, '.$if')",
    "format($I, '_'), format($I, '#_x'), format(-$I, '=+12')",
    "'%.$if|%-8.3e|%g' % ($F, $F, $F)",
    "'%*d|%-*s|' % ($i, $I, $i, $S)",
    "'%5s|%.2s|%c' % ($S, $S, $i + 65)",
    "'%(x)s-%(y)r' % {'x': $S, 'y': $S}",
    "'{0[0]}{0[1]}'.format($S)",
    "'{0.real}|{0.imag}'.format($F)",
    "'{:=+10}|{:^+9.2f}|{:x<6}'.format($I, $F, $S)",
    "'{!a}|{!s:>4}'.format($S, $I)",
    "f'{$v=}'",
    "f'{$v!r:^12}|{$v:#x}'",
    "f'{$v:{$i}}|{$v:>{$i}}'",
    "b'%d-%s' % ($i, $B)",
    "$B.split(), $B.find(b'a'), $B.count(b'b')",
    "$B.center(9, b'.'), $B.title(), $B.isalpha()",
    "bytearray($B) + b'!'",
    "list(reversed(bytearray($B)))",
    "$S.split($s, $i), $S.rsplit(None, $i)",
    "$S.strip($s), $S.lstrip('a ')",
    "$S.count($s, $i, -$i), $S.find($s, -$i)",
    "$S.index($s)",
    "$S.translate(str.maketrans('abc', 'xyz', 'd'))",
    "$S.translate({97: None, 98: 'BB'})",
    "$S.encode('utf-16-le'), $S.encode('utf-8')",
    "$S.upper().lower() == $S.casefold(), $S.swapcase().swapcase()",
    "$S.title(), $S.capitalize(), $S.splitlines(True)",
    "sorted($W, key=str.casefold), max($W, default='none'), min($W, key=len, default='-')",
    "'-'.join(reversed($W))",
    "$S[$I:$I], $S[::$i + 1], $S[-$i::-1]",
    "$L[$I:$I:-1], $L[::-$i - 1]",
    "$L.index($i) if $i in $L else $L.count($i)",
    "$L.count($I), $L.index($I, 0, 5)",
    "sorted($L, key=lambda x: (x % 3, x)), sorted($L, reverse=True)",
    "min($L, default=None), max($L, key=abs, default=0)",
    "sum($L, start=$i), sum([$F, $F, $F])",
    "list(zip(*[$L, $L]))",
    "dict(enumerate($W)), list(enumerate($W, -$i))",
    "[x for x in range($i, -$i - 2, -1)], list(range($I, $I, $i + 1)[:5])",
    "range($i, $i * 5, 2)[$i], range(10)[::-$i - 1], len(range($I, $I, 7))",
    "$i in range(0, 10, 3), range(0, 9, 3) == range(0, 10, 3)",
    "list(map(lambda a, b: a - b, $L, $T))",
    "list(filter(lambda x: x > $i, $L)), any(x > $i for x in $L)",
    "all(w for w in $W), any([])",
    "sorted($D.items()), list($D.keys()), list($D.values())",
    "$D.get($s), $D.get($s, $i), $s in $D",
    "sorted($D, key=$D.get) if $D else []",
    "{**$D, **{k.upper(): v for k, v in $D.items()}}",
    "dict(sorted($D.items(), key=lambda kv: -kv[1]))",
    "sorted($E | {$i}), sorted($E - {$i}), len($E & {1, 2, 3})",
    "$E == set($L), $E.isdisjoint($L), $E.issubset(range(50))",
    "sorted(frozenset($L) | frozenset($E))",
    "frozenset($L) == set($L), {1, 2} == frozenset([2, 1])",
    "sorted({x * $i for x in $E if x})",
    "hash(($i, $I)) == hash(($i, $I)), hash(float($i)) == hash($i)",
    "hash(1) == hash(1.0) == hash(True), hash(-1), hash(2**61), hash(-2**61 - 1)",
    "hash($I), hash(($i, $I)), hash($i + 0.5)", // no NaN: its hash is its id
    "$T + ($i,), $T * $i, $T.count($i), $T[::-1]",
    "tuple(sorted($T)) < ($i, $i), ($i, [$i]) == ($i, [$i])",
    "[1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] == ()",
    "$i < $I <= $I != $i",
    "True + True, True * $F, -True, ~False",
    "bool(0.0), bool(''), bool(()), bool(b'\\x00'), bool(-0.0)",
    "int(True), float(False), str(None), repr(...), repr(NotImplemented)",
    "type($I).__name__, type($F).__name__, type($S).__name__, type(None).__name__",
    "isinstance(True, int), issubclass(bool, int), issubclass(KeyError, LookupError)",
    "[k.__name__ for k in ZeroDivisionError.__mro__]",
    "[k.__name__ for k in UnicodeDecodeError.__mro__]",
    "callable(len), callable($i), callable(str.upper)",
    "getattr($S, 'upper')(), getattr($I, 'real')",
    "chr(ord('a') + $i), ord('\\u20ac'), chr(0x1F600) == '\\U0001f600'",
    "ascii($S), repr($S), repr($B)",
    "str(b'ab', 'ascii'), str($B, 'latin-1')",
    "bin($I), oct($I), hex(-$I)",
    "int('  +$i  '), int('-0b101', 0), int('0o17', 0), int('1_0', 16)",
    "float(' -$i.5e-2 '), float('+inf'), float('-0')",
    "abs(-0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1",
    "max(1, 2.0, key=float), min([3, 1.0, 1]), max('ab', 'b')",
    "sorted([3, 1.5, -2, True, 0.0])",
    "sorted([$F, $F, $i, -$i])",
    "[round(x / 2) for x in range(-5, 6)]",
    "[round(x + 0.5, 0) for x in range(-3, 3)]",
    "(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e16 + 1, 1e22, 1e23)",
    "(10 ** 16 / 3, 2 ** 60 / 10, 7 / -2, -7 // 2, -7 % 2, 7 % -2)",
    "($F) % $i, ($F) // $i, -($F) % 1",
    "float('nan') == float('nan'), float('inf') - float('inf'), 1e308 * 10",
    "[x ** 2 for x in (-2.5, 0.5, 1e-200, 1e200)]",
    "2 ** 0.5, 4 ** -0.5, 10 ** -2, (-8) ** 2, 2 ** 100 / 2 ** 99",
    "$I * $I - $I, ($I) ** $i % ($I or 7)",
    "($I) >> $i, -($I) >> $i, ($I) << $i, -1 >> 100",
    "(($I) & -($I)), ($I) | -$i, ~($I) ^ $i",
    "[(x, y) for x in range($i) for y in 'ab' if x != y]",
    "[[x * y for y in range(3)] for x in range($i)]",
    "{x: [y for y in range(x)] for x in range($i)}",
    "list(x for x in $L if x % 2 for _ in range(2))",
    "[y for x in $W if (y := len(x)) > 1]",
    "next((x for x in $L if x > $i), 'none'), next(iter($S), 'empty')",
    "list(iter([$i, $i, $i].pop, $i))",
    "sorted(set(map(len, $W)))",
    "[*range($i), *'ab', *{$i: 1}]",
    "(lambda *a, **k: (a, sorted(k.items())))($i, $S, z=$F)",
    "(lambda x, /, y=2, *, z=3: x + y + z)($i, z=$i)",
    "(lambda: [x for x in range(3)])()",
};

static const char *const stmt_snippets[] = {
    "def $n(x):\n"
    "    try:\n"
    "        return x * 2\n"
    "    finally:\n"
    "        print('fin', x)\n"
    "print($n($I))",

    "def $n():\n"
    "    for i in range($i + 1):\n"
    "        try:\n"
    "            if i == $i:\n"
    "                return i\n"
    "            continue\n"
    "        finally:\n"
    "            print('f', i)\n"
    "    return 'end'\n"
    "print($n())",

    "def $n():\n"
    "    try:\n"
    "        raise ValueError($s)\n"
    "    except ValueError:\n"
    "        return 'except'\n"
    "    finally:\n"
    "        print('finally runs')\n"
    "print($n())",

    "def $n():\n"
    "    try:\n"
    "        1 / 0\n"
    "    finally:\n"
    "        return 'swallowed'\n"
    "print($n())",

    "try:\n"
    "    try:\n"
    "        raise KeyError($s)\n"
    "    finally:\n"
    "        print('inner finally')\n"
    "except LookupError as e:\n"
    "    print(type(e).__name__, repr(e), str(e), e.args)",

    "try:\n"
    "    try:\n"
    "        raise TypeError('a')\n"
    "    except TypeError as e:\n"
    "        raise ValueError('b')\n"
    "except ValueError as e:\n"
    "    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)",

    "try:\n"
    "    raise ValueError('x') from None\n"
    "except ValueError as e:\n"
    "    print(e.__cause__, e.__suppress_context__)",

    "$n = ValueError($s, $i)\n"
    "print($n.args, str($n), repr($n))\n"
    "print(repr(KeyError($s)), str(KeyError($s)), str(KeyError()), repr(Exception()))",

    "$n = OSError(2, 'nope')\n"
    "print(type($n).__name__, $n.errno, $n.strerror, $n.args)",

    "try:\n"
    "    raise StopIteration($i)\n"
    "except StopIteration as e:\n"
    "    print(e.value, e.args)",

    "def $n():\n"
    "    yield 1\n"
    "    raise StopIteration\n"
    "try:\n"
    "    print(list($n()))\n"
    "except RuntimeError as e:\n"
    "    print('RuntimeError', type(e.__cause__).__name__)",

    "def $n():\n"
    "    try:\n"
    "        yield 1\n"
    "        yield 2\n"
    "    finally:\n"
    "        print('gen cleanup')\n"
    "g = $n()\n"
    "print(next(g))\n"
    "g.close()\n"
    "print(list(g))",

    "def $n():\n"
    "    try:\n"
    "        yield 1\n"
    "    except KeyError as e:\n"
    "        print('thrown', e)\n"
    "        yield 'recovered'\n"
    "g = $n()\n"
    "print(next(g), g.throw(KeyError('k')))\n"
    "try:\n"
    "    g.throw(ValueError)\n"
    "except ValueError:\n"
    "    print('propagated')",

    "def $n():\n"
    "    x = yield from range($i)\n"
    "    r = yield from (lambda: (yield 'inner'))()\n"
    "    return r\n"
    "print(list($n()))",

    "def $n(n):\n"
    "    total = 0\n"
    "    while True:\n"
    "        v = yield total\n"
    "        if v is None:\n"
    "            return total\n"
    "        total += v\n"
    "g = $n(0)\n"
    "next(g)\n"
    "print(g.send($i), g.send($I))\n"
    "try:\n"
    "    g.send(None)\n"
    "except StopIteration as e:\n"
    "    print('returned', e.value)",

    "$n = 0\n"
    "def f():\n"
    "    global $n\n"
    "    $n += $i\n"
    "    return $n\n"
    "print(f(), f(), $n)",

    "fs = [lambda: i for i in range($i + 1)]\n"
    "print([f() for f in fs])",

    "x = $i\n"
    "def $n(a=x):\n"
    "    return a\n"
    "x = $I\n"
    "print($n(), x)",

    "class $n:\n"
    "    __slots__ = ('a', 'b')\n"
    "    def __init__(self):\n"
    "        self.a = $i\n"
    "o = $n()\n"
    "print(o.a, hasattr(o, 'b'))\n"
    "try:\n"
    "    o.c = 1\n"
    "except AttributeError:\n"
    "    print('no c')\n"
    "try:\n"
    "    print(o.b)\n"
    "except AttributeError:\n"
    "    print('no b yet')",

    "class $n:\n"
    "    def __getattr__(self, name):\n"
    "        if name.startswith('x'):\n"
    "            return name * 2\n"
    "        raise AttributeError(name)\n"
    "o = $n()\n"
    "print(o.xy, getattr(o, 'zz', 'dflt'), hasattr(o, 'q'))",

    "class $n:\n"
    "    def __init__(self):\n"
    "        object.__setattr__(self, 'log', [])\n"
    "    def __setattr__(self, k, v):\n"
    "        self.log.append(k)\n"
    "        object.__setattr__(self, k, v * 2)\n"
    "o = $n()\n"
    "o.a = $i\n"
    "o.b = $S\n"
    "print(o.a, o.b, o.log)",

    "class A:\n"
    "    def who(self):\n"
    "        return ['A']\n"
    "class B(A):\n"
    "    def who(self):\n"
    "        return ['B'] + super().who()\n"
    "class C(A):\n"
    "    def who(self):\n"
    "        return ['C'] + super().who()\n"
    "class $n(B, C):\n"
    "    def who(self):\n"
    "        return ['D'] + super().who()\n"
    "print($n().who(), [k.__name__ for k in $n.__mro__])",

    "class $n:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __eq__(self, o):\n"
    "        return NotImplemented\n"
    "    def __lt__(self, o):\n"
    "        return self.v < o.v if isinstance(o, $n) else NotImplemented\n"
    "    def __radd__(self, o):\n"
    "        return o + self.v\n"
    "    def __iadd__(self, o):\n"
    "        self.v += o\n"
    "        return self\n"
    "    def __neg__(self):\n"
    "        return $n(-self.v)\n"
    "a, b = $n($i), $n($I)\n"
    "print(a == b, a != b, a == a, a < b, b > a)\n"
    "print(sum([a, b], 0) if isinstance(b.v, int) else 0, (-a).v)\n"
    "a += $i\n"
    "print(a.v)\n"
    "try:\n"
    "    print(a <= b)\n"
    "except TypeError:\n"
    "    print('TypeError')",

    "class $n:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        if self.n <= 0:\n"
    "            raise StopIteration\n"
    "        self.n -= 1\n"
    "        return self.n\n"
    "print(list($n($i)), sum($n($i)), $i in $n(5), sorted($n(4)))",

    "class $n:\n"
    "    def __getitem__(self, i):\n"
    "        if i >= $i:\n"
    "            raise IndexError\n"
    "        return i * i\n"
    "print(list($n()), 4 in $n(), list(reversed([*$n()])))",

    "class $n:\n"
    "    def __index__(self):\n"
    "        return $i\n"
    "print([0, 1, 2, 3, 4, 5][$n()], 'abcdef'[:$n()], bin($n()), range(10)[$n()])",

    "class $n:\n"
    "    def __len__(self):\n"
    "        return $I\n"
    "try:\n"
    "    print(len($n()), bool($n()))\n"
    "except Exception as e:\n"
    "    print('E', type(e).__name__)",

    "class $n:\n"
    "    def __bool__(self):\n"
    "        return $i\n"
    "try:\n"
    "    print(bool($n()))\n"
    "except TypeError:\n"
    "    print('TypeError')",

    "class $n:\n"
    "    def __format__(self, spec):\n"
    "        return 'F[' + spec + ']'\n"
    "    def __str__(self):\n"
    "        return 'S'\n"
    "    def __repr__(self):\n"
    "        return 'R'\n"
    "o = $n()\n"
    "print(f'{o}|{o!r}|{o:>5}|{o!s}', format(o, 'x'), str(o), [o], '%s %r' % (o, o))",

    "class $n:\n"
    "    def __init_subclass__(cls, tag=None, **kw):\n"
    "        super().__init_subclass__(**kw)\n"
    "        cls.tag = tag\n"
    "class Sub($n, tag=$s):\n"
    "    pass\n"
    "print(Sub.tag, $n.__name__, Sub.__qualname__.split('.')[-1])",

    "class Meta(type):\n"
    "    def __new__(mcs, name, bases, ns):\n"
    "        ns['made_by'] = 'Meta'\n"
    "        return super().__new__(mcs, name, bases, ns)\n"
    "class $n(metaclass=Meta):\n"
    "    x = $i\n"
    "print($n.made_by, $n.x, type($n).__name__)",

    "class Desc:\n"
    "    def __get__(self, obj, owner):\n"
    "        return 'desc' if obj is None else obj.v * 2\n"
    "    def __set__(self, obj, value):\n"
    "        obj.v = value + 1\n"
    "class $n:\n"
    "    d = Desc()\n"
    "    def __init__(self):\n"
    "        self.v = $i\n"
    "o = $n()\n"
    "o.d = $i\n"
    "print(o.d, $n.d, o.v)",

    "class $n(int):\n"
    "    def __repr__(self):\n"
    "        return 'I' + int.__repr__(self)\n"
    "x = $n($i)\n"
    "print(repr(x), x + 1, type(x + 1).__name__, isinstance(x, int), str(x))",

    "class $n(list):\n"
    "    def append(self, v):\n"
    "        super().append(v * 2)\n"
    "o = $n([$i])\n"
    "o.append($i)\n"
    "o += [$i]\n"
    "print(o, len(o), type(o).__name__, o == [*o])",

    "class $n(dict):\n"
    "    def __missing__(self, k):\n"
    "        return k * 2\n"
    "d = $n(a=1)\n"
    "print(d['a'], d['zz'], d.get('q'), len(d))",

    "class $n(Exception):\n"
    "    def __init__(self, a, b):\n"
    "        super().__init__(a)\n"
    "        self.b = b\n"
    "try:\n"
    "    raise $n($s, $i)\n"
    "except Exception as e:\n"
    "    print(type(e).__name__, e.args, e.b, str(e))",

    "class $n:\n"
    "    @property\n"
    "    def p(self):\n"
    "        return $i\n"
    "o = $n()\n"
    "try:\n"
    "    o.p = 3\n"
    "except AttributeError:\n"
    "    print('read-only')\n"
    "print(o.p, type($n.__dict__['p']).__name__)",

    "class $n:\n"
    "    __x = $i\n"
    "    def get(self):\n"
    "        return self.__x\n"
    "print($n().get(), hasattr($n, '__x'), '_' + '$n'[0] in dir($n) or True)",

    "class $n:\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *a):\n"
    "        print('exit', a[0].__name__ if a[0] else None)\n"
    "def f():\n"
    "    with $n():\n"
    "        return 'from with'\n"
    "print(f())\n"
    "for i in range(3):\n"
    "    with $n():\n"
    "        if i == 1:\n"
    "            break\n"
    "        continue",

    "def $n(x):\n"
    "    match x:\n"
    "        case {'type': 'point', 'x': int(a), 'y': int(b)}:\n"
    "            return ('point', a, b)\n"
    "        case [('a' | 'b') as first, *_]:\n"
    "            return ('ab', first)\n"
    "        case (int() | float()) as n if n < 0:\n"
    "            return 'negative'\n"
    "        case str(s) if s.isdigit():\n"
    "            return int(s)\n"
    "        case [[a, b], [c, d]]:\n"
    "            return a + b + c + d\n"
    "        case _:\n"
    "            return 'other'\n"
    "for v in [{'type': 'point', 'x': $i, 'y': $i}, ['a', 1], ['b'], -$F, $S, [[1, 2], [3, $i]], "
    "$I, $L, {'type': 'point', 'x': 1.5, 'y': 2}]:\n"
    "    print($n(v))",

    "from dataclasses import dataclass\n"
    "@dataclass(order=True)\n"
    "class $n:\n"
    "    a: int\n"
    "    b: str = 'x'\n"
    "print($n($i), $n($i, $S) < $n($I), $n(1) == $n(1))",

    "import math\n"
    "print(math.gcd($I, $I), math.lcm($i, $i + 1), math.isqrt(abs($I)), math.factorial($i))",

    "import math\n"
    "print(math.comb($i + 5, $i), math.perm($i + 3, 2), math.prod($L), math.fsum([0.1] * 10))",

    "import math\n"
    "print(math.floor($F), math.ceil($F), math.trunc($F), math.copysign($i, -0.0))",

    "import math\n"
    "print(math.fmod($F, $i + 1), math.frexp($F), math.ldexp($F, $i), math.modf($F))",

    "import math\n"
    "print(math.sqrt(abs($F)), math.isclose($F, $F + 1e-12), math.isfinite($F), math.isnan($F))",

    "import math\n"
    "print(math.floor($I), math.ceil(-$I), math.inf > 1e308, -math.inf, math.pi, math.e, math.tau)",

    "import functools\n"
    "print(functools.reduce(lambda a, b: a * 10 + b, $L, $i))",

    "import itertools\n"
    "print(list(itertools.accumulate($L)), list(itertools.islice(itertools.count($i, 2), 4)))",

    "import itertools\n"
    "print(list(itertools.product('ab', range($i))), list(itertools.permutations($L[:3])))",

    "import itertools\n"
    "print([(k, len(list(g))) for k, g in itertools.groupby(sorted($S))])",

    "import itertools\n"
    "print(list(itertools.chain($L, $T)), list(itertools.zip_longest($W, $L, fillvalue='-')))",

    "import collections\n"
    "c = collections.Counter($S)\n"
    "print(sorted(c.items()), c.most_common(1)[:0], c['zz'])",

    "import collections\n"
    "d = collections.defaultdict(list)\n"
    "for w in $W:\n"
    "    d[len(w)].append(w)\n"
    "print(sorted(d.items()))",

    "x, *y = $S or 'ab'\n"
    "*a, b = $L or [1]\n"
    "print(x, y, a, b)",

    "a = b = $L\n"
    "a += [$i]\n"
    "print(a is b, b)\n"
    "t = c = $T\n"
    "t += ($i,)\n"
    "print(t is c, c)",

    "d = {}\n"
    "d[$s] = d.get($s, 0) + 1\n"
    "d.setdefault('z', []).append($i)\n"
    "print(d, d.popitem(), d)",

    "lst = $L\n"
    "lst[1:1] = [$i, $i]\n"
    "del lst[::3]\n"
    "print(lst)\n"
    "try:\n"
    "    lst[::2] = [1]\n"
    "except ValueError:\n"
    "    print('ValueError')\n"
    "lst[:] = []\n"
    "print(lst)",

    "s = $E\n"
    "s.update($L, {$i})\n"
    "s.difference_update({$i})\n"
    "s.symmetric_difference_update([1, 2])\n"
    "print(sorted(s), len(s))",

    "i = $i\n"
    "while True:\n"
    "    i -= 1\n"
    "    if i < 0:\n"
    "        break\n"
    "else:\n"
    "    print('never')\n"
    "print('i', i)",

    "for i in range($i):\n"
    "    for j in range($i):\n"
    "        if j > i:\n"
    "            break\n"
    "    else:\n"
    "        continue\n"
    "    print('broke at', i)\n"
    "    break",

    "x = $I\n"
    "assert x == x, 'never'\n"
    "try:\n"
    "    assert x != x, f'{x} equals itself'\n"
    "except AssertionError as e:\n"
    "    print('assert', len(str(e)) > 0)",

    "ns = {}\n"
    "exec('y = $i * 2\\nz = [y] * 2', ns)\n"
    "print(ns['y'], ns['z'], eval('y + 1', ns), eval('$i + $i'))",

    "del_me = $L\n"
    "del del_me\n"
    "try:\n"
    "    print(del_me)\n"
    "except NameError as e:\n"
    "    print(type(e).__name__)",
};

static const char *expand(const char *tpl) {
    char out[8192];
    size_t n = 0;
    const char *name = new_name("s");
    for (const char *p = tpl; *p && n < sizeof(out) - 600; p++) {
        if (*p != '$') {
            out[n++] = *p;
            continue;
        }
        const char *e;
        p++;
        switch (*p) {
            case 'I':
                e = S("(%s)", gen(T_INT, 1));
                break;
            case 'F':
                e = S("(%s)", gen(T_FLOAT, 1));
                break;
            case 'S':
                e = S("(%s)", gen(T_STR, 1));
                break;
            case 'B':
                e = S("(%s)", gen(T_BYTES, 1));
                break;
            case 'L':
                e = S("(%s)", gen(T_LIST, 1));
                break;
            case 'W':
                e = S("(%s)", gen(T_LSTR, 1));
                break;
            case 'T':
                e = S("(%s)", gen(T_TUPLE, 1));
                break;
            case 'D':
                e = S("(%s)", gen(T_DICT, 1));
                break;
            case 'E':
                e = S("(%s)", gen(T_SET, 1));
                break;
            case 'i':
                e = S("%d", R(6));
                break;
            case 's':
                e = str_lit();
                break;
            case 'v': {
                const char *v = find_var(R(2) ? T_INT : T_FLOAT, 0);
                e = v ? v : S("%d", R(1000) - 500);
                break;
            }
            default: // 'n'
                e = name;
                break;
        }
        size_t len = strlen(e);
        if (len > 500) {
            e = "0";
            len = 1;
        }
        memcpy(out + n, e, len);
        n += len;
    }
    out[n] = 0;
    return S("%s", out);
}

static void stmt_snippet(void) {
    if (P(60)) {
        print_expr((char *)expand(PICK(expr_snippets)));
        return;
    }
    // A block: run under try so that a bad hole does not end the unit.
    const char *text = expand(PICK(stmt_snippets));
    L("try:");
    indent++;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        int len = nl ? (int)(nl - p) : (int)strlen(p);
        L("%.*s", len, p);
        p += len + (nl ? 1 : 0);
    }
    indent--;
    L("except Exception as e:");
    L("    print('E', type(e).__name__)");
}

static void statement(void) {
    int k = R(100);
    if (block_depth >= 2 && k >= 55) {
        k = R(55);
    }
    if (k < 22) {
        if (P(50)) {
            stmt_assign();
        } else {
            stmt_snippet();
        }
    } else if (k < 35) {
        print_expr(any_expr(depth_limit));
    } else if (k < 45) {
        stmt_mutate();
    } else if (k < 50) {
        stmt_unpack();
    } else if (k < 55) {
        stmt_misc();
    } else if (k < 62) {
        stmt_if();
    } else if (k < 68) {
        stmt_for();
    } else if (k < 71) {
        stmt_while();
    } else if (k < 76) {
        stmt_func();
    } else if (k < 79) {
        stmt_closure();
    } else if (k < 83) {
        stmt_gen();
    } else if (k < 88) {
        stmt_class();
    } else if (k < 93) {
        stmt_try();
    } else if (k < 96) {
        stmt_with();
    } else {
        stmt_match();
    }
}

static void block(int n) {
    block_depth++;
    for (int i = 0; i < n; i++) {
        statement();
    }
    block_depth--;
}

// ==== program ====

static void prelude(uint64_t seed) {
    printf("# gen_python seed=%llu\n", (unsigned long long)seed);
    puts("def _p(f):");
    puts("    try:");
    puts("        print(f())");
    puts("    except Exception as e:");
    puts("        print('E', type(e).__name__)");
    puts("def _v(f, default):");
    puts("    try:");
    puts("        return f()");
    puts("    except Exception as e:");
    puts("        print('E', type(e).__name__)");
    puts("        return default");
}

static void unit(uint64_t seed, int k) {
    rng = seed * 0x100000001b3ULL ^ ((uint64_t)k * 0x9e3779b97f4a7c15ULL);
    rnd64();
    arena_used = 0;
    n_vars = 0;
    scope_base = 0;
    n_classes = 0;
    name_counter = 0;
    block_depth = 0;
    in_loop = 0;
    literal_only = 0;
    depth_limit = 1 + R(3);
    printf("# -- unit %d\n", k);
    puts(S("print('@@unit %d@@')", k));
    int toplevel = P(20);
    if (toplevel) {
        // Module-level code: the names are globals; unique per unit thanks to the suffix.
        puts("try:");
    } else {
        printf("def _u%d():\n", k);
    }
    indent = 1;
    int n = 3 + R(10);
    for (int i = 0; i < n; i++) {
        statement();
    }
    indent = 0;
    if (toplevel) {
        puts("except Exception as e:");
        puts("    print('unit raised', type(e).__name__)");
    } else {
        printf("try:\n    _u%d()\n", k);
        puts("except Exception as e:");
        puts("    print('unit raised', type(e).__name__)");
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: gen_python SEED [UNITS] | gen_python SEED --unit K\n");
        return 2;
    }
    uint64_t seed = strtoull(argv[1], NULL, 10);
    prelude(seed);
    if (argc >= 4 && strcmp(argv[2], "--unit") == 0) {
        unit(seed, atoi(argv[3]));
        return 0;
    }
    int units = argc >= 3 ? atoi(argv[2]) : 40;
    for (int k = 0; k < units; k++) {
        unit(seed, k);
    }
    return 0;
}
