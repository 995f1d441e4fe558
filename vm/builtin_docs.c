// vm/builtin_docs.c: the docstrings of the builtin types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// C.__doc__ of a builtin class is a short description of how to call it. The text lives in
// this one table rather than in each type, so a small board drops all of it with one switch
// (KL_CFG_BUILTIN_DOCS) and the type structs stay the same size. The wording is kinglet's own.

#include "vm/obj_bytearray.h"
#include "vm/obj_exception.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_set.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"

#if KL_CFG_BUILTIN_DOCS

static const struct {
    const kl_obj_type_t *type;
    const char *doc;
} type_docs[] = {
    {&kl_type_object, "The base class of every class.\n\nobject() makes a featureless instance."},
    {&kl_type_type, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new "
                    "type"},
    {&kl_type_int, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or a "
                   "string to an integer; 0 without an argument."},
    {&kl_type_bool, "bool(x) -> bool\n\nTrue when x is true, False otherwise."},
    {&kl_type_float, "float(x=0, /)\n\nConvert a string or a number to a floating-point number."},
    {&kl_type_complex, "complex(real=0, imag=0)\n\nA complex number from a real part and an "
                       "optional imaginary part, or from a string."},
    {&kl_type_str, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                   "A text string made from the given object."},
    {&kl_type_bytes, "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> "
                     "bytes\nbytes(int) -> bytes of that many zero bytes\nbytes() -> empty "
                     "bytes\n\nAn immutable array of bytes."},
    {&kl_type_bytearray, "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, "
                         "encoding[, errors]) -> bytearray\nbytearray(int) -> bytearray of that "
                         "many zero bytes\n\nA mutable array of bytes."},
    {&kl_type_list, "list(iterable=(), /)\n\nA mutable sequence; empty without an argument."},
    {&kl_type_tuple, "tuple(iterable=(), /)\n\nAn immutable sequence; empty without an "
                     "argument."},
    {&kl_type_dict, "dict() -> empty dict\ndict(mapping) -> dict from a mapping's pairs\n"
                    "dict(iterable) -> dict from (key, value) pairs\ndict(**kwargs) -> dict of "
                    "the keyword arguments"},
#if KL_CFG_SET
    {&kl_type_set, "set() -> empty set\nset(iterable) -> set of the iterable's items\n\nAn "
                   "unordered collection of unique elements."},
    {&kl_type_frozenset, "frozenset() -> empty frozenset\nfrozenset(iterable) -> frozenset of "
                         "the iterable's items\n\nAn immutable set."},
#endif
    {&kl_type_range, "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                     "The integers from start (0) to stop, exclusive, by step (1)."},
#if KL_CFG_SLICE
    {&kl_type_slice, "slice(stop)\nslice(start, stop[, step])\n\nThe indices a[start:stop:step] "
                     "selects."},
#endif
    {&kl_type_memoryview, "memoryview(object)\n\nA view of the bytes of an object, without a "
                          "copy."},
    {&kl_type_property, "property(fget=None, fset=None, fdel=None, doc=None)\n\nA managed "
                        "attribute."},
    {&kl_type_staticmethod, "staticmethod(function) -> method\n\nA function stored in a class "
                            "that receives no implicit first argument."},
    {&kl_type_classmethod, "classmethod(function) -> method\n\nA function stored in a class "
                           "that receives the class as its first argument."},
    {&kl_type_super, "super() -> same as super(__class__, <first argument>)\nsuper(type, obj) -> "
                     "bound super object\n\nMethods of the classes after type in obj's MRO."},
    {&kl_type_BaseException, "The base class of every exception."},
    {&kl_type_Exception,
     "The base class of the exceptions that are not about leaving the program."},
    {&kl_type_BaseExceptionGroup, "Several unrelated exceptions raised together."},
};

const char *kl_builtin_type_doc(const kl_obj_type_t *type) {
    for (size_t i = 0; i < sizeof(type_docs) / sizeof(type_docs[0]); i++) {
        if (type_docs[i].type == type) {
            return type_docs[i].doc;
        }
    }
    return NULL;
}

#endif // KL_CFG_BUILTIN_DOCS
