#!/usr/bin/env python3
# vm/gen_frozen.py: embed the Python modules of lib/ in the executable or firmware image.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
#   gen_frozen.py [--kbc KBC_ROOT | --flash KBC_ROOT QSTRS_DEF] OUT_HEADER ROOT FILE...
#
# Each FILE under ROOT becomes one entry of a table that vm/frozen.c searches at import:
# ROOT/name.py is module `name`, ROOT/pkg/__init__.py is package `pkg`, ROOT/pkg/mod.py is
# `pkg.mod`. With --kbc, an entry holds the bytes of KBC_ROOT/name.kbc, the file compiled by
# kinglet-cross (mk/cross.mk), which the importer loads through vm/bcfile.c; without it, the
# source text, which the importer compiles when a program first imports the module. Either is
# a const array, so on a board it stays in flash. With --flash (a board's FROZEN_MODE=flash,
# mk/port.mk), an entry is the module's code itself, as const C structs (see "Flash" below), and
# QSTRS_DEF lists the names that code needs for the port's qstr table. A FILE outside ROOT is a
# module named after its file name. The outputs are rewritten only when their text changes, so an
# unchanged lib/ rebuilds nothing.

import os
import re
import struct
import sys

from gen_qstr import fnv1a  # the hash str and bytes objects carry: vm/qstr.c's


KBC_MAGIC = b"\xffKBC"


def chunks(data, binary):
    # One C string literal per source line keeps the generated file readable and diffable;
    # bytecode has no lines, so it is cut every 32 bytes.
    if binary:
        return [data[i:i + 32] for i in range(0, len(data), 32)]
    return data.splitlines(keepends=True)


def c_string(data, binary=False):
    out = []
    for line in chunks(data, binary):
        chars = []
        for b in line:
            c = chr(b)
            if c == "\\":
                chars.append("\\\\")
            elif c == '"':
                chars.append('\\"')
            elif c == "\n":
                chars.append("\\n")
            elif c == "\t":
                chars.append("\\t")
            elif c == "?":
                chars.append("\\?")  # no trigraphs
            elif 32 <= b < 127:
                chars.append(c)
            else:
                chars.append("\\%03o" % b)
        out.append('    "' + "".join(chars) + '"')
    return "\n".join(out) if out else '    ""'


def module_name(root, path):
    rel = os.path.relpath(path, root)
    if rel.startswith(".." + os.sep):
        rel = os.path.basename(path)
    if not rel.endswith(".py"):
        sys.exit("gen_frozen.py: not a .py file: %s" % path)
    parts = rel[:-3].split(os.sep)
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts.pop()
    for p in parts:
        if not p.isidentifier():
            sys.exit("gen_frozen.py: not a module name: %s" % path)
    return ".".join(parts), is_pkg


# ==== Flash: code objects as const C data ====
# With --flash, each .kbc file becomes the tree of kl_obj_code_t structs (vm/bc.h) it describes,
# with their bytecode, constants, line and exception tables as const arrays, so a board imports
# the module without building any code on its heap: the importer runs the module's code where
# it lies. This is a host tool, so it cannot know the target's qstr numbers; every name is
# written as its KL_QSTR_ enumerator and listed in a .def file (--qstrs) that the port's
# vm/gen_qstr.py run adds to the static table. A qstr argument in the bytecode is a varint,
# whose length would depend on the number, so each is written in two bytes (a padded varint,
# which the VM decodes like any other), and the bytecode is laid out again with jumps, the
# line table and the exception table moved along, as vm/bcfile.c does when it loads a file.
# Constants become const objects of the target's own structs; an int is small or big depending
# on the target's word, so the C chooses with #if. A constant this cannot put in flash (a
# frozenset, whose table depends on the target's hashes) stops the build with a clear error.

KBC_VERSION = 2
ARG_NONE, ARG_UINT, ARG_SINT, ARG_JUMP, ARG_UINT2 = "NONE", "UINT", "SINT", "JUMP", "UINT2"
# The instructions whose first argument is a qstr (op_has_qstr in vm/bcfile.c).
QSTR_OPS = {"LOAD_CLASSDEREF", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL",
            "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
            "LOAD_METHOD", "LOAD_SUPER_METHOD", "IMPORT_NAME", "IMPORT_FROM"}
# The builtin types a constant table may hold (const_types in vm/bcfile.c).
CONST_TYPES = {"StopAsyncIteration": "kl_type_StopAsyncIteration"}
CODE_FLAG_WIDE = 0x10
SMALL_INT_BITS_32 = 31  # a small int on a 32-bit target, sign included
SMALL_INT_BITS_64 = 63


