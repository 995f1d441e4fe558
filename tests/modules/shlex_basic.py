# shlex: POSIX and compatibility splitting, punctuation, comments, quoting, sources.
import shlex
from io import StringIO

print(shlex.split('ls -l "my file" \'it\'\'s\' a\\ b # not a comment'))
print(shlex.split('a "b \\" c" \'d \\ e\' f\\\\g', comments=True))
print(shlex.split("x # comment\ny", comments=True))
print(shlex.split('a "" \'\' b'), shlex.split(""), shlex.split("  \t\n "))
print(shlex.split('a "b c" d', posix=False), shlex.split("a'b'c \"d\"e", posix=False))
for bad in ('"open', "a\\", "'x"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
print(shlex.quote(""), shlex.quote("plain-./@%+=:,_9"), shlex.quote("it's"), shlex.quote("a b"),
      shlex.quote("$HOME"), shlex.quote("é"))
print(shlex.join(["echo", "a b", "", "it's", "x"]))
print(shlex.split(shlex.join(["a'b", 'c"d', "e\\f", " "])))

lex = shlex.shlex("a = b + 'c d'; f(x, y) # rest\nlast")
print(list(lex), lex.lineno)
lex = shlex.shlex("a && b || c; (d) > out.txt 2>&1", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("a;;b|c", punctuation_chars=";")
print(list(lex))
lex = shlex.shlex("~/x-y.z *.py --opt=1", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two\nthree", posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), lex.eof)
print(lex.error_leader(), lex.error_leader("f.txt", 7))
lex = shlex.shlex(StringIO("outer1 outer2"), infile="main.conf")
print(lex.get_token(), lex.error_leader())
lex.push_source("inner1 inner2", "inc.conf")
print([lex.get_token() for _ in range(4)], lex.infile, repr(lex.get_token()))


class Including(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, StringIO("from_%s more" % newfile.strip('"')))


lex = Including("a source \"lib\" b")
lex.source = "source"
print(list(lex))

lex = shlex.shlex("x y", posix=True)
print(lex.posix, lex.eof, lex.whitespace, lex.quotes, lex.escape, lex.escapedquotes, lex.commenters)
print("é" in lex.wordchars, "é" in shlex.shlex("").wordchars, shlex.shlex("", punctuation_chars=True).wordchars[-7:])

# Pseudo-random inputs through each mode.
seed = [4321]


def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n


alpha = "ab '\"\\#\n\t;|&()<>-.=x~$"
for i in range(300):
    text = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(12)))
    posix = rnd(2) == 0
    punct = [False, True, ";|"][rnd(3)]
    lex = shlex.shlex(text, posix=posix, punctuation_chars=punct)
    lex.whitespace_split = rnd(3) == 0
    out = []
    try:
        for tok in lex:
            out.append(tok)
        out.append(lex.lineno)
    except ValueError as e:
        out.append(str(e))
    try:
        sp = shlex.split(text, comments=rnd(2) == 0, posix=posix)
    except ValueError as e:
        sp = str(e)
    print(i, out, sp, shlex.quote(text))
