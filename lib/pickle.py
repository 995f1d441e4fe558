"""pickle: serialise Python objects to bytes and back, in CPython's pickle format.

kinglet's pickle, written in Python. The pickler writes protocols 2 to 5 byte for byte as
CPython's does for the builtin types, classes and functions (by name) and objects reduced
through __reduce_ex__, __reduce__, copyreg or their __dict__ and __slots__; the unpickler
reads every protocol, 0 to 5. Protocols 0 and 1 are not written.
"""

import io
import sys
from struct import pack, unpack

import copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A buffer given to the pickler out of band (protocol 5): here a wrapper of bytes."""

    def __init__(self, buffer):
        self._data = memoryview(buffer)

    def raw(self):
        return self._data.cast("B") if self._data.format != "B" else self._data

    def release(self):
        self._data.release()


# ==== Opcodes ====

MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Protocol 2 writes Python 2's names for builtins and renamed modules (fix_imports), and
# reading protocols 0 to 2 maps them back.
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
    "DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning "
    "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
    "KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning "
    "ZeroDivisionError").split()
_PY3_TO_PY2_NAMES = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("builtins", "ModuleNotFoundError"): ("exceptions", "ImportError"),
}
for _name in _PY2_EXCEPTIONS:
    _PY3_TO_PY2_NAMES[("builtins", _name)] = ("exceptions", _name)
for _name in ("BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
              "ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError "
              "InterruptedError IsADirectoryError NotADirectoryError PermissionError "
              "ProcessLookupError TimeoutError").split():
    _PY3_TO_PY2_NAMES[("builtins", _name)] = ("exceptions", "OSError")
_PY3_TO_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
                       "reprlib": "repr", "configparser": "ConfigParser",
                       "socketserver": "SocketServer", "_pickle": "cPickle"}
_PY2_TO_PY3_NAMES = {("__builtin__", "xrange"): ("builtins", "range"),
                     ("__builtin__", "unichr"): ("builtins", "chr"),
                     ("__builtin__", "unicode"): ("builtins", "str"),
                     ("__builtin__", "basestring"): ("builtins", "str"),
                     ("__builtin__", "long"): ("builtins", "int"),
                     ("itertools", "izip"): ("builtins", "zip"),
                     ("itertools", "imap"): ("builtins", "map"),
                     ("itertools", "ifilter"): ("builtins", "filter")}
_PY2_TO_PY3_MODULES = {v: k for k, v in _PY3_TO_PY2_MODULES.items()}
_PY2_TO_PY3_MODULES["cPickle"] = "pickle"
_PY2_TO_PY3_MODULES["exceptions"] = "builtins"
del _name


def encode_long(x):
    """The little-endian two's complement bytes of x, as few as hold it (b'' for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xFF and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _getattribute(obj, name):
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (called name there) lives in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _is_number(x):
    return type(x) in (int, bool, float, complex)