class FreezeError(Exception):
    pass


def read_opcodes(path):
    ops = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"OP\((\w+),\s*[^,]+,\s*(\w+)\)", line)
        if m:
            ops.append((m.group(1), m.group(2)))
    return ops


def qstr_ident(text):
    """The KL_QSTR_ suffix of a name: one deterministic spelling per text, never one that a
    hand-written name uses (those never start with FZ), so vm/gen_qstr.py can alias it to the
    core's entry of the same text instead of numbering it twice."""
    if text == b"":
        return "NULL"
    if re.fullmatch(rb"[A-Za-z0-9_]+", text):
        return "FZ_" + text.decode()
    return "FZx_" + text.hex()


def c_bytes_literal(data, trigraphs=True):
    out = []
    for b in data:
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif c == "?" and trigraphs:
            out.append("\\?")
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def fits(n, bits):
    return -(1 << (bits - 1)) <= n < (1 << (bits - 1))


class Reader:
    def __init__(self, data, path):
        self.data, self.pos, self.path = data, 0, path

    def fail(self, why):
        raise FreezeError("%s: %s" % (self.path, why))

    def byte(self):
        if self.pos >= len(self.data):
            self.fail("truncated .kbc file")
        self.pos += 1
        return self.data[self.pos - 1]

    def bytes(self, n):
        if self.pos + n > len(self.data):
            self.fail("truncated .kbc file")
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def uint(self):
        v, shift = 0, 0
        while True:
            b = self.byte()
            v |= (b & 0x7f) << shift
            shift += 7
            if not b & 0x80:
                return v


def get_varint(data, pos):
    v, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        v |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return v, pos


def uint_size(n):
    s = 1
    while n >= 0x80:
        n >>= 7
        s += 1
    return s


def put_uint(out, n):
    while n >= 0x80:
        out.append(0x80 | (n & 0x7f))
        n >>= 7
    out.append(n)


