# textwrap: wrap, fill and TextWrapper options on ordinary text.
import textwrap

text = ('The textwrap module provides some convenience functions, as well as TextWrapper, '
        'the class that does all the work. If you are just wrapping or filling one or two '
        'text strings, the convenience functions should be good enough.')
for width in (20, 35, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text))
print(textwrap.fill(text, width=40, initial_indent='    ', subsequent_indent='  '))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='| '))

hy = 'A well-known long-winded self-explanatory sentence--with em-dashes and e-mail.'
for width in (8, 12, 20):
    print(textwrap.wrap(hy, width))
    print(textwrap.wrap(hy, width, break_on_hyphens=False))
long = 'Supercalifragilisticexpialidocious antidisestablishmentarianism ok'
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('aa-bb-cc-dd-ee-ff', 7))

tabs = 'col1\tcol2\tcol3\nnext line   spaced'
print(textwrap.wrap(tabs, 15))
print(textwrap.wrap(tabs, 15, expand_tabs=False))
print(textwrap.wrap(tabs, 15, tabsize=4))
print(textwrap.wrap(tabs, 15, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('Hi there. How are you? Fine! "Yes." ok', 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5), textwrap.wrap('one', 1))

w = textwrap.TextWrapper(width=25, initial_indent='> ', subsequent_indent='> ')
print(w.wrap(text)[:3], w.width)
w.width = 15
print(w.fill('short words in a sentence here'))

for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc', -1),
            lambda: textwrap.wrap('abc def', 4, max_lines=1, placeholder='*******')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
