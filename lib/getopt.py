# lib/getopt.py: the getopt module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Command-line option parsing in the style of C's getopt(): getopt() stops at the first
argument that is not an option, gnu_getopt() lets options and arguments mix."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """(options, arguments): the (option, value) pairs from the front of args, and the rest.
    shortopts holds the option letters, a ':' after those that take a value; longopts the
    long names, a '=' after those that take one."""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            return opts, args[1:]
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(), but options may follow arguments (unless shortopts starts with '+' or
    POSIXLY_CORRECT is set)."""
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    else:
        in_order = bool(os.environ.get('POSIXLY_CORRECT'))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _shorts(opts, arg[1:], shortopts, args[1:])
        elif in_order:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    # One --name or --name=value; returns the arguments left.
    name, eq, value = opt.partition('=')
    if not eq:
        value = None
    takes_value, name = _long_match(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _long_match(name, longopts):
    # (takes a value, full name) of the long option that name is, or is the unique prefix of.
    found = [o for o in longopts if o.startswith(name)]
    if not found:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in found:
        return False, name
    if name + '=' in found:
        return True, name
    if len(found) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = found[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(opts, letters, shortopts, args):
    # One -abc group; returns the arguments left.
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, args = args[0], args[1:]
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
