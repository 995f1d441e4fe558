"""inspect: look at live objects: what kind they are, their source, their call signatures.

kinglet's inspect, written in Python: the predicates, members, source lookup (by
indentation, from linecache), signatures with binding, getfullargspec and the frame
helpers over sys._getframe.
"""

import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
           "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "iscoroutine",
           "isasyncgen", "isawaitable", "istraceback", "isframe", "iscode", "isbuiltin",
           "isroutine", "isabstract", "ismethoddescriptor", "isdatadescriptor", "getmembers",
           "getmro", "getdoc", "cleandoc", "getfile", "getsourcefile", "getmodule",
           "getsourcelines", "getsource", "findsource", "indentsize", "signature",
           "Signature", "Parameter", "BoundArguments", "getfullargspec", "FullArgSpec",
           "getcallargs", "unwrap", "currentframe", "stack", "getgeneratorstate",
           "getcoroutinestate", "formatannotation", "getattr_static", "CO_OPTIMIZED",
           "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR",
           "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR"]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


# ==== What kind of object ====

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _unwrap_partial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return type(object).__name__ == "async_generator"


def isawaitable(object):
    return (iscoroutine(object) or hasattr(type(object), "__await__")
            or (isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def istraceback(object):
    return type(object).__name__ == "traceback"


def isframe(object):
    return type(object).__name__ == "frame"


def iscode(object):
    return type(object).__name__ == "code"


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """Every (name, value) of dir(object) that predicate accepts, sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            if not isclass(object):
                continue
            # A class attribute whose descriptor refuses the class: the raw value.
            for base in object.__mro__:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of decorators to the innermost function."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


def getattr_static(obj, attr, default=enum.Enum.__new__):
    """Find attr on obj without running descriptors or __getattr__ (the instance's own
    __dict__ first for a non-class, then the classes of the MRO)."""
    missing = default is enum.Enum.__new__
    if not isclass(obj):
        d = getattr(obj, "__dict__", None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
        mro = type(obj).__mro__
    else:
        mro = obj.__mro__ + type(obj).__mro__
    for klass in mro:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    if missing:
        raise AttributeError(attr)
    return default


# ==== Documentation and source ====

def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def cleandoc(doc):
    """Clean up a docstring: tabs expanded, the common indentation of all lines but the
    first removed, leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The object's docstring cleaned up, or the one it inherits; None if there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        for cls in _doc_sources(object):
            doc = getattr(cls, "__doc__", None)
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _doc_sources(obj):
    # Where an undocumented method or class could inherit a docstring from.
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base is not type:
                yield base
        return
    name = getattr(obj, "__name__", None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        obj = obj.__func__
    elif isfunction(obj) and "." in getattr(obj, "__qualname__", ""):
        module = sys.modules.get(obj.__module__)
        owner = module
        for part in obj.__qualname__.split(".")[:-1]:
            owner = getattr(owner, part, None)
    if isclass(owner) and name:
        for base in owner.__mro__[1:]:
            if name in base.__dict__:
                yield base.__dict__[name]
    elif not isfunction(obj) and not isbuiltin(obj):
        yield type(obj)


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was "
                    "expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    """The file's name if it is a Python source that exists, else None."""
    filename = getfile(object)
    if filename.endswith(".py") and (os.path.exists(filename)
                                     or linecache.getlines(filename)):
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    try:
        filename = getfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == filename:
            return module
    return None


def _block_end(lines, start):
    # The end of the def or class statement starting at lines[start]: the first line after
    # its body that is indented no deeper than the statement (blank lines and comments that
    # follow the body stay out of it).
    base = indentsize(lines[start])
    i = start
    # The header may span several lines (brackets); it ends at the line ending with ':'
    # outside brackets, where the body starts.
    depth = 0
    while i < len(lines):
        text = lines[i].split("#", 1)[0].rstrip()
        for c in text:
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
        i += 1
        if depth <= 0 and text.endswith(":"):
            break
        if depth <= 0 and ":" in text and not text.endswith(":"):
            return i  # a one-line compound statement: def f(): return 1
    end = i
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            if indentsize(line) <= base:
                break
            end = i + 1
        i += 1
    return end


def findsource(object):
    """All lines of the object's source file and the index of its first line."""
    file = getsourcefile(object)
    if file is None and isclass(object):
        # A module run from precompiled bytecode (.kbc) names that file; the functions
        # compiled from the class's source still name the source.
        for value in object.__dict__.values():
            value = getattr(value, "__func__", value)
            if isfunction(value):
                file = value.__code__.co_filename
                break
    if file is None:
        file = getfile(object)
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        name = object.__name__
        pattern = re.compile(r"^(\s*)class\s*" + name + r"\b")
        depth = object.__qualname__.count(".")
        candidates = [i for i, line in enumerate(lines) if pattern.match(line)]
        for i in candidates:
            if depth or not indentsize(lines[i]):
                return lines, i
        if candidates:
            return lines, candidates[0]
        raise OSError("could not find class definition")
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def getsourcelines(object):
    """The lines of the object's source and the number of its first line."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    # Decorators come before the def or class line.
    start = lnum
    while start > 0 and lines[start - 1].lstrip().startswith("@") and \
            indentsize(lines[start - 1]) == indentsize(lines[lnum]):
        start -= 1
    if iscode(getattr(object, "__code__", None)) and object.__name__ == "<lambda>":
        return [lines[lnum]], lnum + 1
    return lines[start:_block_end(lines, lnum)], start + 1


def getsource(object):
    """The text of the object's source code."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# ==== Signatures ====

class _empty:
    """Marker for a missing default or annotation."""


class _void:
    """Marker for a parameter's field not given to replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"\btyping\.", "", repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            # An implicit parameter of a comprehension (".0"): positional-only "implicit0".
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f"implicit arguments must be passed as positional or keyword "
                                 f"arguments, not {self._kind.description}")
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): arguments mapped to parameter names."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break  # the rest go as keywords
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() and {} for * and **)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                     .format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo = frozenset(param for param in self.parameters.values()
                        if param.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        mine = [p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY]
        theirs = [p for p in other.parameters.values() if p.kind != _KEYWORD_ONLY]
        mine_kw = {p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        theirs_kw = {p for p in other.parameters.values() if p.kind == _KEYWORD_ONLY}
        return (mine == theirs and mine_kw == theirs_kw
                and self.return_annotation == other.return_annotation)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        # The positional arguments go to the parameters in order, up to the first that
        # cannot take one; the keyword arguments then go to that one and those after it.
        pos = 0
        rest = []
        for i, param in enumerate(params):
            kind = param.kind
            if kind == _VAR_POSITIONAL:
                if pos < len(args):
                    arguments[param.name] = tuple(args[pos:])
                    pos = len(args)
                rest = params[i + 1:]
                break
            if kind == _KEYWORD_ONLY or kind == _VAR_KEYWORD or pos == len(args):
                if pos < len(args):
                    raise TypeError("too many positional arguments")
                rest = params[i:]
                break
            if param.name in kwargs and kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {!r}".format(param.name))
            arguments[param.name] = args[pos]
            pos += 1
        if pos < len(args):
            raise TypeError("too many positional arguments")
        kwargs_param = None
        for param in rest:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
            elif param.kind == _VAR_POSITIONAL:
                pass
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{!r} parameter is positional only, but was passed as a "
                                    "keyword".format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}".format(param.name))
        if kwargs:
            if kwargs_param is None:
                raise TypeError("got an unexpected keyword argument {!r}"
                                .format(next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments to the parameters; TypeError as a call would raise one."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        params = list(self.parameters.values())
        kinds = [param.kind for param in params]
        parts = []
        for i, param in enumerate(params):
            if param.kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds and \
                    (i == 0 or kinds[i - 1] != _KEYWORD_ONLY):
                parts.append("*")  # keyword-only parameters follow a bare star
            parts.append(str(param))
            if param.kind == _POSITIONAL_ONLY and (i + 1 == len(params)
                                                   or kinds[i + 1] != _POSITIONAL_ONLY):
                parts.append("/")  # after the last positional-only parameter
        rendered = "({})".format(", ".join(parts))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = getattr(code, "co_posonlyargcount", 0)
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + kwonly_count]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig  # *args takes self too
    return sig.replace(parameters=params[1:])


def _signature_from_partial(sig, partial):
    # The parameters a functools.partial leaves, with its keywords as new defaults.
    bound = sig.bind_partial(*partial.args, **partial.keywords)
    new_params = []
    for name, param in sig.parameters.items():
        if name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if name in partial.keywords:
                kind = param.kind
                if kind == _POSITIONAL_OR_KEYWORD:
                    kind = _KEYWORD_ONLY
                new_params.append(param.replace(default=partial.keywords[name], kind=kind))
            continue
        new_params.append(param)
    # Keyword defaults may now stand before parameters without them: make those
    # keyword-only too, as CPython does.
    fixed = []
    kw_only = False
    for param in new_params:
        if param.kind == _KEYWORD_ONLY:
            kw_only = True
        elif kw_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        fixed.append(param)
    return sig.replace(parameters=fixed)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=None):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(
            _signature_from_callable(obj.func, follow_wrapped, sigcls), obj)
    if isinstance(obj, type):
        # A class: its metaclass's __call__, else __new__ or __init__ without the first.
        for name in ("__new__", "__init__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    meth = base.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        return _drop_first(_signature_from_callable(meth, follow_wrapped,
                                                                    sigcls))
                    break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls([])
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if not isbuiltin(obj) and not isfunction(obj):
        call = getattr(type(obj), "__call__", None)
        if isfunction(call):
            return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError("no signature found for builtin {!r}".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Return a Signature for the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, "
                                        "kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and defaults of a callable's parameters as a FullArgSpec."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    if isinstance(func, types.MethodType) or (not isfunction(func) and not isclass(func)
                                              and not isbuiltin(func)):
        pass
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if isinstance(func, types.MethodType):
        # The bound first argument stays, as in CPython.
        sig = _signature_from_callable(func.__func__, follow_wrapped=False)
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def _name_list(names):
    # 'a', 'a' and 'b', 'a', 'b' and 'c'
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, by parameter name, with defaults filled in, in the
    order CPython fills them: positionals, *args, **kwargs, keywords, then defaults."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ann = spec
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    defaults = defaults or ()
    values = {}
    n = min(len(positional), len(args))
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in args and key not in kwonlyargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (name, key))
            values[varkw][key] = value
        elif key in values:
            raise TypeError("%s() got multiple values for argument %r" % (name, key))
        else:
            values[key] = value
    if len(positional) > len(args) and not varargs:
        least = len(args) - len(defaults)
        kwonly_given = len([arg for arg in kwonlyargs if arg in values])
        if defaults:
            plural, takes = True, "from %d to %d" % (least, len(args))
        else:
            plural, takes = len(args) != 1, str(len(args))
        given = len(positional)
        also = ""
        if kwonly_given:
            also = " positional argument%s (and %d keyword-only argument%s)" % (
                "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
        raise TypeError("%s() takes %s positional argument%s but %d%s %s given"
                        % (name, takes, "s" if plural else "", given, also,
                           "was" if given == 1 and not kwonly_given else "were"))
    if len(positional) < len(args):
        required = args[:len(args) - len(defaults)]
        missing = [repr(arg) for arg in required if arg not in values]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (name, len(missing), "" if len(missing) == 1 else "s",
                               _name_list(missing)))
        for i, arg in enumerate(args[len(args) - len(defaults):]):
            if arg not in values:
                values[arg] = defaults[i]
    missing = []
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                missing.append(repr(arg))
    if missing:
        raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                        % (name, len(missing), "" if len(missing) == 1 else "s",
                           _name_list(missing)))
    return values


# ==== Frames and generators ====

def currentframe():
    """The caller's frame (a snapshot in kinglet)."""
    return sys._getframe(1)


FrameInfo = namedtuple("FrameInfo", "frame filename lineno function code_context index")


def stack(context=1):
    """FrameInfo records of the caller and its callers, innermost first."""
    records = []
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        line = linecache.getline(code.co_filename, frame.f_lineno)
        records.append(FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name,
                                 [line] if line and context else None,
                                 0 if line and context else None))
        frame = frame.f_back
    return records


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    if generator.gi_suspended:
        return GEN_SUSPENDED
    return GEN_CREATED


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    return CORO_CREATED
