"""secrets: random numbers and tokens from the operating system's entropy (os.urandom)."""

import os as _os
from base64 import urlsafe_b64encode as _urlsafe_b64encode
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes in a token when the caller does not say


def randbits(k):
    """Return an int with k random bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    n = (k + 7) // 8
    return int.from_bytes(_os.urandom(n), "big") >> (n * 8 - k)


def randbelow(exclusive_upper_bound):
    """Return a random int in range(exclusive_upper_bound), every value equally likely."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:  # rejection keeps the distribution uniform
        r = randbits(k)
    return r


def choice(seq):
    """Return a random element of the non-empty sequence seq."""
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """Return nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string of 2 * nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string of nbytes random bytes in Base64."""
    return _urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")
