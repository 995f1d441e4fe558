# a small recursive-descent evaluator for arithmetic expressions
def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(int(s[i:j]))
            i = j
        elif c in '+-*/()':
            toks.append(c)
            i += 1
        else:
            raise ValueError('bad character ' + c)
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ('+', '-'):
            if self.take() == '+':
                v += self.term()
            else:
                v -= self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek() in ('*', '/'):
            if self.take() == '*':
                v *= self.factor()
            else:
                v //= self.factor()
        return v

    def factor(self):
        t = self.take()
        if t == '(':
            v = self.expr()
            if self.take() != ')':
                raise ValueError('missing )')
            return v
        if t == '-':
            return -self.factor()
        if isinstance(t, int):
            return t
        raise ValueError('unexpected token')


def evaluate(s):
    return Parser(tokenize(s)).expr()


for e in ['1 + 2 * 3', '(1 + 2) * 3', '100 / 7', '-(4 - 10) * 2', '2 * (3 + (4 - 1)) / 3',
          '123456789 * 987654321 * 1000', '(1 + 2', '3 $ 4', '10 / (5 - 5)']:
    try:
        print(e, '=', evaluate(e))
    except ValueError as err:
        print(e, 'ValueError', err)
    except ZeroDivisionError:
        print(e, 'ZeroDivisionError')
