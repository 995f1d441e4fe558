# lib/base64.py: Base16, Base32 and Base64 encodings (RFC 4648) over binascii.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# The functions of CPython 3.11's base64 module for these three alphabets, written from its
# documentation; Base64 is binascii's, the others are done here. Decoders take bytes-like
# objects or ASCII str. Ascii85 and Base85 (a85*/b85*) are not provided (docs/differences.md).

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


# ==== Base64 ====

def b64encode(s, altchars=None):
    """Base64 of the bytes-like [s]; [altchars] replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 [s]. Without [validate], characters outside the alphabet are
    skipped; with it they raise binascii.Error, as does wrong padding either way."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_translation = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


# ==== Base32 ====
# Five bytes make eight characters of five bits; a last group of 1, 2, 3 or 4 bytes makes 2, 4,
# 5 or 7 characters and is padded with '=' to eight.

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_CHARS = {1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        bits = int.from_bytes(chunk + bytes(5 - n), "big")
        chars = bytes(alphabet[(bits >> (35 - 5 * k)) & 31] for k in range(8))
        if n < 5:
            used = _B32_CHARS[n]
            chars = chars[:used] + b"=" * (8 - used)
        out += chars
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    padding = len(s) - len(body)
    if padding not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        group = s[i:i + 8]
        bits = 0
        for c in group:
            if c == 0x3D:  # '='
                v = 0
            elif c in index:
                v = index[c]
            else:
                raise binascii.Error("Non-base32 digit found")
            bits = bits << 5 | v
        out += bits.to_bytes(5, "big")
    if padding:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padding]
        del out[len(out) - 5 + keep:]
    if b"=" in body:
        raise binascii.Error("Non-base32 digit found")
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ==== Base16 ====

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ==== MIME-style Base64 in lines ====

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 of [s] in lines of at most 76 characters, each ending in a newline."""
    _check_bytes_like(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if m.format not in ("c", "b", "B"):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (m.ndim, s.__class__.__name__))


def encode(input, output):
    """Base64 of the binary file [input] written to the binary file [output], in lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """The bytes of the Base64 lines of binary file [input], written to [output]."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
