"""contextvars: context variables, each with a value per Context.

kinglet's contextvars, written in Python. A Context holds a dict from variable to value; the
current one changes only through Context.run(). copy_context() copies the dict, so a copy
never sees later changes and the original never sees the copy's.
"""

__all__ = ["Context", "ContextVar", "Token", "copy_context"]


class _Final:
    # The three types cannot be subclassed, as in CPython.
    def __init_subclass__(cls, **kwargs):
        if _Final not in cls.__bases__:
            raise TypeError("type '_contextvars.%s' is not an acceptable base type"
                            % cls.__mro__[1].__name__)


class Context(_Final):
    """A mapping from ContextVar to value; run() makes it the current context."""

    __module__ = "_contextvars"

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % self)
        self._entered = True
        self._prev = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        ctx = Context()
        ctx._data = dict(self._data)
        return ctx

    def _check(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))

    def __getitem__(self, var):
        self._check(var)
        return self._data[var]

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        self._check(var)
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        # As __hash__ = None would, but naming the type as CPython does.
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __repr__(self):
        return "<_contextvars.Context object at %#x>" % id(self)


_current = Context()


def copy_context():
    """Return a copy of the current context."""
    return _current.copy()


_NO_DEFAULT = object()


class ContextVar(_Final):
    """A variable whose value belongs to the current context."""

    __module__ = "_contextvars"
    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", default)

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def get(self, *default):
        """The value in the current context, else the argument, else the variable's
        default; LookupError when there is none of them."""
        data = _current._data
        if self in data:
            return data[self]
        if default:
            return default[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; the Token returned can undo it."""
        data = _current._data
        token = Token(_current, self, data.get(self, Token.MISSING))
        data[self] = value
        return token

    def reset(self, token):
        """Give the variable back the value it had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % token)
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % token)
        if token._ctx is not _current:
            raise ValueError("%r was created in a different Context" % token)
        token._used = True
        if token._old is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old

    def __repr__(self):
        default = ""
        if self._default is not _NO_DEFAULT:
            default = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at %#x>" % (self._name, default, id(self))

    __hash__ = object.__hash__


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token(_Final):
    """What ContextVar.set() returns: the variable and its value before."""

    __module__ = "_contextvars"
    MISSING = _Missing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return "<Token%s var=%r at %#x>" % (" used" if self._used else "", self._var, id(self))