class Freezer:
    """Turns the .kbc files of one image into C definitions, each module under its own prefix."""

    def __init__(self, opcodes):
        self.ops = opcodes
        self.qstrs = set()  # texts of every name the code uses
        self.lines = []
        self.uses_float = self.uses_bigint = False

    def q(self, text):
        self.qstrs.add(text)
        return "KL_QSTR_" + qstr_ident(text)

    def module(self, data, path, prefix):
        r = Reader(data, path)
        if r.bytes(4) != KBC_MAGIC or r.byte() != KBC_VERSION:
            r.fail("not a version %d .kbc file" % KBC_VERSION)
        if r.byte() != len(self.ops):
            r.fail("written by a build with another opcode table")
        if r.byte() > SMALL_INT_BITS_32:
            r.fail("needs wider small ints than a 32-bit target has (kinglet-cross --int-bits 31)")
        r.byte()  # features: what the constants say is enough
        self.names = [r.bytes(r.uint()) for _ in range(r.uint())]
        self.reader, self.prefix, self.count = r, prefix, 0
        root = self.code()
        if r.pos != len(data):
            r.fail("trailing bytes")
        return root

    def new_name(self, kind):
        self.count += 1
        return "%s_%s%d" % (self.prefix, kind, self.count)

    def name(self):
        return self.names[self.reader.uint()]

    def const(self):
        """The C expression of the next constant, after the definitions it needs."""
        r = self.reader
        tag = chr(r.byte())
        if tag in "NFT":
            return {"N": "kl_const_none", "F": "kl_const_false", "T": "kl_const_true"}[tag]
        if tag == "E":
            return "KL_ROM_PTR(&kl_const_ellipsis_obj)"
        if tag == "i":
            u = r.uint()
            return "KL_ROM_INT(%d)" % ((u >> 1) ^ -(u & 1))
        if tag == "I":
            return self.big_int(int(r.bytes(r.uint()).decode("ascii")))
        if tag in "fc":
            return self.float_obj(tag, [struct.unpack("<d", r.bytes(8))[0]
                                        for _ in range(1 if tag == "f" else 2)])
        if tag == "q":
            return "KL_OBJ_NEW_QSTR(%s)" % self.q(self.name())
        if tag in "sb":
            return self.str_obj(tag, r.bytes(r.uint()))
        if tag == "t":
            items = [self.const() for _ in range(r.uint())]
            if not items:
                return "kl_const_empty_tuple"
            c = self.new_name("tuple")
            self.lines.append("static const struct { kl_obj_base_t base; size_t len; "
                              "kl_obj_t items[%d]; } %s = {{&kl_type_tuple}, %d, {%s}};"
                              % (len(items), c, len(items), ", ".join(items)))
            return "KL_ROM_PTR(&%s)" % c
        if tag == "z":
            r.fail("a frozenset constant (such as `x in {1, 2}`) cannot be frozen into flash: its "
                   "table depends on the target's hashes; use a tuple, or FROZEN_MODE=source")
        if tag == "C":
            return "KL_ROM_PTR(&%s)" % self.code()
        if tag == "y":
            name = self.name().decode()
            if name not in CONST_TYPES:
                r.fail("unknown type constant %s" % name)
            return "KL_ROM_PTR(&%s)" % CONST_TYPES[name]
        r.fail("unknown constant tag %r" % tag)

    def big_int(self, n):
        if fits(n, SMALL_INT_BITS_32):
            return "KL_ROM_INT(%d)" % n
        self.uses_bigint = True
        mag, digits = abs(n), []
        while mag:
            digits.append("0x%08x" % (mag & 0xffffffff))
            mag >>= 32
        c = self.new_name("int")
        box = ("static const struct { kl_obj_base_t base; uint32_t neg; uint32_t len; "
               "kl_mpn_dig_t dig[%d]; } %s = {{&kl_type_int}, %d, %d, {%s}};"
               % (len(digits), c, int(n < 0), len(digits), ", ".join(digits)))
        if fits(n, SMALL_INT_BITS_64):
            # A 64-bit target keeps such an int small, and an int that fits is never boxed.
            self.lines += ["#if FROZEN_WORD64", "#define %s_OBJ KL_ROM_INT(INT64_C(%d))" % (c, n),
                           "#else", box, "#define %s_OBJ KL_ROM_PTR(&%s)" % (c, c), "#endif"]
            return "%s_OBJ" % c
        self.lines.append(box)
        return "KL_ROM_PTR(&%s)" % c

    def float_obj(self, tag, parts):
        self.uses_float = True

        def lit(x):
            if x in (float("inf"), float("-inf")):
                return ("-" if x < 0 else "") + "__builtin_inf()"
            return x.hex()  # exact; a NaN cannot be a constant (1e999 * 0 is not folded)
        c = self.new_name("float")
        if tag == "f":
            self.lines.append("static const kl_obj_float_t %s = {{&kl_type_float}, %s};"
                              % (c, lit(parts[0])))
        else:
            self.lines.append("static const kl_obj_complex_t %s = {{&kl_type_complex}, %s, %s};"
                              % (c, lit(parts[0]), lit(parts[1])))
        return "KL_ROM_PTR(&%s)" % c

    def str_obj(self, tag, data):
        if tag == "s" and not data:
            return "KL_OBJ_NEW_QSTR(KL_QSTR_NULL)"  # as kl_obj_new_str makes ''
        if tag == "s":
            charlen = len(data.decode("utf-8", "surrogatepass"))
        else:
            charlen = len(data)
        c = self.new_name("str" if tag == "s" else "bytes")
        # The hash is set, so nothing ever caches one into flash (kl_obj_str_get_hash).
        self.lines.append("static const kl_obj_str_t %s = {{&kl_type_%s}, 0x%08x, "
                          "KL_OBJ_STR_LENS(%d, %d), %s};"
                          % (c, "str" if tag == "s" else "bytes", fnv1a(data), len(data), charlen,
                             c_bytes_literal(data)))
        return "KL_ROM_PTR(&%s)" % c

    def code(self):
        r = self.reader
        flags = r.uint()
        name, qualname, filename = self.name(), self.name(), self.name()
        first_line = r.uint()
        n_locals, n_stack, n_pos, n_posonly, n_kwonly, n_free, n_cells = \
            [r.uint() for _ in range(7)]
        local_names = [self.q(self.name()) for _ in range(n_locals)]
        cells = [str(r.uint()) for _ in range(n_cells)]
        consts = [self.const() for _ in range(r.uint())]
        wide = bool(flags & CODE_FLAG_WIDE)
        bc = r.bytes(r.uint())
        lines = r.bytes(r.uint())
        exc = [[r.uint() for _ in range(4)] for _ in range(r.uint())]
        bc_items, bc_len, lines, exc, wide = self.relayout(bc, wide, lines, exc)
        flags |= CODE_FLAG_WIDE if wide else 0
        c = self.new_name("code")
        # Every array has at least one element (C has no empty arrays); the counts say how many
        # are real.
        self.lines.append("static const uint8_t %s_bc[] = {%s};" % (c, ", ".join(bc_items)))
        self.lines.append("static const uint8_t %s_lines[] = {%s};"
                          % (c, ", ".join(str(b) for b in lines) or "0"))
        self.lines.append("static const kl_exc_entry_t %s_exc[] = {%s};"
                          % (c, ", ".join("{%d, %d, %d, %d}" % tuple(e) for e in exc)
                             or "{0, 0, 0, 0}"))
        self.lines.append("static const uint16_t %s_names[] = {%s};"
                          % (c, ", ".join(local_names) or "0"))
        self.lines.append("static const uint16_t %s_cells[] = {%s};" % (c, ", ".join(cells) or "0"))
        self.lines.append("static const kl_obj_t %s_consts[] = {%s};"
                          % (c, ", ".join(consts) or "KL_OBJ_NULL"))
        self.lines.append(
            "static const kl_obj_code_t %s = {.base = {&kl_type_code}, .bytecode = %s_bc, "
            ".consts = %s_consts, .lines = %s_lines, .exc_table = %s_exc, .local_names = %s_names, "
            ".cell_locals = %s_cells, .bc_len = %d, .lines_len = %d, .n_consts = %d, .n_exc = %d, "
            ".name = %s, .qualname = %s, .filename = %s, .flags = 0x%x, .first_line = %d, "
            ".n_locals = %d, .n_stack = %d, .n_pos = %d, .n_posonly = %d, .n_kwonly = %d, "
            ".n_cells = %d, .n_free = %d};"
            % (c, c, c, c, c, c, c, bc_len, len(lines), len(consts), len(exc), self.q(name),
               self.q(qualname), self.q(filename), flags, first_line, n_locals, n_stack, n_pos,
               n_posonly, n_kwonly, n_cells, n_free))
        return c

    def relayout(self, bc, wide, lines, exc):
        """The bytecode as C initialiser items, with every qstr argument two bytes long, its
        length, its line and exception tables for the new offsets, and whether its jumps are
        four bytes long."""
        insns, pos = [], 0
        while pos < len(bc):
            op, p = bc[pos], pos + 1
            name, kind = self.ops[op]
            a = b = None
            if kind in (ARG_UINT, ARG_SINT):
                a, p = get_varint(bc, p)
            elif kind == ARG_UINT2:
                a, p = get_varint(bc, p)
                b, p = get_varint(bc, p)
            elif kind == ARG_JUMP:
                w = 4 if wide else 2
                a, p = int.from_bytes(bc[p:p + w], "little"), p + w
            insns.append((pos, op, name, kind, a, b))
            pos = p
        while True:
            off, new_len = {}, 0
            for pos, op, name, kind, a, b in insns:
                off[pos] = new_len
                n = 1
                if kind in (ARG_UINT, ARG_SINT, ARG_UINT2):
                    n += 2 if name in QSTR_OPS else uint_size(a)
                if kind == ARG_UINT2:
                    n += uint_size(b)
                elif kind == ARG_JUMP:
                    n += 4 if wide else 2
                new_len += n
            off[len(bc)] = new_len
            if wide or new_len <= 0xffff:
                break
            wide = True  # the two-byte names made it too long for two-byte jumps
        items = []
        for pos, op, name, kind, a, b in insns:
            items.append("%d" % op)
            if kind == ARG_JUMP:
                t = off[a]
                items += ["%d" % ((t >> s) & 0xff) for s in ((0, 8, 16, 24) if wide else (0, 8))]
                continue
            if kind == ARG_NONE:
                continue
            if name in QSTR_OPS:
                items.append("FROZEN_Q(%s)" % self.q(self.names[a]))
            else:
                arg = []
                put_uint(arg, a)
                items += ["%d" % x for x in arg]
            if kind == ARG_UINT2:
                arg = []
                put_uint(arg, b)
                items += ["%d" % x for x in arg]
        new_lines, p, old_at, new_at = [], 0, 0, 0
        while p < len(lines):
            d, p = get_varint(lines, p)
            u, p = get_varint(lines, p)
            old_at += d
            put_uint(new_lines, off[old_at] - new_at)
            new_at = off[old_at]
            put_uint(new_lines, u)
        exc = [[off[s], off[e], off[h], depth] for s, e, h, depth in exc]
        return items, new_len, new_lines, exc, wide


