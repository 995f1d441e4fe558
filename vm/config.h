// vm/config.h: every KL_CFG_* option of the core with its default, nothing else.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A port includes its own port_config.h first (through the KL_PORT_CONFIG_H macro or by having
// it on the include path), which picks a level and overrides single options. Every option is
// always defined, to 0 or 1 (or a number), and tested with `#if`: the build uses -Wundef, so a
// misspelt option is an error instead of a silently disabled feature.

#ifndef KL_INCLUDED_VM_CONFIG_H
#define KL_INCLUDED_VM_CONFIG_H

#include "port_config.h"

// ==== Levels ====
// A level is a bundle of defaults; ports override single options after choosing one.
#define KL_LEVEL_MINIMUM (0)
#define KL_LEVEL_CORE (10)
#define KL_LEVEL_BASIC (20)
#define KL_LEVEL_FULL (30)
#define KL_LEVEL_EVERYTHING (40)

#ifndef KL_CFG_LEVEL
#define KL_CFG_LEVEL KL_LEVEL_FULL
#endif

// ==== Language features ====
#ifndef KL_CFG_FLOAT
#define KL_CFG_FLOAT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Arbitrary-precision ints: vm/mpn.c and the big paths of vm/obj_int.c (about 6.5 KB of Thumb
// code). Without them every int is a small int, -2**30 to 2**30 - 1 on a 32-bit target: a
// result, a literal or an int() that does not fit raises OverflowError instead of wrapping, as
// MicroPython does without long ints. sys.maxsize is then the largest small int, hash() folds
// a hash into one, and sys.get_int_max_str_digits and set_int_max_str_digits are not defined.
#ifndef KL_CFG_BIGINT
#define KL_CFG_BIGINT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Precompiled bytecode files (.kbc, vm/bcfile.c): import and run what kinglet-cross wrote, with
// no parser or compiler work on the target. The loader verifies every file it reads.
#ifndef KL_CFG_BYTECODE_FILES
#define KL_CFG_BYTECODE_FILES (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// Unicode text in str: UTF-8 inside, indexed by code point, with its checks, walks and tables
// (vm/obj_str.c, vm/parse.c, vm/format.c). MicroPython's MINIMUM ROM level has none
// (MICROPY_PY_BUILTINS_STR_UNICODE), and its str is then bytes, so len('\u00e9') is 2 there.
// Without it every str is ASCII, so a character index is a byte index and the UTF-8 code drops
// out, and every way to a str with another character is an error instead of a wrong answer:
// such a character in a str literal or a name, and a \x80-\xff, \u or \U escape above 127 in
// a str literal, are SyntaxErrors (comments may hold any UTF-8, bytes literals any \x escape),
// chr() and '%c' above 127 are ValueErrors, and bytes.decode() (str(b, encoding)) of a byte
// above 127 is a UnicodeError whatever the codec and handler (no handler is looked up, so an
// unknown one is no LookupError), as is input() of such a line and
// any str the core would build from such bytes. str.encode() gives the same bytes as before:
// ASCII is the same in UTF-8, ASCII and Latin-1. A SyntaxError's text is bytes when its line
// holds other characters (a comment). KL_CFG_UNICODE_LETTERS and KL_CFG_NON_IDENT_CHARS then
// have nothing to do.
#ifndef KL_CFG_STR_UNICODE
#define KL_CFG_STR_UNICODE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// \N{NAME} escapes in string literals know the names of the common blocks (about 20 KB of
// tables, vm/unicode_names.c); without them every \N escape is an unknown name.
// The full Unicode character database (about 60 KiB of tables) for str's is*() methods, case
// mappings, identifiers and int() of non-ASCII digits; without it, small range tables cover
// ASCII, Latin, Greek, Cyrillic and common digits and spaces (vm/obj_str.c).
#ifndef KL_CFG_UNICODE_DB
#define KL_CFG_UNICODE_DB (KL_CFG_LEVEL >= KL_LEVEL_FULL)
#endif

// Without the database: which non-ASCII characters are letters and what their case is, from
// range tables for Latin-1, Latin Extended-A, Greek, Cyrillic and the common CJK blocks
// (vm/obj_str.c, about 1.5 KB). Without them a non-ASCII character reached by str's isalpha,
// isalnum, isidentifier, islower, isupper, istitle, lower, upper, swapcase, title, capitalize or
// casefold (or by __slots__ names and the case-insensitive matching of re) raises
// NotImplementedError; ASCII text, isspace, isdigit, isdecimal, isnumeric, isprintable (and so
// repr), int() of non-ASCII digits and identifiers in source code are not affected.
#ifndef KL_CFG_UNICODE_LETTERS
#define KL_CFG_UNICODE_LETTERS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

#ifndef KL_CFG_UNICODE_NAMES
#define KL_CFG_UNICODE_NAMES (KL_CFG_LEVEL >= KL_LEVEL_FULL)
#endif

// Docstrings of the builtin types (int.__doc__), about 2 KB of text (vm/builtin_docs.c).
#ifndef KL_CFG_BUILTIN_DOCS
#define KL_CFG_BUILTIN_DOCS (KL_CFG_LEVEL >= KL_LEVEL_FULL)
#endif

// The match statement: its patterns in the parser, their compilation and the MATCH_* opcodes
// (about 4.5 KB of Thumb code). Without it `match x:` is a SyntaxError; match and case stay
// usable as names.
#ifndef KL_CFG_MATCH
#define KL_CFG_MATCH (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Coroutines: async def, await, async for, async with, async comprehensions and generators,
// the coroutine and async generator objects, aiter() and anext() (about 4 KB of Thumb code).
// Without it the syntax is a SyntaxError and aiter and anext are not defined.
#ifndef KL_CFG_ASYNC
#define KL_CFG_ASYNC (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Exception groups: BaseExceptionGroup, ExceptionGroup, except* and the printing of a group's
// tree (about 4 KB of Thumb code). Without them except* is a SyntaxError and the two names are
// not defined.
#ifndef KL_CFG_EXCEPTION_GROUPS
#define KL_CFG_EXCEPTION_GROUPS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// f-strings: the parsing of their replacement fields, their compilation and the FORMAT_VALUE
// and BUILD_STRING instructions (about 2 KB of Thumb code). Without them an f-string literal is a
// SyntaxError; str.format remains, and format() (KL_CFG_BUILTIN_FORMAT) and % formatting
// (KL_CFG_STR_PERCENT) where built.
#ifndef KL_CFG_FSTRINGS
#define KL_CFG_FSTRINGS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Annotations are evaluated and recorded: __annotations__ of modules, classes and functions,
// and their source text under `from __future__ import annotations` (PEP 563); about 850 bytes of
// Thumb code, and the annotation dicts' heap. Without them annotations are parsed and ignored,
// as MicroPython does: not evaluated, no module or class __annotations__, functions' is {}
// (or missing without KL_CFG_FUNCTION_ATTRS_FULL).
#ifndef KL_CFG_ANNOTATIONS
#define KL_CFG_ANNOTATIONS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer builtin exception classes (vm/runtime.h's KL_EXCEPTIONS_RARE): the OSError
// subclasses (FileNotFoundError, TimeoutError, ConnectionResetError, ...), the warning
// categories, UnicodeTranslateError, FloatingPointError and ReferenceError, with the IOError and
// EnvironmentError aliases of OSError, and BufferError unless memoryview or array is built (they
// raise it); about 3 KB of types, names and builtins entries. Without them those names are not
// defined (NameError) and OSError(errno, strerror) stays an OSError. The narrow classes that
// MicroPython's smallest builds also lack go too (vm/runtime.h, KL_EXCEPTION_NARROW): what
// would raise ModuleNotFoundError, UnboundLocalError, RecursionError, TabError, SystemError,
// UnicodeError, UnicodeDecodeError or UnicodeEncodeError raises its base (ImportError,
// NameError, RuntimeError, IndentationError, RuntimeError, ValueError), which the same handlers
// catch.
#ifndef KL_CFG_EXCEPTIONS_FULL
#define KL_CFG_EXCEPTIONS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Exception notes (PEP 678): BaseException.add_note() and the printing of __notes__ under the
// exception's line in a traceback. Without them add_note is missing (AttributeError) and notes
// stored in __notes__ by hand are not printed.
#ifndef KL_CFG_EXCEPTION_NOTES
#define KL_CFG_EXCEPTION_NOTES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer attributes exception classes read from their arguments: SyntaxError's msg,
// filename, lineno, offset, text, end_lineno and end_offset, and the encoding, object, start,
// end and reason of UnicodeDecodeError and UnicodeEncodeError (about 200 bytes of table, code
// and names). Without them those are missing (AttributeError); the arguments stay in args,
// and a SyntaxError still prints its file and line (and its text and carets with
// KL_CFG_SYNTAX_ERROR_DETAIL). OSError's errno, strerror, filename and filename2 (the last two
// with KL_CFG_OSERROR_FULL), StopIteration's value, SystemExit's code and ImportError's name and
// path stay.
#ifndef KL_CFG_EXCEPTION_ATTRS_FULL
#define KL_CFG_EXCEPTION_ATTRS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// OSError's file names (vm/obj_exception.c), about 280 bytes of Thumb code: OSError(errno,
// strerror, filename[, winerror[, filename2]]) keeps the first two in args and the file names as
// the filename and filename2 attributes, and str() of an OSError of two arguments reads
// "[Errno 2] text", then ": 'file'" and " -> 'file2'" when they are set. MicroPython's OSError
// has no file names, and its MINIMUM ROM level no "[Errno n]" form (MICROPY_PY_ERRNO). Without
// them every argument stays in args and an OSError prints as any exception does
// (str(OSError(2, 'text')) is "(2, 'text')"); filename and filename2 are missing
// (AttributeError), errno and strerror stay.
#ifndef KL_CFG_OSERROR_FULL
#define KL_CFG_OSERROR_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// ImportError's keywords, ImportError(msg, name=..., path=...), the only ones an exception
// constructor takes (about 70 bytes of Thumb code); MicroPython's exceptions take none. Without
// them ImportError and its subclasses take no keywords either (TypeError, as for the other
// classes); their name and path attributes stay, None unless import sets them.
#ifndef KL_CFG_IMPORT_ERROR_KEYWORDS
#define KL_CFG_IMPORT_ERROR_KEYWORDS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Exception chaining (PEP 3134): __cause__, __context__ and __suppress_context__, which raise
// ... from and a raise while an exception is handled set (vm/obj_exception.c); about 300 bytes of
// Thumb code, the work on every such raise, and 12 bytes of heap in every exception (on a 32-bit
// board, one 16-byte block instead of two). MicroPython has none at any level: it accepts
// `raise X from Y` and ignores the cause. Without it so does kinglet (a cause that is not an
// exception is still a TypeError), the three attributes are missing (AttributeError) unless a
// program stores them itself, as plain attributes, and tracebacks print the last exception only.
#ifndef KL_CFG_EXCEPTION_CHAIN
#define KL_CFG_EXCEPTION_CHAIN (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A traceback prints an exception's cause or context before it, with "The above exception was
// the direct cause ..." or "During handling of the above exception ..." between them (about 450
// bytes of Thumb code and 130 bytes of C stack). Without it only the last exception is printed;
// __cause__, __context__ and raise ... from stay where KL_CFG_EXCEPTION_CHAIN keeps them.
#ifndef KL_CFG_TRACEBACK_CHAIN
#define KL_CFG_TRACEBACK_CHAIN (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Traceback and frame objects (vm/obj_traceback.c): an exception's __traceback__, with tb_next,
// tb_frame, tb_lineno and the frames' f_lineno, BaseException.with_traceback, and the traceback
// that a with statement's __exit__(type, value, tb) receives, built on the heap for every
// exception that passes through one; about 700 bytes of Thumb code. MicroPython has none of
// them. Without them __traceback__ and with_traceback are missing (AttributeError) and __exit__
// gets None as its tb, as in MicroPython; a traceback still prints every frame. sys (exc_info,
// excepthook, _getframe), types (TracebackType) and the generator attributes (gi_frame) hand
// them out, so they are on wherever one of those is built.
#ifndef KL_CFG_TRACEBACK_OBJECTS
#define KL_CFG_TRACEBACK_OBJECTS                                                                   \
    (KL_CFG_LEVEL >= KL_LEVEL_CORE || KL_CFG_MODULE_SYS || KL_CFG_MODULE_TYPES ||                  \
     KL_CFG_GENERATOR_ATTRS)
