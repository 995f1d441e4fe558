# lib/fnmatch.py: the fnmatch module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Shell-style wildcards: * (anything), ? (one character), [seq] and [!seq].

Patterns are matched directly, without translating them to regular expressions (there is no
translate()); os.path.normcase is the identity on POSIX, so fnmatch is fnmatchcase."""

import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase']


def _class(pat, i, c):
    # Match character [c] against the [...] set starting after '[' at pat[i]. Returns
    # (matched, index after ']'), or None when the bracket is not closed (a literal '[').
    n = len(pat)
    j = i
    negate = False
    if j < n and pat[j] in '!':
        negate = True
        j += 1
    first = True
    matched = False
    while j < n and (first or pat[j] != ']'):
        first = False
        lo = pat[j]
        if j + 2 < n and pat[j + 1] == '-' and pat[j + 2] != ']':
            if lo <= c <= pat[j + 2]:
                matched = True
            j += 3
        else:
            if c == lo:
                matched = True
            j += 1
    if j >= n:
        return None
    return matched != negate, j + 1


def fnmatchcase(name, pat):
    ni = pi = 0
    star_p = star_n = -1
    nn, pn = len(name), len(pat)
    while ni < nn:
        if pi < pn:
            c = pat[pi]
            if c == '*':
                star_p, star_n = pi, ni
                pi += 1
                continue
            if c == '?':
                ni += 1
                pi += 1
                continue
            if c == '[':
                r = _class(pat, pi + 1, name[ni])
                if r is None:
                    if name[ni] == '[':
                        ni += 1
                        pi += 1
                        continue
                elif r[0]:
                    ni += 1
                    pi = r[1]
                    continue
            elif c == name[ni]:
                ni += 1
                pi += 1
                continue
        if star_p >= 0:
            star_n += 1
            ni = star_n
            pi = star_p + 1
            continue
        return False
    while pi < pn and pat[pi] == '*':
        pi += 1
    return pi == pn


def fnmatch(name, pat):
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    return [n for n in names if fnmatchcase(n, pat)]
