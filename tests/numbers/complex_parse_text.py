# complex(str): whitespace, parentheses, underscores and non-ASCII digits.
def show(s):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['1+2j', ' 1+2J ', '(1+2j)', '( 1+2j )', ' ( -1.5-2.5j ) ', '\t(\n3j\r)\x0c', '\x0b4\x0b',
          '1_0j', '1_000.5+2_5j', '1__0j', '_1j', '1_j', '1_', '1e1_0', '1._5', '0x1_0',
          '\u00a01+1j\u2003', '\uff11+\uff12j', '\u0661\u0662', '(1+2j', '1+2j)', '()', '( )',
          '(j)', '+j', '-j', 'j', '1 +2j', '\x00', '1\x00', '1e+2+3e-1j', 'nanj', '-infj',
          'é']:
    show(s)