#endif

// Generic aliases and union types: list[int] and friends (types.GenericAlias, vm/obj_type.c)
// and int | str (types.UnionType, vm/obj_union.c), which evaluated annotations need, and
// isinstance() with a union; about 1.5 KB of Thumb code. Without them list[int] and int | str
// are TypeErrors; a class's own __class_getitem__ still works where KL_CFG_SPECIAL_METHODS_FULL
// is built.
#ifndef KL_CFG_GENERIC_ALIAS
#define KL_CFG_GENERIC_ALIAS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// mappingproxy (vm/obj_mappingproxy.c), the read-only view that a class's __dict__ and a dict
// view's .mapping give, about 800 bytes. Without it those attributes are missing
// (AttributeError) and vars() of a class is a TypeError.
#ifndef KL_CFG_MAPPINGPROXY
#define KL_CFG_MAPPINGPROXY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Docstrings: the compiler keeps a function's, class's or module's leading string literal as
// its __doc__. Without them, as MicroPython's minimal port keeps none, the literal is compiled
// as any other constant statement (to nothing) and reading __doc__ of a function, builtin,
// class, instance or module is an AttributeError rather than a silent None (about 230 bytes).
#ifndef KL_CFG_DOCSTRINGS
#define KL_CFG_DOCSTRINGS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// __slots__: classes whose instances keep the listed attributes in slots read through member
// descriptors (vm/obj_member.c), with no __dict__, and the __weakref__ attribute (always None)
// of instances that __slots__ would take it from; about 1.5 KB of Thumb code. Without it a
// class body that sets __slots__ is a NotImplementedError, and instances have no __weakref__
// (AttributeError), as MicroPython, which has no weak references, has none.
#ifndef KL_CFG_SLOTS
#define KL_CFG_SLOTS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A class's own __getattribute__ (vm/obj_type.c), which sees every attribute read of its
// instances, and object.__getattribute__; about 150 bytes, and without it a read of an
// instance's attribute looks along the MRO once less. MicroPython has none either. Without it a
// class that defines __getattribute__, or is given one later, is a NotImplementedError and
// object.__getattribute__ is missing (AttributeError); __getattr__, which runs when the usual
// lookup fails, stays.
#ifndef KL_CFG_GETATTRIBUTE
#define KL_CFG_GETATTRIBUTE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// property() (vm/obj_type.c): the builtin, its getter, setter and deleter, its __get__,
// __set__, __delete__ and __set_name__, and its fget, fset, fdel and __doc__; about 700 bytes.
// MicroPython's smallest configuration has no property either. Without it `property` is not
// defined (NameError) and those attributes are missing (AttributeError); the read-only
// properties of builtin types that are built (sys.stdout.buffer where sys is) stay, and a getter
// method does what a property would.
#ifndef KL_CFG_PROPERTY
#define KL_CFG_PROPERTY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The property type itself (vm/obj_type.c): for property(), and for the read-only properties
// that builtin types and modules make in C (sys's streams, io, struct, time, functools, and the
// builtin docs name it), so on wherever one of those is built; a port's own module that makes
// properties needs it too (without it, a link error). At MINIMUM none is built: the type and the
// property cases of attribute lookup go, about 170 bytes of Thumb code, and nothing could tell.
#ifndef KL_CFG_PROPERTY_TYPE
#define KL_CFG_PROPERTY_TYPE                                                                       \
    (KL_CFG_PROPERTY || KL_CFG_MODULE_SYS || KL_CFG_MODULE_IO || KL_CFG_MODULE_STRUCT ||           \
     KL_CFG_MODULE_TIME || KL_CFG_MODULE_FUNCTOOLS || KL_CFG_BUILTIN_DOCS)
#endif

// The dunder methods of builtin types that stand for their arithmetic, unary, len, in,
// iteration, call and conversion slots (vm/obj_type.c): int.__add__, (1).__neg__, list.__len__,
// int.__index__..., about 2.2 KB with their names. Without them those attributes are missing
// (AttributeError) and dir() of a builtin lists none of them; a generator has no __iter__ or
// __next__ method either (next() and for loops use its slots). The ordering comparisons go too,
// from the builtin types and from object (__lt__, __le__, __gt__, __ge__: MicroPython's object
// has none either). The operators themselves stay, and so do the dunders object also has
// (__eq__, __ne__, __hash__, __repr__, __str__, __init__: object's would answer for them,
// wrongly) and the subscript ones (__getitem__, __setitem__, __delitem__), which subclasses of
// dict and list call through super(), unless KL_CFG_OBJECT_DUNDERS is off too.
#ifndef KL_CFG_SLOT_WRAPPERS
#define KL_CFG_SLOT_WRAPPERS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The dunders of object other than __init__, __new__ and __dir__ (vm/obj_type.c: __eq__, __ne__,
// __hash__, __repr__, __str__), which MicroPython's MINIMUM object lacks too, and, where
// KL_CFG_SLOT_WRAPPERS is off, the builtin types' wrappers that stand in for them and for
// __init__, __getitem__, __setitem__ and __delitem__ (dict has its own); about 880 bytes.
// Without them those attributes are missing (AttributeError: `object.__repr__(x)`,
// `super().__eq__(y)`, `list.__getitem__`) and dir() lists none of them; `list.__init__` is
// object's, which raises NotImplementedError for a list (a subclass's `super().__init__(x)`)
// rather than leave it unfilled, while `super().__init__()` in any other class still works. repr(),
// str(), hash(), ==, != and the subscripts of every type are unchanged.
#ifndef KL_CFG_OBJECT_DUNDERS
#define KL_CFG_OBJECT_DUNDERS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Metaclasses other than type (vm/obj_type.c, __build_class__ in vm/runtime.c): metaclass=M,
// subclasses of type, __prepare__, a metaclass's __call__, __new__, __init__, operators, repr
// and attribute hooks, and the type.__init__ and type.__call__ they call through super(); about
// 1.1 KB. Without them a metaclass= other than type, and a class deriving from type, are a
// NotImplementedError, and type.__call__ is missing (AttributeError); type(name, bases, dict)
// stays, and type.__new__, which only a metaclass's __new__ needs, goes (type.__new__ is then
// object's, a TypeError when called with a class's name, bases and namespace).
#ifndef KL_CFG_METACLASS
#define KL_CFG_METACLASS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The class-creation hooks __init_subclass__ and __set_name__ (vm/obj_type.c), about 170 bytes.
// Without them a class whose namespace defines either, or that is given either later, is a
// NotImplementedError (no hook goes silently uncalled), object.__init_subclass__ is missing
// (AttributeError), and class keywords are a TypeError, as object.__init_subclass__ makes them.
#ifndef KL_CFG_CLASS_HOOKS
#define KL_CFG_CLASS_HOOKS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The reflected and in-place operator dunders of classes (vm/obj_type.c): __radd__, __rsub__ ...
// __rxor__ and __iadd__ ... __ixor__, with list.__iadd__, list.__imul__ and dict.__ior__, which
// only calls by name reach, the __divmod__ and __rdivmod__ that divmod() calls, the __round__
// of round(), the __trunc__ that int() falls back on and the __class_getitem__ of a subscripted
// class (about 220 bytes more); about 560 bytes with their names. MicroPython leaves them out below
// its EXTRA features level (MICROPY_PY_REVERSE_SPECIAL_METHODS, MICROPY_PY_ALL_SPECIAL_METHODS).
// Without them a class that defines one, or is given one later, is a NotImplementedError (no
// dunder goes silently uncalled: an ignored __iadd__ would make `a += b` rebind a to what __add__
// gives, and an ignored __radd__ of a subclass would let its base's __add__ answer);
// list.__iadd__, list.__imul__ and dict.__ior__ are missing (AttributeError). `a += b` runs
// __add__, as for a class without __iadd__, and the reflected and in-place operators of the
// builtin values that subclasses of int, str, list... carry stay.
#ifndef KL_CFG_SPECIAL_METHODS_FULL
#define KL_CFG_SPECIAL_METHODS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The descriptor protocol of classes (vm/obj_type.c): a class attribute whose class defines
// __get__, __set__ or __delete__ runs it when read, set or deleted through an instance (or the
// class), and the __get__ methods of functions, builtin methods, staticmethod and classmethod;
// about 400 bytes. MicroPython's smallest configurations leave it out (MICROPY_PY_DESCRIPTORS).
// Without it a class that defines one of the three, or is given one later, is a
// NotImplementedError (none goes silently uncalled), those __get__ methods are missing
// (AttributeError), and staticmethod, classmethod and property cannot be subclassed
// (TypeError): their subclasses work through __get__. Methods, staticmethod and classmethod,
// and property where it is built, bind as before: they are known by their types.
#ifndef KL_CFG_DESCRIPTORS
#define KL_CFG_DESCRIPTORS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A class's own __setattr__ and __delattr__ (vm/obj_type.c), which see every store and delete
// of its instances' attributes (a metaclass's, of its classes'), and object.__setattr__ and
// object.__delattr__ that they call; about 250 bytes. MicroPython's smallest configurations
// have neither (MICROPY_PY_DELATTR_SETATTR). Without them a class that defines either, or is
// given either later, is a NotImplementedError (no hook goes silently uncalled) and object's
// two are missing (AttributeError); setattr() and delattr() stay.
#ifndef KL_CFG_SETATTR_HOOKS
#define KL_CFG_SETATTR_HOOKS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// __mro_entries__ (PEP 560, __build_class__ in vm/runtime.c): a base of a class statement that is
// not a class but has the method is replaced by what it returns, and __orig_bases__ keeps the
// bases as written; about 260 bytes. Without it such a base is a TypeError, as any base that is
// not a class is.
#ifndef KL_CFG_MRO_ENTRIES
#define KL_CFG_MRO_ENTRIES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// What the abc, typing and copy modules ask of classes and descriptors (vm/obj_type.c):
// type.__subclasses__ (and the list of subclasses each class keeps for it, a heap block per
// class that has some), type.__instancecheck__ and type.__subclasscheck__ called by name,
// object.__subclasshook__, object.__reduce_ex__, BaseException.__reduce__ (which MicroPython's
// exceptions lack too), __isabstractmethod__ of property, staticmethod and classmethod, and
// type.mro(), a class's __mro__, __bases__, __base__ and __qualname__ and a builtin type's
// __module__, which MicroPython's smallest builds lack too, and isinstance() and issubclass()
// calling the __instancecheck__ or __subclasscheck__ of an object that is not a class (typing's
// aliases), which MicroPython has at no level; about 1 KB with their names. Without it those
// attributes are missing (AttributeError) and such an object as the second argument of
// isinstance() or issubclass() is a TypeError, as any other that is not a class; isinstance()
// and issubclass() of classes and tuples of them, a class's __name__ and the __module__ its body
// sets stay.
#ifndef KL_CFG_ABC_PROTOCOL
#define KL_CFG_ABC_PROTOCOL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Classes with more than one base (vm/obj_type.c): C3 linearisation of the MRO and the checks
// between bases (duplicates, instance layout conflicts), about 400 bytes of Thumb code.
// MicroPython's MINIMUM ROM level leaves
// them out too (MICROPY_MULTIPLE_INHERITANCE). Without them a class statement or type() with
// two or more bases is a NotImplementedError; one base, and a chain of them, work as before.
#ifndef KL_CFG_MULTIPLE_INHERITANCE
#define KL_CFG_MULTIPLE_INHERITANCE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Assigning obj.__class__ (vm/obj_type.c): allowed between classes whose instances share a
// layout, as CPython decides it; about 280 bytes. Without it the assignment is a
// NotImplementedError.
#ifndef KL_CFG_CLASS_ASSIGN
#define KL_CFG_CLASS_ASSIGN (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The __dict__ attribute of instances of classes (vm/obj_type.c): reading it, assigning a new
// dict to it, and dir() listing it; about 50 bytes. MicroPython's instances have none below its
// CORE level (MICROPY_CPYTHON_COMPAT). Without it reading, setting or deleting obj.__dict__ is
// an AttributeError; the attributes themselves, getattr(), setattr(), hasattr() and dir() stay.
#ifndef KL_CFG_INSTANCE_DICT
#define KL_CFG_INSTANCE_DICT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer builtins: compile(), vars() and ascii(), with the %a and !a conversions of % and
// str.format that ascii() makes (about 750 bytes of Thumb code), and the name NotImplemented,
// which MicroPython has only from its EXTRA_FEATURES level. Without them those names are not
// defined (NameError) and '%a' and '{!a}' are ValueErrors (an unknown conversion); exec() and
// eval() of a string, locals(), __dict__, repr() and the %r and !r conversions remain; a class
// whose operator dunder should return NotImplemented gets the NameError when it does.
// The format() builtin and the __format__ methods of object, int and str, which MicroPython has
// at no level, and str.format calling a class's own __format__, which MicroPython never calls:
// without them format is not defined (NameError) and int.__format__ and the others are
// AttributeErrors, and str.format of an instance of a class with __format__ is a
// NotImplementedError rather than a method left uncalled; str.format of everything else stays.
#ifndef KL_CFG_BUILTIN_FORMAT
#define KL_CFG_BUILTIN_FORMAT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

