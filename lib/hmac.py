"""hmac: keyed hashing for message authentication (RFC 2104) over hashlib's digests."""

import hashlib as _hashlib

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of an HMAC's digest is its hash's: there is no one module-wide value.
digest_size = None


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC in progress: update() with the message, then digest() or hexdigest()."""

    blocksize = 64  # the block size used when a hash does not say its own

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block_size = getattr(self._inner, "block_size", self.blocksize)
        if block_size < 16:
            block_size = self.blocksize
        if len(key) > block_size:
            key = make(key).digest()
        self.block_size = block_size
        key = bytes(key).ljust(block_size, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """Return a new HMAC of msg (more may come through update()) under key."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC digest of msg under key, in one call."""
    return HMAC(key, msg, digest).digest()


def _is_buffer(x):
    return isinstance(x, (bytes, bytearray, memoryview))


def compare_digest(a, b):
    """Return a == b, taking a time that depends on their lengths only, not on where they
    differ. Both are ASCII str, or both bytes-like."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        other = b if isinstance(a, str) else a
        if _is_buffer(other):
            raise TypeError("a bytes-like object is required, not 'str'")
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    elif _is_buffer(a) or _is_buffer(b):
        for x in (a, b):
            if not _is_buffer(x):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    else:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    # Walk all of b whatever a is, and fold every difference into one value.
    diff = len(a) ^ len(b)
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        diff |= x ^ y
    return diff == 0
