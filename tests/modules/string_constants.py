# string: the constants, capwords and Template.
import string
for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable'):
    print(name, repr(getattr(string, name)))
print(string.capwords(' hello   big world '), string.capwords('a-b-c', '-'), string.capwords(''))
t = string.Template('$who likes ${what}s, $$5 each; $who!')
print(t.substitute(who='tim', what='apple'), t.substitute({'who': 'ann', 'what': 'pear'}))
print(t.substitute({'who': 'x', 'what': 'y'}, who='kw'), t.get_identifiers(), t.is_valid())
print(t.safe_substitute(who='only'), string.Template('${a}b $c $').safe_substitute(c=1))
for bad in ('$', 'ab $1', 'x ${a', 'line\n  $ ', '${}'):
    try:
        string.Template(bad).substitute(a=1)
    except ValueError as e:
        print('ValueError', e)
    print(string.Template(bad).is_valid(), repr(string.Template(bad).safe_substitute(a=1)))
try:
    string.Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)


class Percent(string.Template):
    delimiter = '%'


print(Percent('%x and %%').substitute(x=5), string.Template.delimiter, string.__name__)
from string import ascii_letters, digits
print(len(ascii_letters), digits)