#ifndef KL_CFG_BUILTINS_FULL
#define KL_CFG_BUILTINS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The builtins enumerate, filter, reversed, min and max (vm/mod_builtins.c), with the
// __reversed__ methods of list, dict, the dict views and range that only reversed() needs and
// their reverse iterators (about 1.9 KB of Thumb code). MicroPython's smallest configuration
// leaves them out too. Without them those names are not defined (NameError) and __reversed__ is
// missing (AttributeError); zip, map, sorted, sum, any and all stay, and so do a negative step
// of range or of a slice, list.reverse and sorted(reverse=True).
#ifndef KL_CFG_BUILTINS_ITER
#define KL_CFG_BUILTINS_ITER (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Assigning and deleting attributes of the builtins module (vm/mod_builtins.c): `builtins.x = v`
// keeps v in a heap dict of overrides that every builtin lookup consults first; about 110 bytes
// of Thumb code. MicroPython leaves it out unless a port asks for it
// (MICROPY_CAN_OVERRIDE_BUILTINS). Without it the builtins module is read-only: assigning or
// deleting one of its attributes is an AttributeError, and a global of the same name still
// shadows a builtin as before.
#ifndef KL_CFG_BUILTINS_OVERRIDE
#define KL_CFG_BUILTINS_OVERRIDE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// exit and quit as CPython's site module makes them (vm/mod_builtins.c): objects whose repr says
// "Use exit() or Ctrl-D (i.e. EOF) to exit" and that take their code by name too (about 150
// bytes of Thumb code). MicroPython's minimal port has neither name. Without it both are plain
// builtin functions of one optional positional argument: calling one raises SystemExit as before,
// exit(code=1) is a TypeError, and the repr is that of any builtin function.
#ifndef KL_CFG_QUITTER
#define KL_CFG_QUITTER (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The full pow(): its arguments by name (base=, exp=, mod=) and a three-argument pow that calls
// a class's __pow__(exp, mod) and takes int subclasses, with CPython's rules for which operand
// decides (about 350 bytes of Thumb code). Without it pow takes two or three arguments by
// position (two without KL_CFG_BUILTINS_ARGS_FULL), and a modulus only with three plain ints (or
// bools); anything else is a TypeError. pow(base, exp) is base ** exp either way.
#ifndef KL_CFG_POW_FULL
#define KL_CFG_POW_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer optional arguments of pow(), round() and zip() (vm/mod_builtins.c), which MicroPython
// leaves out below its EXTRA features level (MICROPY_PY_BUILTINS_POW3,
// MICROPY_PY_BUILTINS_ROUND_INT) or has not at all (zip's strict): pow's modulus, with the
// modular power and inverse of vm/obj_int.c (which int.__pow__ keeps where KL_CFG_SLOT_WRAPPERS
// builds it), the ndigits of round() of an int, zip(strict=True), iter(callable, sentinel) and
// sum()'s start= keyword, which MicroPython has at no level either, and round()'s number= and
// ndigits= keywords, which MicroPython's round() never takes; about 800 bytes of Thumb code.
// Without them pow() takes two arguments (a third is a TypeError), round() of an int with an
// ndigits other than None is a NotImplementedError, as in MicroPython, zip(), sum() and round()
// take no keywords (sum's start by position stays) and iter() one argument (TypeError); round() of
// a float (where KL_CFG_FLOAT builds floats) and a class's __round__ keep their ndigits. next()'s
// default stays: leaving it out saves 16 bytes.
#ifndef KL_CFG_BUILTINS_ARGS_FULL
#define KL_CFG_BUILTINS_ARGS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The full exec() and eval(): a globals dict and a locals mapping as arguments (by position or
// name), and code objects as the source (about 300 bytes of Thumb code). Without them each
// takes its source string only, and runs it in the caller's globals and locals; any other
// argument is a TypeError. compile() and __code__, the ways to a code object, are out at the
// levels that leave this out.
#ifndef KL_CFG_EXEC_FULL
#define KL_CFG_EXEC_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The attributes of functions and the other callables (vm/obj_fun.c, vm/obj_type.c,
// vm/obj_gen.c), about 450 bytes of Thumb code: a function's and a generator's __name__,
// __qualname__ and __module__, a bound method's __self__ and __func__ (and the attributes of its
// function, which it passes on), a builtin function's __name__, __qualname__, __self__ and
// __module__, a method descriptor's __name__, __qualname__ and __objclass__, and a static or
// class method's __func__, __wrapped__, __name__ and __qualname__. MicroPython's MINIMUM ROM level
// has none of them (MICROPY_PY_FUNCTION_ATTRS). Without them reading any of these is an
// AttributeError (__class__ stays), while calls, binding and reprs are unchanged.
// KL_CFG_FUNCTION_ATTRS_FULL, KL_CFG_FUNCTION_DICT, KL_CFG_GENERATOR_ATTRS and functools need it.
#ifndef KL_CFG_FUNCTION_ATTRS
#define KL_CFG_FUNCTION_ATTRS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A function's attributes beyond __name__, __qualname__, __doc__, __module__ and __dict__:
// __defaults__, __kwdefaults__, __annotations__, __code__, __globals__ and __closure__, the
// code object's co_* attributes, and a frame's f_code with its co_name and co_filename (about
// 600 bytes of Thumb code). Without them those are missing (AttributeError), and so is setting
// any other dunder attribute on a function; attributes a program sets by other names, and a
// traceback's tb_lineno, tb_next and tb_frame with its f_lineno (where
// KL_CFG_TRACEBACK_OBJECTS builds them), stay.
#ifndef KL_CFG_FUNCTION_ATTRS_FULL
#define KL_CFG_FUNCTION_ATTRS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Attributes a program sets on a function (vm/obj_fun.c): f.x = 1, f.__dict__, and new values
// for __name__, __qualname__, __doc__ and __module__ (about 200 bytes of Thumb code).
// MicroPython's functions take no attributes at any level. Without them setting or deleting any
// attribute of a function, and reading its __dict__, is an AttributeError; __name__,
// __qualname__, __doc__ and __module__ can still be read where KL_CFG_FUNCTION_ATTRS (and
// KL_CFG_DOCSTRINGS) builds them.
#ifndef KL_CFG_FUNCTION_DICT
#define KL_CFG_FUNCTION_DICT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer methods and attributes of int and bool (vm/obj_int.c): as_integer_ratio, bit_count
// and conjugate, and numerator, denominator, real and imag (about 240 bytes of Thumb code).
// MicroPython's ints have none of them. Without them those are missing (AttributeError), and
// dir() of an int does not list them; bit_length, to_bytes and from_bytes stay.
#ifndef KL_CFG_INT_METHODS_FULL
#define KL_CFG_INT_METHODS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// str % args, printf-style formatting of str (vm/format.c, about 1 KB of Thumb code).
// MicroPython's MINIMUM ROM level leaves it out too (MICROPY_PY_BUILTINS_STR_OP_MODULO). Without
// it str has no % operator: '%d' % 3 is a TypeError (unsupported operand types), as for any type
// without %; str.format stays, and format() and f-strings where built.
#ifndef KL_CFG_STR_PERCENT
#define KL_CFG_STR_PERCENT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// bytes % args, printf-style formatting of bytes (PEP 461; about 550 bytes of Thumb code).
// Without it bytes and bytearray have no % operator (TypeError: unsupported operand types);
// str % args stays where KL_CFG_STR_PERCENT builds it. Either shares the code of the other.
#ifndef KL_CFG_BYTES_FORMAT
#define KL_CFG_BYTES_FORMAT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The introspection attributes of generators: gi_running, gi_suspended, gi_code, gi_frame and
// gi_yieldfrom (and the cr_* ones of coroutines), about 240 bytes of Thumb code. Without them
// those are missing (AttributeError); send, throw and close stay, and __name__ and __qualname__
// (KL_CFG_FUNCTION_ATTRS).
#ifndef KL_CFG_GENERATOR_ATTRS
#define KL_CFG_GENERATOR_ATTRS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer parts of the format-spec mini-language of format(), str.format and __format__:
// digit grouping (',' and '_'), the 'z' option and the 'c' and 'n' types of ints (about 700
// bytes of Thumb code). Without them such a spec is a ValueError; fill, alignment, sign, '#',
// '0', width, precision and the other types stay.
#ifndef KL_CFG_FORMAT_SPEC_FULL
#define KL_CFG_FORMAT_SPEC_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer ways of naming what str.format and % insert (about 400 bytes of Thumb code):
// attribute and index fields ("{0.real}", "{0[1]}"), replacement fields nested in a spec
// ("{:{}}"), and % formatting from a mapping ("%(name)s" % d). Without them the first two are
// ValueErrors, and % takes a mapping as its one argument, so "%(name)s" is a TypeError ("format
// requires a mapping") and "%s" % {} formats the dict; "{0}" and "{name}" fields and the '*'
// widths of % stay.
#ifndef KL_CFG_FORMAT_FIELDS_FULL
#define KL_CFG_FORMAT_FIELDS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Error message text: the smallest builds replace every message with the empty string.
#ifndef KL_CFG_ERROR_TEXT
#define KL_CFG_ERROR_TEXT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The bytearray type (vm/obj_bytearray.c and its method table in vm/obj_str.c), about 4 KB of
// Thumb code; without it the name bytearray is not defined (bytes stays).
#ifndef KL_CFG_BYTEARRAY
#define KL_CFG_BYTEARRAY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The memoryview type (vm/obj_memoryview.c), about 2.6 KB; without it the name memoryview is not
// defined.
#ifndef KL_CFG_MEMORYVIEW
#define KL_CFG_MEMORYVIEW (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer methods of str and bytes (vm/obj_str.c, vm/format.c), about 5 KB: center, ljust,
// rjust, zfill, expandtabs, title, capitalize, swapcase, casefold, translate, maketrans,
// splitlines, partition, rpartition, removeprefix, removesuffix, istitle, isprintable,
// isidentifier, isnumeric, isdecimal, isalnum, isascii, format_map, bytes.hex and
// bytes.fromhex, and count (of str, bytes and bytearray), which MicroPython's MINIMUM ROM level
// leaves out too (MICROPY_PY_BUILTINS_STR_COUNT). Without them those attributes are missing
// (AttributeError); the common methods stay.
#ifndef KL_CFG_STR_METHODS_FULL
#define KL_CFG_STR_METHODS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// list.sort and sorted() as CPython sorts a list of under 64 items, by one run extended by
// binary insertion, and merges of the shorter run from either end (vm/obj_list.c), about 500
// bytes. Without them binary insertion does it, with the same results and O(n log n)
// comparisons still, but O(n * n) moves; only the comparisons it makes differ, which shows with
// inconsistent orders or an __lt__ with side effects.
#ifndef KL_CFG_LIST_SORT_FULL
#define KL_CFG_LIST_SORT_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Slicing a range (range(10)[2:5] is range(2, 5)), range.count and range.index, and the start,
// stop and step attributes, which MicroPython's MINIMUM ROM level leaves out too
// (MICROPY_PY_BUILTINS_RANGE_ATTRS); vm/obj_range.c, about 580 bytes. Without them slicing a
// range is a TypeError (where slices are built at all, KL_CFG_SLICE) and count, index, start,
// stop and step are missing (AttributeError); indexing, len, `in`, reversed (where
// KL_CFG_BUILTINS_ITER builds it), repr and == (KL_CFG_RANGE_EQUALITY) stay.
#ifndef KL_CFG_RANGE_FULL
#define KL_CFG_RANGE_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// hash() of a tuple as CPython computes it, an xxHash round per item (vm/obj_tuple.c). Without it
// the item hashes are mixed by a multiply and an xor each, as MicroPython's tuples do in their
// own way: equal tuples still hash equal, and only the values of hash() tell (which without big
// ints, KL_CFG_BIGINT, are not CPython's anyway) and, where sets are built, the order of a set of
// tuples; about 40 bytes.
#ifndef KL_CFG_TUPLE_HASH_FULL
#define KL_CFG_TUPLE_HASH_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// list(x), tuple(x), list.extend(x) and [*x] ask an iterable other than a list or a tuple for
// its length first, as CPython does (vm/obj_list.c), about 80 bytes: a class's __len__ runs, and
// what it raises but TypeError propagates. MicroPython asks for none; without it neither does
// this, so such a __len__ is not called and the items are what they would be: only its side
// effects and its errors tell.
#ifndef KL_CFG_LENGTH_HINT
#define KL_CFG_LENGTH_HINT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// t + (), () + t and t * 1 give the tuple t itself when it is exactly a tuple, as in CPython
// (vm/obj_tuple.c), about 60 bytes. Without it they give an equal new tuple, as MicroPython's
// do, which only `is` (and the memory used) could tell.
#ifndef KL_CFG_TUPLE_IDENTITY
#define KL_CFG_TUPLE_IDENTITY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Reading a method or dunder of a builtin type (list.append, int.__hash__) gives the same method
// descriptor each time, as in CPython (vm/obj_type.c), which keeps each in a table: about 70
// bytes, and a heap block for each one read. Without it each read makes a new one, as
// MicroPython's checked methods are, so `list.append is list.append` is False; == and calls
// are the same.
#ifndef KL_CFG_DESCRIPTOR_IDENTITY
#define KL_CFG_DESCRIPTOR_IDENTITY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Wide jumps (vm/compile.c): a function, class body or module whose bytecode outgrows 64 KiB is
// emitted again with 4-byte jump offsets instead of 2-byte ones, about 100 bytes of Thumb code.
// Without it such code is a SyntaxError ("code object too large"), as it is past 4 GiB with it:
// it could never fit in the heap of a board this small (MicroPython's bytecode has no such
// limit, but a 4 KiB heap is the real one). The VM still runs wide code (a frozen module
// compiled on the host, a .kbc file), and kinglet-cross keeps it where bytecode files are built.
#ifndef KL_CFG_WIDE_JUMPS
#define KL_CFG_WIDE_JUMPS (KL_CFG_LEVEL >= KL_LEVEL_CORE || KL_CFG_BYTECODE_FILES)
#endif

