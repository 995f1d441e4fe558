# lib/warnings.py: issue, filter and show warnings, as CPython 3.11's module does.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Written from the documentation of the warnings module. warn() finds the caller's file, line
# and module from sys._getframe(stacklevel), matches the warning against `filters` (first match
# wins, else `defaultaction`) and, unless the action or a registry says it was shown already,
# writes "FILE:LINE: Category: message" and the source line (linecache) to sys.stderr. The
# default filters are CPython's release-build ones: DeprecationWarning shown only when issued by
# __main__; PendingDeprecationWarning, ImportWarning and ResourceWarning ignored. Registries
# (__warningregistry__ in the issuing module's globals) are cleared whenever the filters change.
# Warnings the interpreter itself emits in C (SyntaxWarning at compile time, say) are printed by
# the core and do not pass through this module. -W and PYTHONWARNINGS are not read.

import re
import sys

import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# Registries of callers whose globals cannot take one (a builtin module's).
_fallback_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ==== Showing ====

def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: the location, category and message, and the line."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        try:
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to [file] (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg_impl(msg):
    return _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _showwarnmsg(msg):
    # A program that replaced showwarning gets its function called, with the old arguments.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    """What one warning was: message, category, filename, lineno, file, line and source."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# ==== Filters ====

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter: [message] and [module] are regular expressions matched at the start."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


# ==== Issuing ====

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the code [stacklevel] frames up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        module_globals = None
        filename = "sys"
        lineno = 1
        module = "sys"
        registry = _fallback_registries.setdefault("sys", {})
    else:
        module_globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = module_globals.get("__name__", "<string>") if module_globals else "<string>"
        try:
            registry = module_globals.setdefault("__warningregistry__", {})
        except (AttributeError, TypeError):
            registry = _fallback_registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with its location given, through the filters and [registry]."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ==== catch_warnings ====

class catch_warnings:
    """Save the filters and showwarning on entry and put them back on exit; with record=True,
    collect the warnings shown meanwhile as WarningMessage objects in the list it returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