def freeze_flash(entries, opcodes_path):
    """C definitions of the modules [entries] ((name, is_pkg, kbc path) each), their table
    rows, and the text of the .def file of the names they use."""
    fz = Freezer(read_opcodes(opcodes_path))
    rows = []
    for i, (name, is_pkg, path) in enumerate(entries):
        with open(path, "rb") as f:
            data = f.read()
        root = fz.module(data, path, "frozen_%d" % i)
        rows.append('    {"%s", %d, KL_FROZEN_CODE, (const char *)&%s, 0},' % (name, int(is_pkg),
                                                                                   root))
    head = ["#include \"vm/bc.h\"",
            "#include \"vm/obj_int.h\"",
            "#include \"vm/runtime.h\"",
            "",
            "#define FROZEN_WORD64 (UINTPTR_MAX > 0xffffffffu)",
            "// A qstr argument as a varint padded to two bytes: the layout does not depend on",
            "// the numbers the target gives the names.",
            "#define FROZEN_Q(q) (uint8_t)(0x80 | ((q)&0x7f)), (uint8_t)((q) >> 7)",
            "_Static_assert(KL_QSTR_NUM_STATIC <= 0x4000, \"frozen code gives a name 2 bytes\");"]
    if fz.uses_float:
        head += ["#if !KL_CFG_FLOAT",
                 "#error \"frozen modules have float constants: this build lacks KL_CFG_FLOAT\"",
                 "#endif"]
    if fz.uses_bigint:
        head += ["#if !KL_CFG_BIGINT",
                 "#error \"frozen modules have big int constants: this build lacks KL_CFG_BIGINT\"",
                 "#endif"]
    defs = ["# Generated by vm/gen_frozen.py: the names of the code frozen in flash."]
    for text in sorted(fz.qstrs):
        if text:
            defs.append("Q(%s, %s)" % (qstr_ident(text), c_bytes_literal(text, False)))
    return head + [""] + fz.lines, rows, "\n".join(defs) + "\n"


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    args = sys.argv[1:]
    kbc_root = flash_def = None
    if args[:1] == ["--kbc"] and len(args) >= 2:
        kbc_root = args[1]
        args = args[2:]
    elif args[:1] == ["--flash"] and len(args) >= 3:
        kbc_root, flash_def = args[1], args[2]
        args = args[3:]
    if len(args) < 2:
        sys.exit("usage: gen_frozen.py [--kbc KBC_ROOT | --flash KBC_ROOT QSTRS_DEF] "
                 "OUT_HEADER ROOT FILE...")
    out_path, root, files = args[0], args[1], sorted(args[2:])
    what = "source" if kbc_root is None else "bytecode" if flash_def is None else "code in flash"
    lines = ["// Generated by vm/gen_frozen.py from %s/ (%s): do not edit." % (root, what), ""]
    lines.append("#define FROZEN_BYTECODE (%d)" % int(kbc_root is not None and flash_def is None))
    lines.append("")
    entries, kbc_files = [], []
    for i, path in enumerate(files):
        name, is_pkg = module_name(root, path)
        if kbc_root is not None:
            rel = name.replace(".", os.sep) + (os.sep + "__init__" if is_pkg else "")
            path = os.path.join(kbc_root, rel + ".kbc")
        if flash_def is not None:
            kbc_files.append((name, is_pkg, path))
            continue
        with open(path, "rb") as f:
            data = f.read()
        if kbc_root is not None:
            if not data.startswith(KBC_MAGIC) or len(data) < 8:
                sys.exit("gen_frozen.py: %s: not a .kbc file" % path)
            # The header's small-int width: the table must load on a 32-bit board too.
            if data[6] > 31:
                sys.exit("gen_frozen.py: %s: needs %d-bit small ints (kinglet-cross --int-bits 31)"
                         % (path, data[6]))
        else:
            try:
                compile(data, path, "exec")
            except SyntaxError as e:
                sys.exit("gen_frozen.py: %s: %s" % (path, e))
        lines.append("static const char frozen_data_%d[] =" % i)
        lines.append(c_string(data, kbc_root is not None) + ";")
        entries.append('    {"%s", %d, %s, frozen_data_%d, sizeof(frozen_data_%d) - 1},' %
                       (name, int(is_pkg), "KL_FROZEN_BYTECODE" if kbc_root else "KL_FROZEN_SOURCE",
                        i, i))
    if flash_def is not None:
        try:
            defs, entries, names = freeze_flash(kbc_files, os.path.join(
                os.path.dirname(os.path.abspath(__file__)), "opcodes.def"))
        except (FreezeError, OSError) as e:
            sys.exit("gen_frozen.py: %s" % e)
        lines += defs
        write_if_changed(flash_def, names)
    lines.append("")
    lines.append("#define FROZEN_COUNT (%d)" % len(entries))
    lines.append("static const kl_frozen_module_t frozen_modules[FROZEN_COUNT + 1] = {")
    lines += entries
    lines.append("    {NULL, 0, 0, NULL, 0},")
    lines.append("};")
    write_if_changed(out_path, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