// The repr of a container that contains itself, [[...]] or {1: {...}} as in CPython, through a
// guard around every container's repr (vm/obj_list.c), about 150 bytes; MicroPython has none.
// Without it such a repr recurses until the C stack runs low and raises RecursionError (a
// RuntimeError where RecursionError is not built), as in MicroPython; the repr of any other
// container is the same.
#ifndef KL_CFG_REPR_CYCLES
#define KL_CFG_REPR_CYCLES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// == and != between two ranges by the items they produce, and hash() of a range to match
// (vm/obj_range.c), about 140 bytes; MicroPython compares ranges by identity below its
// EXTRA_FEATURES level (MICROPY_PY_BUILTINS_RANGE_BINOP). Without it == or != of two ranges
// raises NotImplementedError (rather than comparing by identity) and a range is unhashable
// (TypeError, so not a dict key); a range compared with anything else is unequal, as before.
#ifndef KL_CFG_RANGE_EQUALITY
#define KL_CFG_RANGE_EQUALITY (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Slices: the slice type (vm/obj_slice.c), the slicing syntax in the parser and compiler, the
// BUILD_SLICE instruction, and the slice paths of str, bytes, list, tuple and range, about 1.8 KB
// of Thumb code. Without them the name slice is not defined (NameError), and a[1:2], a[::2],
// a[1:2] = x and del a[:1] are SyntaxErrors, as a float literal is without floats; indexing with
// an int stays, and so do list.index and tuple.index with their start and stop (a BUILD_SLICE in
// a loaded .kbc file is a NotImplementedError). MicroPython's minimal port also builds without
// slices (MICROPY_PY_BUILTINS_SLICE is a CORE feature there). The switch below that refines
// slices, bytearray, memoryview, array and match need this one.
#ifndef KL_CFG_SLICE
#define KL_CFG_SLICE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// slice.indices(length) (vm/obj_slice.c), which resolves a slice with ints of any size, about
// 400 bytes. Without it the method is missing (AttributeError); slicing sequences stays.
#ifndef KL_CFG_SLICE_INDICES
#define KL_CFG_SLICE_INDICES (KL_CFG_SLICE && KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The set and frozenset types (vm/obj_set.c), about 3.8 KB of Thumb code, with set displays and
// set comprehensions in the parser and compiler and the BUILD_SET, SET_ADD and SET_UPDATE
// instructions. Without them the names set and frozenset are not defined (NameError), a set
// display such as {1, 2} or a set comprehension such as {x for x in y} is a SyntaxError, as a
// float literal is without floats, and no value is a set: dict displays, {} and dict
// comprehensions stay, and dir() sorts its names without one. MicroPython's minimal port also
// builds without sets. The switches below that refine sets need this one.
#ifndef KL_CFG_SET
#define KL_CFG_SET (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The rarer set and frozenset methods (vm/obj_set.c), about 1 KB: symmetric_difference and the
// ^ and ^= operators, symmetric_difference_update, isdisjoint, issubset, issuperset,
// intersection_update, difference_update, and __ior__, __iand__, __isub__ and __ixor__ called by
// name. Without them those attributes are missing (AttributeError) and ^ of two sets is a
// TypeError; union, intersection, difference, | & - and their in-place forms, and the comparisons
// (<=, <, ...) stay.
#ifndef KL_CFG_SET_METHODS_FULL
#define KL_CFG_SET_METHODS_FULL (KL_CFG_SET && KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// dict.fromkeys(), the classmethod that makes a dict of an iterable's keys (vm/obj_dict.c), about
// 100 bytes with its name. MicroPython's MINIMUM ROM level leaves it out too
// (MICROPY_PY_BUILTINS_DICT_FROMKEYS). Without it the method is missing (AttributeError); a dict
// comprehension, {k: v for k in keys}, does the same.
#ifndef KL_CFG_DICT_FROMKEYS
#define KL_CFG_DICT_FROMKEYS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The union operators of dicts (PEP 584), d | other and d |= other (vm/obj_dict.c), about 50
// bytes; MicroPython has them at no level. Without them both are TypeErrors (unsupported operand
// types), while d.update(other) and {**a, **b} (where KL_CFG_DISPLAY_UNPACK builds it) stay.
#ifndef KL_CFG_DICT_UNION
#define KL_CFG_DICT_UNION (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The set operators of dict keys and items views, & | - ^, and their isdisjoint() (vm/obj_dict.c),
// about 1 KB. Without them those operators are TypeErrors (unsupported operand types) and
// isdisjoint is missing (AttributeError); membership stays (the comparisons: below).
#ifndef KL_CFG_DICT_VIEW_SETOPS
#define KL_CFG_DICT_VIEW_SETOPS (KL_CFG_SET_METHODS_FULL && KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The comparisons of dict keys and items views (==, !=, <, <=, >, >=) as the subset tests of
// set-like objects (vm/obj_dict.c), about 200 bytes; MicroPython's views have none. Without them
// each of those operators with a keys or items view on either side raises NotImplementedError
// (rather than comparing by identity); values views compare by identity as before, and
// membership, len() and iteration stay.
#ifndef KL_CFG_DICT_VIEW_COMPARE
#define KL_CFG_DICT_VIEW_COMPARE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Three dict view types (dict_keys, dict_values, dict_items) and three iterator types for them
// (vm/obj_dict.c). Without it, as in MicroPython, the views are one type, dict_view, and their
// iterators one type, dict_iterator, each reading its kind from the object: a view still prints
// as dict_keys([...]), dict_values([...]) or dict_items([...]), but type() names the shared type,
// and a values view is unhashable (TypeError) like the others.
#ifndef KL_CFG_DICT_VIEW_TYPES
#define KL_CFG_DICT_VIEW_TYPES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Two iterator types for lists and tuples, list_iterator and tuple_iterator (vm/obj_tuple.c), and
// two for str and bytes (vm/obj_str.c). Without it, as in MicroPython, each pair is one type named
// iterator, which only type() tells.
#ifndef KL_CFG_SEQ_ITER_TYPES
#define KL_CFG_SEQ_ITER_TYPES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The codecs of str.encode and bytes.decode beyond UTF-8, ASCII and Latin-1 (vm/obj_str.c), about
// 1.5 KB: utf-8-sig, UTF-16 and UTF-32 in both byte orders, and the error handlers ignore,
// replace, xmlcharrefreplace and surrogateescape. Without them those encodings are unknown
// (LookupError) and so are those handlers when an error needs one; strict and backslashreplace
// stay. The three codecs left are known by their names utf-8, ascii and latin-1 only (in any
// case, '_' for '-'): their aliases (utf8, u8, us-ascii, latin1, iso-8859-1, ...) are a
// LookupError too. MicroPython reads no codec name at all.
#ifndef KL_CFG_STR_CODECS_FULL
#define KL_CFG_STR_CODECS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// str.encode and bytes.decode of an encoding the core does not know go through the codec
// registry of the frozen _codecs and codecs modules (lib/), as CPython's look every encoding up
// there: unicode_escape, raw_unicode_escape and codecs.register()'s own, while the bytes-to-bytes
// codecs (hex, base64) are "not a text encoding" LookupErrors as in CPython. A port without
// _codecs frozen gets the LookupError "unknown encoding" as before.
#ifndef KL_CFG_CODEC_REGISTRY
#define KL_CFG_CODEC_REGISTRY (KL_CFG_LEVEL >= KL_LEVEL_FULL && KL_CFG_STR_CODECS_FULL)
#endif

