"""_codecs: the codec registry and the encode/decode functions (the core of codecs).

kinglet's str.encode and bytes.decode know UTF-8, ASCII, Latin-1, UTF-16, UTF-32 and
UTF-8-SIG themselves; the registry adds the codecs of the codecs module (the escape codecs,
hex, base64, rot13) and any a search function registers.
"""

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_").replace("-", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    if not _search_functions:
        import codecs  # registers the search function of the codecs module
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj with the codec registered for encoding."""
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj with the codec registered for encoding."""
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def register_error(errors, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- What str.encode and bytes.decode use for an encoding the core does not know ----

def _text_code(encode, value, encoding, errors):
    # Encode (or decode) value with a text codec of the registry, with CPython's errors for a
    # bytes-to-bytes codec and for a codec that returns the wrong type.
    verb, kind = ("encode", bytes) if encode else ("decode", str)
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle "
                          "arbitrary codecs" % (encoding, verb))
    # A decoder gets a memoryview of the bytes, as CPython passes it.
    result = (info.encode(value, errors) if encode else info.decode(memoryview(value), errors))[0]
    if not isinstance(result, kind):
        raise TypeError("'%s' %sr returned '%s' instead of '%s'; use codecs.%s() to %s to "
                        "arbitrary types" % (encoding, verb, type(result).__name__,
                                             kind.__name__, verb, verb))
    return result


def _text_encode(text, encoding, errors):
    return _text_code(True, text, encoding, errors)


def _text_decode(data, encoding, errors):
    return _text_code(False, data, encoding, errors)
