"""shlex: split text into tokens the way a Unix shell does, and quote strings for one.

kinglet's shlex, written in Python. A shlex object reads its stream one character at a
time; its state is ' ' between tokens, 'a' in a word, 'c' in a run of punctuation, a quote
character inside quotes, an escape character after one, None at the end.
"""

__all__ = ["shlex", "split", "quote", "join"]

import os
import sys
from collections import deque
from io import StringIO

_LATIN1_LETTERS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                   "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    """A lexical analyser for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past the end of a punctuation run, to be read again.
            self._pushback_chars = deque()
            # Words may hold what file names and options hold, but no punctuation.
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back, to be the next one get_token() returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then go back to the current stream."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Close the current stream and go back to the one push_source() interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """Return the next token: a pushed-back one, else one read (following source
        inclusions), or self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            c = self._pushback_chars.pop()
        else:
            c = self.instream.read(1)
        if c == "\n":
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _unread(self, c):
        # A character that ends a word and starts the next token.
        if self._punctuation_chars:
            self._pushback_chars.append(c)
        else:
            self.pushback.appendleft(c)

    def read_token(self):
        """Read one token from the stream, ignoring pushed-back tokens."""
        quoted = False  # a quote was seen: '' is then a token in POSIX mode
        after_escape = " "  # the state an escape character returns to
        posix = self.posix
        while True:
            c = self._next_char()
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " " or state == "a" or state == "c":
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
                    continue
                if c in self.commenters:
                    self._skip_comment()
                    if state == " ":
                        continue
                    if posix:
                        self.state = " "
                        if self.token or quoted:
                            break
                    continue
            if state == " ":
                if posix and c in self.escape:
                    after_escape = "a"
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = "a"
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = "c"
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = "a"
                else:
                    # Any other character is a token by itself.
                    self.token = c
                    if self.token or (posix and quoted):
                        break
            elif state == "c":
                if c in self._punctuation_chars:
                    self.token += c
                else:
                    self._pushback_chars.append(c)
                    self.state = " "
                    break
            elif state == "a":
                if posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    after_escape = "a"
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    self._unread(c)
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not posix:
                        self.token += c
                        self.state = " "
                        break
                    self.state = "a"
                elif posix and c in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = c
                else:
                    self.token += c
            else:  # after an escape character
                if not c:
                    raise ValueError("No escaped character")
                # Inside quotes, the escape only escapes the quote and itself.
                if after_escape in self.quotes and c != state and c != after_escape:
                    self.token += state
                self.token += c
                self.state = after_escape
        result = self.token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        return result

    def sourcehook(self, newfile):
        """Open the file an inclusion names: relative to the current file's folder."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Return the start of an error message in the Unix compilers' format."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s as a shell would split a command line."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from the list split_command."""
    return " ".join(quote(arg) for arg in split_command)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            # Single quotes keep everything; a single quote itself is closed, given
            # inside double quotes, and reopened.
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s