// str.encode and bytes.decode (and bytearray.decode), about 170 bytes of Thumb code, which
// MicroPython's MINIMUM ROM level leaves out too (MICROPY_CPYTHON_COMPAT). Without them those
// methods are missing (AttributeError); str(b, encoding[, errors]) and bytes(s, encoding[,
// errors]) stay and do the same conversions.
#ifndef KL_CFG_STR_CODEC_METHODS
#define KL_CFG_STR_CODEC_METHODS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The argument forms of str and bytes methods that MicroPython's str takes at no level, about 230
// bytes of Thumb code: a tuple of affixes for startswith and endswith, an int (one byte) as what
// bytes' find, rfind, index, rindex and `in` look for, and bytes(x) calling x.__bytes__, with
// bytes.__bytes__ itself. Without them a tuple or an int there is a TypeError (as any argument
// of the wrong type), bytes(x) of an instance of a class with __bytes__ a NotImplementedError
// rather than a method left uncalled, and bytes.__bytes__ is missing (AttributeError).
#ifndef KL_CFG_STR_ARGS_FULL
#define KL_CFG_STR_ARGS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A method table of bytes' own (vm/obj_str.c), 188 bytes where bytes has the methods of str but
// format. Without it (possible only where str and bytes differ in nothing else: no
// KL_CFG_STR_METHODS_FULL, KL_CFG_STR_CODEC_METHODS, KL_CFG_BUILTIN_FORMAT or
// KL_CFG_STR_ARGS_FULL) bytes shares str's table, as MicroPython's bytes and str share theirs:
// bytes then has a format attribute too, which raises TypeError when called on bytes
// (MicroPython's formats them).
#ifndef KL_CFG_BYTES_OWN_METHODS
#define KL_CFG_BYTES_OWN_METHODS                                                                   \
    (KL_CFG_LEVEL >= KL_LEVEL_CORE || KL_CFG_STR_METHODS_FULL || KL_CFG_STR_CODEC_METHODS ||       \
     KL_CFG_BUILTIN_FORMAT || KL_CFG_STR_ARGS_FULL)
#endif

