# a hierarchy of user exceptions caught at different levels
class ParseError(Exception):
    pass


class LexError(ParseError):
    pass


class GrammarError(ParseError):
    def __init__(self, line, msg):
        super().__init__(msg)
        self.line = line


def risky(kind):
    if kind == 'lex':
        raise LexError('bad token')
    if kind == 'grammar':
        raise GrammarError(12, 'unexpected end')
    if kind == 'value':
        raise ValueError('not ours')
    return 'fine'


for kind in ['ok', 'lex', 'grammar', 'value']:
    try:
        print(risky(kind))
    except GrammarError as e:
        print('grammar at line', e.line, e)
    except ParseError as e:
        print(type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
print(issubclass(LexError, Exception), issubclass(GrammarError, LexError))
e = GrammarError(3, 'x')
print(isinstance(e, ParseError), e.args, e.line)
