# textwrap: dedent, indent and shorten.
import textwrap

block = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(block)))
print(textwrap.dedent(block))
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n\tb')))
print(repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('   \n  x\n \t \n  y\n')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent(' \t a\n \t b')), repr(textwrap.dedent('  a\r\n  b\r\n')))

print(repr(textwrap.indent('one\ntwo\n\nthree', '> ')))
print(repr(textwrap.indent('one\n  \ntwo\n', '+ ')))
print(repr(textwrap.indent('a\n\nb', '# ', lambda line: True)))
print(repr(textwrap.indent('keep\nskip\n', '- ', lambda line: 'keep' in line)))
print(repr(textwrap.indent('x\r\ny\r\n', '  ')))

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
print(textwrap.shorten('  spaced \t out \n text  ', 40))
print(repr(textwrap.shorten('', 5)))
try:
    textwrap.shorten('Hello world', 4)
except ValueError as e:
    print('ValueError', e)