// The 128 one-character ASCII strings as const objects in flash, about 2.8 KB: s[i], iteration
// over a str and chr() then allocate nothing. Without them each such string is a new 32-byte
// heap object.
#ifndef KL_CFG_STR_CHAR_TABLE
#define KL_CFG_STR_CHAR_TABLE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// CPython's hints for common syntax mistakes: "Perhaps you forgot a comma?", "Maybe you meant
// '==' ...", "Missing parentheses in call to 'print'", which try whether an expression parses
// after the failing token (about 1 KB of Thumb code). Without them such a mistake is the
// plain "invalid syntax" at the token where parsing stopped (so `a if b` without its else is
// no "expected 'else' after 'if' expression" at the `a`), and an assignment to what cannot be
// assigned is "cannot assign to ..." at that target, not a mistyped '==' at the name before the
// first '=' (`f(), \<newline> x = 1` is an error on the line of `f()`, not of `x`).
#ifndef KL_CFG_SYNTAX_HINTS
#define KL_CFG_SYNTAX_HINTS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The compiler's SyntaxWarnings, issued through the warnings module as CPython's are (shown as
// `file:line: SyntaxWarning: message` and the line, a SyntaxError under a filter that makes
// them errors): `x is 1`, `x is not ()` and the like, whose result depends on which objects the
// implementation shares ("is" with a literal. Did you mean "=="?), an assert of a
// parenthesised tuple, which is always true, and a call or subscript of a literal or display
// that cannot take it (`[1, 2][3, 4]`: perhaps you missed a comma?). Where no warnings module
// can be imported (a board that freezes none) nothing is shown. Needs the warning classes
// (KL_CFG_EXCEPTIONS_FULL).
#ifndef KL_CFG_SYNTAX_WARNINGS
#define KL_CFG_SYNTAX_WARNINGS (KL_CFG_EXCEPTIONS_FULL && KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Constant sets, as CPython's optimizer makes them: a set display of constants iterated by a
// loop or tested with `in` is a frozenset constant, and one of more than two constants is built
// from one, with the constant folding of operators on constants that this needs (about 1 KB of
// Thumb code). Without them such a display is built a member at a time like any other: the same
// set, though its members may iterate in another order than CPython's.
#ifndef KL_CFG_CONST_SETS
#define KL_CFG_CONST_SETS (KL_CFG_SET && KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Constant folding in the compiler: `-1` (a minus sign before a number literal) is one constant,
// not the number and a negation (about 60 bytes of Thumb code). MicroPython's MINIMUM ROM level
// folds nothing (MICROPY_COMP_CONST_FOLDING); without it neither does kinglet, which only costs
// an instruction at run time: the value is the same. KL_CFG_CONST_SETS folds the operators on
// constants that it needs on its own.
#ifndef KL_CFG_CONST_FOLDING
#define KL_CFG_CONST_FOLDING (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Positional-only parameters, `def f(a, /, b)` (PEP 570): their syntax in the parser, the
// count of them in code objects (co_posonlyargcount) and their checks when arguments are bound
// by name (vm/obj_fun.c). MicroPython's compiler does not accept them at any level. Without them
// a '/' among the parameters of a def or lambda is a SyntaxError, a .kbc file with such a
// function is refused as unsupported, and co_posonlyargcount (where KL_CFG_FUNCTION_ATTRS_FULL
// builds it) is always 0; builtin functions still refuse their positional-only arguments by name.
#ifndef KL_CFG_POSONLY_PARAMS
#define KL_CFG_POSONLY_PARAMS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Parenthesised context managers, `with (open(a) as f, open(b) as g):` (Python 3.10), which the
// parser tells from a parenthesised expression (`with (a, b) as c:`, `with (a).b:`) by scanning
// ahead to what follows the ')' (about 370 bytes of Thumb code). MicroPython accepts them at no
// level. Without them what follows `with` is always an expression, as before 3.10: `with (a as
// b):` is a SyntaxError and `with (a, b):` enters the tuple, a TypeError.
#ifndef KL_CFG_WITH_PARENS
#define KL_CFG_WITH_PARENS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Assignment expressions, `(n := len(a)) > 10` (PEP 572), with their scope rules in
// comprehensions. Without them `:=` is a SyntaxError, as in MicroPython's minimal port.
#ifndef KL_CFG_WALRUS
#define KL_CFG_WALRUS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Unpacking inside displays (PEP 448): [*a, 1], (*a, 1), *a, 1 after return or =, a[*b], {*a}
// (where KL_CFG_SET builds sets) and {**d, 'k': 1}, with the parser's '**' in dict displays, the
// compiler's unpacking steps for them and the DICT_UPDATE instruction. MicroPython accepts them
// at no level. Without them such a display is a SyntaxError ("can't use starred expression
// here"; `{**d}` is invalid syntax) and DICT_UPDATE in a loaded .kbc file a NotImplementedError;
// *args and **kwargs in calls and class bases, and star targets (a, *b = x, for a, *b in y) stay.
#ifndef KL_CFG_DISPLAY_UNPACK
#define KL_CFG_DISPLAY_UNPACK (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The lexer's list of the non-ASCII punctuation, symbols and invisible characters that cannot
// be part of a name (vm/lexer.c's not_ident, about 500 bytes), which makes a pasted `“`, `×` or
// no-break space a SyntaxError ("invalid character"). Without it every non-ASCII character
// outside strings and comments is a letter, as in MicroPython: print(“hi”) is a NameError and
// 5 × 3 a SyntaxError further on. Malformed UTF-8 stays a SyntaxError.
#ifndef KL_CFG_NON_IDENT_CHARS
#define KL_CFG_NON_IDENT_CHARS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// A keyword right after a number with no space between them, `1if x else 2` or `0x1for`, which
// Python 3.11 accepts (and 3.12 warns about) when the keyword is one that may follow a number:
// and, else, for, if, in, is, not, or. Without it, as in MicroPython, any letter glued to a
// number is a SyntaxError ("invalid decimal literal"); `1 if x else 2` works as ever.
#ifndef KL_CFG_NUMBER_KEYWORDS
#define KL_CFG_NUMBER_KEYWORDS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The TabError check for indentation that mixes tabs and spaces so that its meaning depends on
// the tab width, as `if 1:\n\tx = 1\n        y = 2` does (a tab, then eight spaces). Without
// it, as in MicroPython, which has no TabError at any level, a tab just advances the column to
// the next multiple of 8 and only those columns are compared: that example is one block and
// runs, and a tab after a line indented by four spaces is one more level (an "unexpected indent"
// IndentationError where no block opens). The lexer keeps one word per level instead of two.
#ifndef KL_CFG_TAB_ERROR
#define KL_CFG_TAB_ERROR (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// CPython's order of syntax errors: as though the whole file were parsed, then run through the
// symbol pass, then compiled, so a parse error further on wins over a symbol error (`nonlocal x`
// at module level) or a compiler error (`break` outside a loop) on an earlier line; and after a
// parse error, a lexical error further on (an unclosed bracket or string) wins over it. Both take
// another pass over the rest of the source (about 350 bytes of Thumb code). Without it the first
// error found, in the order of the lines, is the SyntaxError reported.
#ifndef KL_CFG_SYNTAX_ERROR_ORDER
#define KL_CFG_SYNTAX_ERROR_ORDER (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Where in its line a SyntaxError is: the column and end of the mistake, which a traceback shows
// as the source line with carets under it. Without it, as with MicroPython's terse error
// reporting, a SyntaxError, IndentationError or TabError names its file and line only: a
// traceback prints `File "<stdin>", line 2` and the exception, and its details (args[1]) are
// (filename, lineno, None, None). The lexer, parser and compiler then count no columns and keep
// no line starts or line text (about 1 KB of Thumb code; tokens are 8 bytes smaller too).
#ifndef KL_CFG_SYNTAX_ERROR_DETAIL
#define KL_CFG_SYNTAX_ERROR_DETAIL (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Source line numbers at run time: the compiler's line table in every code object (a byte or
// two per line of source, on the heap) and the code that makes and reads it (about 500 bytes
// of Thumb code). Without it, as MicroPython below its EXTRA_FEATURES level
// (MICROPY_ENABLE_SOURCE_LINE), a traceback names the file and function of each frame but no
// line: `File "<stdin>", in f`. Where traceback objects are built, their tb_lineno and f_lineno
// are then 0. A SyntaxError keeps its line, which the lexer and parser know. A .kbc file's
// line table is checked, then dropped (frozen modules keep theirs in flash, unread).
#ifndef KL_CFG_SOURCE_LINES
#define KL_CFG_SOURCE_LINES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The traceback of an uncaught exception shows the source line under each frame whose file can
// be read (kl_hal_read_file), as CPython does, and a run of more than three identical frames (a
// deep recursion) as the first three and a "[Previous line repeated N more times]" line. A port
// without files shows no source lines; without KL_CFG_SOURCE_LINES there are no lines to show.
#ifndef KL_CFG_TRACEBACK_SOURCE
#define KL_CFG_TRACEBACK_SOURCE (KL_CFG_SOURCE_LINES && KL_CFG_IMPORT_FILES)
#endif

// ==== Virtual machine ====
// Computed goto ("labels as values") dispatch where the compiler supports it: each instruction
// ends in its own jump through a table of addresses. Below CORE the dispatch loop is a switch
// instead, as MicroPython's default is: slower, about 1.8 KB of Thumb code smaller.
#ifndef KL_CFG_COMPUTED_GOTO
#if defined(__GNUC__) && KL_CFG_LEVEL >= KL_LEVEL_CORE
#define KL_CFG_COMPUTED_GOTO (1)
#else
#define KL_CFG_COMPUTED_GOTO (0)
#endif
#endif

// The VM's fast paths for the commonest cases of its hottest instructions: arithmetic and
// comparison of small ints in BINARY_OP, calls of Python functions straight into the VM in
// CALL_FUNCTION, CALL_METHOD and kl_call_function_n_kw, LIST_EXTEND's copy of a tuple or list
// item by item, sum()'s adding of small ints in C (vm/mod_builtins.c) and kl_unary_op's -, +
// and ~ of one (vm/runtime.c). The general paths under them give the same results, so below CORE
// they are left out, as MicroPython's loop has none: slower, about 350 bytes smaller.
#ifndef KL_CFG_VM_FAST_PATHS
#define KL_CFG_VM_FAST_PATHS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The instruction budget of the embedding API (kl_set_instruction_budget and
// kl_set_instruction_limit, vm/kinglet.h), which fuzzers and watchdogs arm and the kinglet
// module's set_instruction_budget reaches from Python: a test at the VM's check points and the
// charges for long work in C (about 170 bytes of Thumb code). MicroPython has no such thing.
// Without it nothing counts, and the two functions are not defined: a port that calls them fails
// to link instead of running without the limit it asked for.
#ifndef KL_CFG_INSTRUCTION_BUDGET
#define KL_CFG_INSTRUCTION_BUDGET (KL_CFG_LEVEL >= KL_LEVEL_CORE || KL_CFG_MODULE_KINGLET)
#endif

// Default maximum depth of nested Python calls; RecursionError past it.
#ifndef KL_CFG_RECURSION_LIMIT
#define KL_CFG_RECURSION_LIMIT (1000)
#endif

// Bytes of C stack the core may use before raising RecursionError; 0 disables the check.
#ifndef KL_CFG_STACK_LIMIT
#define KL_CFG_STACK_LIMIT (0)
#endif

// Words in the value stack that holds the locals and operands of running frames.
#ifndef KL_CFG_VM_STACK_WORDS
#define KL_CFG_VM_STACK_WORDS (16 * 1024)
#endif

// log2 of the entries in the cache of attribute lookups along class MROs; 0 disables it.
#ifndef KL_CFG_TYPE_CACHE_BITS
#define KL_CFG_TYPE_CACHE_BITS (KL_CFG_LEVEL >= KL_LEVEL_FULL ? 10 : 0)
#endif

// A for loop over a generator it made (`for x in gen():`) closes it when left early by break,
// return or an exception, so its finally blocks run then, as CPython's reference counting does:
// an exception-table entry and four bytes of code per such loop (vm/compile.c).
#ifndef KL_CFG_CLOSE_LOOP_GENERATORS
#define KL_CFG_CLOSE_LOOP_GENERATORS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The 32-bit hash of each name of the static qstr table, stored in flash beside its text: 4
// bytes a name, 2 KB at MINIMUM. Without it kl_qstr_hash works a static name's hash out from its
// text each time it is asked (FNV-1a over a few bytes): for a key that is such a name in a dict or
// an instance of over 8 entries, and for hash() of it; names interned at run time then keep no
// hash either, 4 bytes less of heap each (vm/qstr.c).
#ifndef KL_CFG_QSTR_HASHES
#define KL_CFG_QSTR_HASHES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The 16-bit offset of each name of the static qstr table in its text: 2 bytes a name, about
// 500 bytes at MINIMUM. Without it the table keeps one offset for every eight names, and the text
// of a static name (kl_qstr_data, the lookup of a name by its text) is found by skipping the
// names before it in its group, up to seven short strings (vm/qstr.c).
#ifndef KL_CFG_QSTR_OFFSETS
#define KL_CFG_QSTR_OFFSETS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The builtin types behind iterators and builtin functions have CPython's names
// (list_iterator, dict_keyiterator, builtin_function_or_method, method_descriptor...). Without
// it they are named as MicroPython names them: every such iterator type is `iterator` and builtin
// functions and method descriptors are `function` (type(iter([])) is <class 'iterator'>), one
// name of the qstr table for each group, about 230 bytes of flash at MINIMUM (vm/qstr.c). Only
// the names change: the types stay distinct, but for a builtin bound to its self ([].append),
// which is a bound method (type method), as MicroPython's bound_method serves both (vm/obj_fun.c).
#ifndef KL_CFG_TYPE_NAMES
#define KL_CFG_TYPE_NAMES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// kl_obj_get_type and kl_obj_is_type (vm/obj.h) inline in their callers. Without it one copy of
// each in vm/obj.c serves every file: about 900 bytes of Thumb code less than the copies -Os
// keeps file by file, for a call on each type test.
#ifndef KL_CFG_INLINE_TYPE_TESTS
#define KL_CFG_INLINE_TYPE_TESTS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Maximum nesting of brackets and blocks the parser accepts.
#ifndef KL_CFG_PARSE_DEPTH
#define KL_CFG_PARSE_DEPTH (200)
#endif

