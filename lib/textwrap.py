# lib/textwrap.py: the textwrap module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and TextWrapper.

The text is cut into chunks (words, runs of whitespace, and the parts of hyphenated words
when break_on_hyphens is set) by a hand-written scanner that splits exactly where CPython's
word-separator regular expression does, then the chunks are packed into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    # \w: a letter, a digit or the underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, i):
    # Whether text[i:] is two or more hyphens followed by a word character; returns the end
    # of the hyphens, or 0.
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j
    return 0


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _split_hyphens(text):
    # The chunks of text, split at whitespace runs, at em-dashes (--) between words and after
    # the hyphens of hyphenated words ("long-winded" -> "long-", "winded").
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = _dash_run_then_word(text, i)
            if j:
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run of non-whitespace after which one of these holds.
        j = i + 1
        while True:
            if j >= n or _is_ws(text[j]):
                break
            if text[j] == '-':
                # A hyphen inside a word: after two letters, or after letter-hyphen-letter,
                # and before letter[-]letter.
                behind = (_letter_at(text, j - 1) and _letter_at(text, j - 2)) or \
                    (_letter_at(text, j - 1) and j >= 2 and text[j - 2] == '-' and
                     _letter_at(text, j - 3))
                if behind and _letter_at(text, j + 1) and (
                        _letter_at(text, j + 2) or
                        (j + 2 < n and text[j + 2] == '-' and _letter_at(text, j + 3))):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # The chunks of text, split at whitespace runs only.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text; the keyword arguments of the constructor are its attributes:

    width (70), initial_indent (''), subsequent_indent (''), expand_tabs (True),
    replace_whitespace (True), fix_sentence_endings (False), break_long_words (True),
    drop_whitespace (True), break_on_hyphens (True), tabsize (8), max_lines (None) and
    placeholder (' [...]').
    """

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphens(text)
        return _split_simple(text)

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a line: put as much of it as fits on this line (breaking after
        # a hyphen if possible), or the whole chunk on a line of its own when long words are
        # not broken.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0:
                    for c in chunk[:hyphen]:
                        if c != '-':
                            end = hyphen + 1
                            break
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but the first) is dropped.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1 and
                                        not chunks[0].strip())
            if last_allowed or (rest_empty and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, and text remains: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(placeholder) <= self.width:
                        lines[-1] = prev + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width columns, as one string with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The list of lines of text wrapped to width columns (see TextWrapper for kwargs)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width columns, as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, truncated to fit width columns, ending with
    the placeholder (' [...]') if something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace that every non-blank line of text starts with. Lines of only
    spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[index] = ''
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i in range(min(len(margin), len(ind))):
                if margin[i] != ind[i]:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the start of the lines of text for which predicate(line) is true (by
    default, the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