class _Framer:
    # Protocol 4 groups opcodes into frames of about 64 KiB, each behind a FRAME opcode
    # with its length (none for a frame under 4 bytes).

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getbuffer()
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + pack("<Q", len(data)))
                self.file_write(bytes(data))
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        # Data of a frame's size or more goes outside frames, after the frame so far.
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class Pickler:
    """Write the pickle of objects to a binary file (anything with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise NotImplementedError("pickle: kinglet writes protocols 2 to 5, not %d"
                                      % protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % self.__class__.__name__)
        self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if idx < 256:
            return BINPUT + pack("<B", idx)
        return LONG_BINPUT + pack("<I", idx)

    def get(self, i):
        if i < 256:
            return BINGET + pack("<B", i)
        return LONG_BINGET + pack("<I", i)

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        t = type(obj)
        # Values without identity in the pickle first: no memo for them.
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.write(BINFLOAT + pack(">d", obj))
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if isinstance(obj, type) or t.__name__ in ("function", "builtin_function_or_method"):
                self.save_global(obj)
                return
            reduce = getattr(self, "dispatch_table", copyreg.dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements"
                                % "__reduce__")
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        self.save(pid, save_persistent_id=False)
        self.write(BINPERSID)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__".format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class"
                                    .format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the builtin types --

    def save_long(self, obj):
        if 0 <= obj <= 0xFF:
            self.write(BININT1 + pack("<B", obj))
        elif 0 <= obj <= 0xFFFF:
            self.write(BININT2 + pack("<H", obj))
        elif -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(BININT + pack("<i", obj))
        else:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET and self.proto >= 4:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        encoded = obj.encode("utf-8", "surrogatepass")
        n = len(encoded)
        if n <= 0xFF and self.proto >= 4:
            self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
        elif n >= _FRAME_SIZE_TARGET and self.proto >= 4:
            self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
        else:
            self.write(BINUNICODE + pack("<I", n) + encoded)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # A tuple that contains itself: it was pickled while saving its items.
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            self.write(POP_MARK + self.get(memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(obj, exact=True)

    def _batch_appends(self, items, exact=False):
        # MARK ... APPENDS per batch, a lone item with APPEND; a list itself (exact) writes
        # MARK ... APPENDS even for a last batch of one, as CPython's C pickler does.
        save = self.save
        write = self.write
        if exact and len(items) == 1:
            save(items[0])
            write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) > 1 or exact:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            else:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items(), exact=True)

    def _batch_setitems(self, items, exact=False):
        # As _batch_appends, with (key, value) pairs, SETITEMS and SETITEM.
        save = self.save
        write = self.write
        if exact:
            items = list(items)
            if len(items) == 1:
                exact = False  # one item: SETITEM, as for any batch of one
        for batch in _batches(items):
            if len(batch) > 1 or exact:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        total = 0
        while total < len(items):
            self.write(MARK)
            for item in items[total:total + _BATCHSIZE]:
                self.save(item)
            total += _BATCHSIZE
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition(".")[2]))
        else:
            if self.fix_imports:
                if (module_name, name) in _PY3_TO_PY2_NAMES:
                    module_name, name = _PY3_TO_PY2_NAMES[(module_name, name)]
                elif module_name in _PY3_TO_PY2_MODULES:
                    module_name = _PY3_TO_PY2_MODULES[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b"\n" + bytes(name, "ascii")
                      + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {
        bytes: save_bytes,
        bytearray: save_bytearray,
        str: save_str,
        tuple: save_tuple,
        list: save_list,
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
        type: save_type,
    }


def _batches(items):
    # The items in lists of _BATCHSIZE, the last one shorter (none for no items).
    it = iter(items)
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == _BATCHSIZE:
                break
        if not batch:
            return
        yield batch
        if len(batch) < _BATCHSIZE:
            return


def _slot_state(obj, cls):
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return slots


def _object_state(obj, cls):
    # What object.__getstate__ gives: the __dict__ (None when empty), with the slots'
    # values as a second item when there are any.
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return obj.__getstate__()
    d = getattr(obj, "__dict__", None)
    state = d if d else None
    slots = _slot_state(obj, cls)
    if slots:
        state = (state, slots)
    return state


# Builtin types whose reduce value is their constructor's arguments.
_BUILTIN_REDUCE = {
    complex: lambda x: (complex, (x.real, x.imag)),
    range: lambda x: (range, (x.start, x.stop, x.step)),
    slice: lambda x: (slice, (x.start, x.stop, x.step)),
}


def _reduce(obj, proto):
    """The reduce value of obj for protocol proto: the object's own __reduce_ex__ or
    __reduce__ when its class defines one, else what object.__reduce_ex__ gives."""
    cls = type(obj)
    for klass in cls.__mro__:
        if klass is object:
            break
        if "__reduce_ex__" in klass.__dict__:
            return obj.__reduce_ex__(proto)
        if "__reduce__" in klass.__dict__:
            return obj.__reduce__()
    if cls in _BUILTIN_REDUCE:
        return _BUILTIN_REDUCE[cls](obj)
    if issubclass(cls, BaseException):
        # An exception: its class and args, its __dict__ as state.
        return (cls, obj.args, obj.__dict__ or None)
    if cls.__module__ == "builtins":
        raise TypeError("cannot pickle %r object" % cls.__name__)
    base = object
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            break
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %r"
                            % type(args).__name__)
    elif getattr(cls, "__getnewargs__", None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
    elif issubclass(cls, (int, float, str, bytes, tuple, complex, frozenset)):
        # An immutable builtin base: the value goes to __new__.
        args = (base(obj),) if base is not complex else (obj.real, obj.imag)
    else:
        args = ()
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if isinstance(obj, (set, frozenset)):
        # A set subclass: its items as the argument of the constructor, as CPython does.
        return (cls, (list(obj),), getattr(obj, "__dict__", None) or None)
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


# ==== Unpickling ====

class _Unframer:
    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self._read_file(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._read_file(n)

    def _read_file(self, n):
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != b"\n"[0]:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b"":
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.current_frame = io.BytesIO(self.file_read(frame_size))


class Unpickler:
    """Read pickled objects from a binary file (read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickled object and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % self.__class__.__name__)
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self._dispatch
        try:
            while True:
                key = self._file_read(1) if not self._unframer.current_frame else read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    shown = chr(c) if 0x20 <= c < 0x7F else "\\x%02x" % c
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                f(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_TO_PY3_NAMES:
                module, name = _PY2_TO_PY3_NAMES[(module, name)]
            elif module in _PY2_TO_PY3_MODULES:
                module = _PY2_TO_PY3_MODULES[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # -- the opcodes --

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack("<Q", self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(unpack("<i", self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(unpack("<H", self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b"L"[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def load_long4(self):
        n, = unpack("<i", self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack(">d", self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack("<i", self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = unpack("<I", self.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(self.read(n))

    def load_unicode(self):
        import codecs
        self.append(codecs.decode(self.readline()[:-1], "raw_unicode_escape"))

    def load_binunicode(self):
        n, = unpack("<I", self.read(4))
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n, = unpack("<Q", self.read(8))
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_bytearray8(self):
        n, = unpack("<Q", self.read(8))
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self.stack[-1]
        if not isinstance(buf, bytes):
            self.stack[-1] = bytes(buf)

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = unpack("<Q", self.read(8))
        self.append(self.read(n))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        nil = []
        obj = copyreg._extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self.read(1)[0])

    def load_ext2(self):
        self._load_ext(unpack("<H", self.read(2))[0])

    def load_ext4(self):
        self._load_ext(unpack("<i", self.read(4))[0])

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack("<I", self.read(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        i, = unpack("<I", self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k) if hasattr(sys, "intern") else k
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)

    _dispatch = {}


def _escape_decode(data):
    # Python 2's string escapes, for the STRING opcode of protocol 0.
    import codecs
    return codecs.decode(data, "unicode_escape").encode("latin-1")


_OPCODE_LOADERS = {
    PROTO: "load_proto", FRAME: "load_frame", PERSID: "load_persid",
    BINPERSID: "load_binpersid", NONE: "load_none", NEWFALSE: "load_false",
    NEWTRUE: "load_true", INT: "load_int", BININT: "load_binint", BININT1: "load_binint1",
    BININT2: "load_binint2", LONG: "load_long", LONG1: "load_long1", LONG4: "load_long4",
    FLOAT: "load_float", BINFLOAT: "load_binfloat", STRING: "load_string",
    BINSTRING: "load_binstring", BINBYTES: "load_binbytes", UNICODE: "load_unicode",
    BINUNICODE: "load_binunicode", BINUNICODE8: "load_binunicode8",
    BINBYTES8: "load_binbytes8", SHORT_BINSTRING: "load_short_binstring",
    SHORT_BINBYTES: "load_short_binbytes", SHORT_BINUNICODE: "load_short_binunicode",
    BYTEARRAY8: "load_bytearray8", NEXT_BUFFER: "load_next_buffer",
    READONLY_BUFFER: "load_readonly_buffer", TUPLE: "load_tuple",
    EMPTY_TUPLE: "load_empty_tuple", TUPLE1: "load_tuple1", TUPLE2: "load_tuple2",
    TUPLE3: "load_tuple3", EMPTY_LIST: "load_empty_list", EMPTY_DICT: "load_empty_dictionary",
    EMPTY_SET: "load_empty_set", FROZENSET: "load_frozenset", LIST: "load_list",
    DICT: "load_dict", INST: "load_inst", OBJ: "load_obj", NEWOBJ: "load_newobj",
    NEWOBJ_EX: "load_newobj_ex", GLOBAL: "load_global", STACK_GLOBAL: "load_stack_global",
    EXT1: "load_ext1", EXT2: "load_ext2", EXT4: "load_ext4", REDUCE: "load_reduce",
    POP: "load_pop", POP_MARK: "load_pop_mark", DUP: "load_dup", GET: "load_get",
    BINGET: "load_binget", LONG_BINGET: "load_long_binget", PUT: "load_put",
    BINPUT: "load_binput", LONG_BINPUT: "load_long_binput", MEMOIZE: "load_memoize",
    APPEND: "load_append", APPENDS: "load_appends", SETITEM: "load_setitem",
    SETITEMS: "load_setitems", ADDITEMS: "load_additems", BUILD: "load_build",
    MARK: "load_mark", STOP: "load_stop",
}
for _code, _name in _OPCODE_LOADERS.items():
    Unpickler._dispatch[_code[0]] = getattr(Unpickler, _name)
del _code, _name


# ==== The one-call forms ====

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