// ==== Modules ====
// One switch per builtin module. A module is vm/mod_<name>.c, registered in the table of
// vm/obj_module.c; builtins is always present.

// The Python modules of lib/, frozen into the image by vm/gen_frozen.py (vm/frozen.c).
#ifndef KL_CFG_FROZEN
#define KL_CFG_FROZEN (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// sys (vm/mod_sys.c), as MicroPython's MINIMUM ROM level leaves it out. Without it `import sys`
// fails as for any module not built (ImportError at MINIMUM, which has no ModuleNotFoundError),
// and sys's console stream objects, its hooks and its other functions go with it. The core does not
// need it: print() and input() use the console directly, the REPL echoes values and an uncaught
// exception's traceback goes to the console's error output, exit() and quit() raise SystemExit,
// import keeps its table of loaded modules, and the recursion limit stays at
// KL_CFG_RECURSION_LIMIT. print(file=...) still writes to any object with a write() method; None or
// no file is the console.
#ifndef KL_CFG_MODULE_SYS
#define KL_CFG_MODULE_SYS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// sys beyond what programs and board tools commonly read (argv, path, modules, exit, stdin,
// stdout and stderr with their read, readline, write, flush and buffer, version and
// version_info, implementation, platform, byteorder, maxsize, exc_info, the recursion limit,
// displayhook and excepthook): flags, int_info, hash_info, thread_info, the prefixes,
// copyright, orig_argv, builtin_module_names, warnoptions, _xoptions, _getframe, settrace and
// the other tracing and audit functions, exception, intern, breakpointhook, the encoding
// functions, __stdin__ and the other saved originals, and the streams' name, mode, encoding,
// errors, closed, fileno, isatty, readable, writable, seekable, readlines and writelines.
// Without them those attributes are missing (AttributeError), and sys costs about 2 KiB less
// heap when first imported, which a 4 KiB heap needs (vm/mod_sys.c). Only where sys is built.
#ifndef KL_CFG_MODULE_SYS_FULL
#define KL_CFG_MODULE_SYS_FULL (KL_CFG_LEVEL >= KL_LEVEL_CORE && KL_CFG_MODULE_SYS)
#endif

// A module's own __getattr__ and __dir__ (PEP 562, vm/obj_module.c, vm/mod_builtins.c): a name
// its globals lack is asked of the __getattr__ in them, and dir() of it calls the __dir__ in
// them; about 130 bytes. MicroPython leaves the first out below its CORE features level
// (MICROPY_MODULE_GETATTR) and has the second at no level. Without them reading a name that a
// module lacks is an AttributeError whatever its globals hold, `from m import x` an ImportError,
// and dir() of a module lists its globals. sys built without KL_CFG_MODULE_SYS_FULL makes
// sys.implementation through its __getattr__, so keeps them.
#ifndef KL_CFG_MODULE_GETATTR
#define KL_CFG_MODULE_GETATTR                                                                      \
    (KL_CFG_LEVEL >= KL_LEVEL_CORE || (KL_CFG_MODULE_SYS && !KL_CFG_MODULE_SYS_FULL))
#endif

// Import from files: modules and packages found along sys.path and a package's __path__
// through the port's kl_hal_path_kind and kl_hal_read_file (vm/hal.h), and, with them or with
// frozen modules, relative imports (about 900 bytes of Thumb code). The boards have no file
// system. Without it import finds the builtin (and frozen) modules only, ModuleNotFoundError
// for any other name, and a relative import is an ImportError.
#ifndef KL_CFG_IMPORT_FILES
#define KL_CFG_IMPORT_FILES (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// gc: collect, mem_free and friends (vm/mod_gc.c).
#ifndef KL_CFG_MODULE_GC
#define KL_CFG_MODULE_GC (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// kinglet, also importable as micropython: heap statistics, heap_lock, schedule, const and the
// instruction budget (vm/mod_kinglet.c).
#ifndef KL_CFG_MODULE_KINGLET
#define KL_CFG_MODULE_KINGLET (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// time: clocks, sleep, ticks and UTC calendar time (vm/mod_time.c).
#ifndef KL_CFG_MODULE_TIME
#define KL_CFG_MODULE_TIME (KL_CFG_LEVEL >= KL_LEVEL_BASIC && KL_CFG_FLOAT)
#endif

// types: the interpreter's type objects and SimpleNamespace (vm/mod_types.c).
#ifndef KL_CFG_MODULE_TYPES
#define KL_CFG_MODULE_TYPES (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// errno: the error-number names (vm/mod_errno.c).
#ifndef KL_CFG_MODULE_ERRNO
#define KL_CFG_MODULE_ERRNO (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
#ifndef KL_CFG_MODULE_RE
#define KL_CFG_MODULE_RE (KL_CFG_LEVEL >= KL_LEVEL_FULL)
#endif
// The most steps one attempt of a regular expression at one position may take before it raises
// RuntimeError: a catastrophic pattern such as (a+)+$ fails loudly instead of hanging the board.
#ifndef KL_CFG_RE_STEP_LIMIT
#define KL_CFG_RE_STEP_LIMIT (50000000)
#endif

// math (vm/mod_math.c): libm's functions with Python's error rules, and the exact integer and
// summation functions. Needs floats.
#ifndef KL_CFG_MODULE_MATH
#define KL_CFG_MODULE_MATH (KL_CFG_LEVEL >= KL_LEVEL_BASIC && KL_CFG_FLOAT)
#endif

// cmath (vm/mod_cmath.c): the elementary functions of complex numbers; shares math's helpers.
#ifndef KL_CFG_MODULE_CMATH
#define KL_CFG_MODULE_CMATH (KL_CFG_LEVEL >= KL_LEVEL_FULL && KL_CFG_MODULE_MATH)
#endif

// struct: pack, unpack and Struct for binary records (vm/mod_struct.c).
#ifndef KL_CFG_MODULE_STRUCT
#define KL_CFG_MODULE_STRUCT (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// binascii: hex, base64, uuencode and quoted-printable text, and CRCs (vm/mod_binascii.c).
#ifndef KL_CFG_MODULE_BINASCII
#define KL_CFG_MODULE_BINASCII (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// random: a Mersenne Twister that gives CPython's sequences for the same seed (about 16 KB of
// Thumb code).
#ifndef KL_CFG_MODULE_RANDOM
#define KL_CFG_MODULE_RANDOM (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
// json: dumps, loads, dump, load, JSONEncoder, JSONDecoder and JSONDecodeError (vm/mod_json.c).
#ifndef KL_CFG_MODULE_JSON
#define KL_CFG_MODULE_JSON (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
// hashlib: MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 (vm/mod_hashlib.c, vm/digest.c).
#ifndef KL_CFG_MODULE_HASHLIB
#define KL_CFG_MODULE_HASHLIB (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
// array: typed arrays of numbers packed as the C types of the target (vm/mod_array.c).
#ifndef KL_CFG_MODULE_ARRAY
#define KL_CFG_MODULE_ARRAY (KL_CFG_LEVEL >= KL_LEVEL_BASIC && KL_CFG_FLOAT)
#endif
#ifndef KL_CFG_MODULE_ITERTOOLS
#define KL_CFG_MODULE_ITERTOOLS (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
#ifndef KL_CFG_MODULE_FUNCTOOLS
#define KL_CFG_MODULE_FUNCTOOLS (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
// machine: Pin, mem8/16/32, reset, unique_id over the board functions of vm/hal.h
// (vm/mod_machine.c).
#ifndef KL_CFG_MODULE_MACHINE
#define KL_CFG_MODULE_MACHINE (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif
// Builtin modules of the port, beside the core's: rows X(name, init) of a module name and a
// function `kl_obj_t init(void)` that builds the module at its first import (unix: ffi).
#ifndef KL_PORT_BUILTIN_MODULES
#define KL_PORT_BUILTIN_MODULES(X)
#endif

// io: StringIO and BytesIO, and the file classes of open() (vm/mod_io.c).
#ifndef KL_CFG_MODULE_IO
#define KL_CFG_MODULE_IO (KL_CFG_LEVEL >= KL_LEVEL_BASIC)
#endif

// The builtin open() and its file objects (vm/mod_io.c), over the port's kl_hal_file_*
// functions (vm/hal.h); a port without a file system may leave it on: open() then fails.
#ifndef KL_CFG_OPEN
#define KL_CFG_OPEN (KL_CFG_MODULE_IO)
#endif

// ==== Memory ====
// Bytes per heap block; a power of two, at least two machine words. 16 bytes fits a boxed float
// or a small object in one block on both 32- and 64-bit targets.
#ifndef KL_CFG_GC_BLOCK_BYTES
#define KL_CFG_GC_BLOCK_BYTES (16)
#endif

// Const maps in flash (the method tables of the builtin types, the builtins module) are sorted
// by qstr and binary-searched, a str key first interned by lookup (vm/map.c, about 130 bytes of
// Thumb code). Without it they are scanned from the front as small maps are: the same answers,
// slower for a long table such as the builtins.
#ifndef KL_CFG_MAP_FIXED_BSEARCH
#define KL_CFG_MAP_FIXED_BSEARCH (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// 32-bit counts (size, entries used, capacity) in every map behind a dict, a namespace or an
// instance (vm/obj.h, vm/map.c). Without it they are 16 bits, which makes each map, and so each
// const dict in flash (the builtin types' methods, the builtins), 8 bytes smaller; a dict then
// holds at most 32768 entries, 256 KiB of them on a 32-bit board, and one that would grow past
// that raises MemoryError, as the heap of a board this small would long before.
#ifndef KL_CFG_MAP_WORD_COUNTS
#define KL_CFG_MAP_WORD_COUNTS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The collector's sweep and its search for free blocks read the block table 16 entries at a
// time, so that full and empty stretches of a large heap pass in one step (vm/gc.c, about 270
// bytes of Thumb code). Without it both go a block at a time: the same heap, slower to sweep and
// search when it is large, which a board at MINIMUM seldom has.
#ifndef KL_CFG_GC_GROUP_SCAN
#define KL_CFG_GC_GROUP_SCAN (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// In a heap of more than 1 MiB, once half of it has been used, the collector also runs when
// what was allocated since its last run is twice what survived it and three quarters of what
// the heap has used so far, rather than only when an allocation finds no room (vm/gc.c).
// Without it a program's few survivors end up spread over the whole heap, made among its
// garbage, and a large list or string later finds no free run long enough: MemoryError with
// most of the heap free. A board's heap of a few hundred KiB at most has no use for it.
#ifndef KL_CFG_GC_PACING
#define KL_CFG_GC_PACING (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Collect at every allocation (slow; finds missing roots); the port may collect at every Nth
// instead (kl_gc_set_stress; the unix port reads KINGLET_GC_STRESS=N).
#ifndef KL_CFG_GC_STRESS
#define KL_CFG_GC_STRESS (0)
#endif

// Tell valgrind's memcheck that the conservative scan's copies of C stack words are defined
// (vm/gc.c); needs <valgrind/memcheck.h>. The unix valgrind variant sets it (make valgrind-test).
#ifndef KL_CFG_VALGRIND
#define KL_CFG_VALGRIND (0)
#endif

// ==== REPL ====
// Bytes of the static buffer that holds one REPL entry while it is typed (every line of a
// compound statement) and one raw-REPL program; longer input is refused with an error.
#ifndef KL_CFG_REPL_INPUT_BYTES
#define KL_CFG_REPL_INPUT_BYTES (KL_CFG_LEVEL >= KL_LEVEL_FULL ? 16384 : 2048)
#endif

// Bytes of the static ring that keeps the lines typed at the REPL for Up/Down; 0: no history.
#ifndef KL_CFG_REPL_HISTORY_BYTES
#define KL_CFG_REPL_HISTORY_BYTES                                                                  \
    (KL_CFG_LEVEL >= KL_LEVEL_FULL ? 4096 : KL_CFG_LEVEL >= KL_LEVEL_CORE ? 512 : 0)
#endif

// Tab completion of names and attributes at the REPL (kl_repl_complete).
#ifndef KL_CFG_REPL_COMPLETION
#define KL_CFG_REPL_COMPLETION (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Auto-indent at the REPL: the line after one that ends with ':' starts indented one more level.
#ifndef KL_CFG_REPL_AUTO_INDENT
#define KL_CFG_REPL_AUTO_INDENT (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// The line editor's kill keys: Ctrl-K (to the end of the line), Ctrl-U (to its start) and Ctrl-W
// (the word before the cursor). MicroPython's minimal port has none of them (its Emacs keys are an
// extra feature); without the switch they are ignored like any other control key the editor does
// not use, while Backspace, Delete, the arrows, Home and End stay.
#ifndef KL_CFG_REPL_KILL_KEYS
#define KL_CFG_REPL_KILL_KEYS (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// UTF-8 in the line editor: the bytes of a non-ASCII character are inserted together, and the
// cursor, Backspace and Delete step over the character whole. Without the switch the editor works
// a byte at a time, as MicroPython's does (which drops such bytes): a non-ASCII character is still
// stored as typed, so the compiler sees it (a SyntaxError outside comments where str is ASCII,
// KL_CFG_STR_UNICODE), but the cursor counts each of its bytes as a column, and moving or deleting
// next to it can split it.
#ifndef KL_CFG_REPL_UTF8
#define KL_CFG_REPL_UTF8 (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// Backspace's two conveniences: in the leading spaces of a line the editor takes back a level of
// indentation (to the previous multiple of four), and in paste mode Backspace takes back the last
// character of the line. MicroPython has the first only with its auto-indent and the second at no
// level. Without the switch Backspace removes one character in the editor, and in paste mode it
// is stored in the program as typed, as MicroPython stores it (a SyntaxError, "invalid
// non-printable character", where it lands in code).
#ifndef KL_CFG_REPL_SMART_BACKSPACE
#define KL_CFG_REPL_SMART_BACKSPACE (KL_CFG_LEVEL >= KL_LEVEL_CORE)
#endif

// ==== Checks ====
#ifndef KL_CFG_DEBUG
#define KL_CFG_DEBUG (0)
#endif

#if KL_CFG_MODULE_STRUCT && !KL_CFG_FLOAT
#error "KL_CFG_MODULE_STRUCT needs KL_CFG_FLOAT (the e, f and d formats)"
#endif
#if KL_CFG_MODULE_JSON && !KL_CFG_FLOAT
#error "KL_CFG_MODULE_JSON needs KL_CFG_FLOAT (JSON numbers with a fraction are floats)"
#endif

#if !KL_CFG_GENERIC_ALIAS && (KL_CFG_ANNOTATIONS || KL_CFG_EXCEPTION_GROUPS ||                     \
                              KL_CFG_MODULE_TYPES || KL_CFG_MODULE_RE || KL_CFG_MODULE_FUNCTOOLS)
#error "KL_CFG_GENERIC_ALIAS is needed by annotations, exception groups, types, re and functools"
#endif

#if !KL_CFG_FUNCTION_ATTRS && (KL_CFG_FUNCTION_ATTRS_FULL || KL_CFG_FUNCTION_DICT ||               \
                               KL_CFG_GENERATOR_ATTRS || KL_CFG_MODULE_FUNCTOOLS)
#error "KL_CFG_FUNCTION_ATTRS is needed by the other function attributes and by functools"
#endif

#if !KL_CFG_MAPPINGPROXY && (KL_CFG_EXCEPTION_GROUPS || KL_CFG_MODULE_TYPES || KL_CFG_MODULE_RE || \
                             KL_CFG_MODULE_FUNCTOOLS)
#error "KL_CFG_MAPPINGPROXY is needed by exception groups, types, re and functools"
#endif

#if !KL_CFG_SET && (KL_CFG_SET_METHODS_FULL || KL_CFG_CONST_SETS || KL_CFG_BYTECODE_FILES ||       \
                    KL_CFG_MODULE_HASHLIB)
#error "KL_CFG_SET is needed by the full set methods, constant sets, .kbc files and hashlib"
#endif

#if !KL_CFG_SLICE && (KL_CFG_SLICE_INDICES || KL_CFG_BYTEARRAY || KL_CFG_MEMORYVIEW ||             \
                      KL_CFG_MODULE_ARRAY || KL_CFG_MATCH)
#error "KL_CFG_SLICE is needed by slice.indices, bytearray, memoryview, array and match"
#endif

#if KL_CFG_MODULE_FUNCTOOLS && !KL_CFG_DESCRIPTORS
#error                                                                                             \
    "KL_CFG_MODULE_FUNCTOOLS needs KL_CFG_DESCRIPTORS (cached_property and its kin define __get__)"
#endif

#if (KL_CFG_GENERIC_ALIAS || KL_CFG_MODULE_FUNCTOOLS) && !KL_CFG_ABC_PROTOCOL
#error                                                                                             \
    "KL_CFG_ABC_PROTOCOL is needed by generic aliases and functools (they read __qualname__, __mro__)"
#endif

#if KL_CFG_MODULE_RE && !KL_CFG_SPECIAL_METHODS_FULL
#error "KL_CFG_MODULE_RE needs KL_CFG_SPECIAL_METHODS_FULL (RegexFlag defines __ror__ and its kin)"
#endif

#if !KL_CFG_DICT_VIEW_TYPES &&                                                                     \
    (KL_CFG_DICT_VIEW_SETOPS || KL_CFG_BUILTINS_ITER || KL_CFG_SLOT_WRAPPERS)
#error                                                                                             \
    "KL_CFG_DICT_VIEW_SETOPS, KL_CFG_BUILTINS_ITER and KL_CFG_SLOT_WRAPPERS need KL_CFG_DICT_VIEW_TYPES"
#endif

#if KL_CFG_DICT_VIEW_SETOPS && !KL_CFG_SET_METHODS_FULL
#error "KL_CFG_DICT_VIEW_SETOPS needs KL_CFG_SET_METHODS_FULL (view - x and view ^ x call them)"
#endif

#if KL_CFG_BIGINT && !KL_CFG_FLOAT
#error "KL_CFG_BIGINT needs KL_CFG_FLOAT (int true division returns a float)"
#endif

#if KL_CFG_MODULE_MATH && !KL_CFG_FLOAT
#error "KL_CFG_MODULE_MATH needs KL_CFG_FLOAT"
#endif

#if KL_CFG_OPEN && !KL_CFG_MODULE_IO
#error "KL_CFG_OPEN needs KL_CFG_MODULE_IO (the file classes live there)"
#endif

#if KL_CFG_MODULE_CMATH && !KL_CFG_MODULE_MATH
#error "KL_CFG_MODULE_CMATH needs KL_CFG_MODULE_MATH (it shares its helpers)"
#endif

#if !KL_CFG_PROPERTY_TYPE &&                                                                       \
    (KL_CFG_PROPERTY || KL_CFG_MODULE_SYS || KL_CFG_MODULE_IO || KL_CFG_MODULE_STRUCT ||           \
     KL_CFG_MODULE_TIME || KL_CFG_MODULE_FUNCTOOLS || KL_CFG_BUILTIN_DOCS)
#error "KL_CFG_PROPERTY_TYPE is needed by property, sys, io, struct, time, functools and the docs"
#endif

#if !KL_CFG_BYTES_OWN_METHODS && (KL_CFG_STR_METHODS_FULL || KL_CFG_STR_CODEC_METHODS ||           \
                                  KL_CFG_BUILTIN_FORMAT || KL_CFG_STR_ARGS_FULL)
#error "bytes shares str's methods (KL_CFG_BYTES_OWN_METHODS=0) only where they differ in format"
#endif

#if KL_CFG_STR_CODECS_FULL && !KL_CFG_STR_UNICODE
#error "KL_CFG_STR_CODECS_FULL needs KL_CFG_STR_UNICODE (UTF-16 and UTF-32 text is not ASCII)"
#endif

#if !KL_CFG_TRACEBACK_OBJECTS &&                                                                   \
    (KL_CFG_MODULE_SYS || KL_CFG_MODULE_TYPES || KL_CFG_GENERATOR_ATTRS)
#error "KL_CFG_TRACEBACK_OBJECTS is needed by sys, types and the generator attributes"
#endif

#if !KL_CFG_EXCEPTION_CHAIN && (KL_CFG_TRACEBACK_CHAIN || KL_CFG_EXCEPTION_GROUPS)
#error "KL_CFG_EXCEPTION_CHAIN is needed by chained tracebacks and exception groups"
#endif

#if KL_CFG_POW_FULL && !KL_CFG_BUILTINS_ARGS_FULL
#error "KL_CFG_POW_FULL needs KL_CFG_BUILTINS_ARGS_FULL (its three-argument pow)"
#endif

#if KL_CFG_MODULE_KINGLET && !KL_CFG_INSTRUCTION_BUDGET
#error "KL_CFG_MODULE_KINGLET needs KL_CFG_INSTRUCTION_BUDGET (set_instruction_budget)"
#endif

#if KL_CFG_MODULE_SYS_FULL && !KL_CFG_MODULE_SYS
#error "KL_CFG_MODULE_SYS_FULL needs KL_CFG_MODULE_SYS (the attributes it adds are sys's)"
#endif

#endif // KL_INCLUDED_VM_CONFIG_H
